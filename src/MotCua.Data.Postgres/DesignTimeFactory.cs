using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MotCua.Data.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for Postgres without a running app.
/// No connection is opened when adding migrations.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MotCuaDbContext>
{
    public MotCuaDbContext CreateDbContext(string[] args)
    {
        var settings = new DatabaseSettings(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=motcua_design;Username=postgres");
        var options = new DbContextOptionsBuilder<MotCuaDbContext>();
        settings.Configure(options);
        return new MotCuaDbContext(options.Options);
    }
}
