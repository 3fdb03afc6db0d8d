using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MotCua.Data.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for Sqlite without a running app.
/// No connection is opened when adding migrations.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MotCuaDbContext>
{
    public MotCuaDbContext CreateDbContext(string[] args)
    {
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design-time.db");
        var options = new DbContextOptionsBuilder<MotCuaDbContext>();
        settings.Configure(options);
        return new MotCuaDbContext(options.Options);
    }
}
