using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Testing;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Tests.Infrastructure;

public sealed class DemoCatalogSeederTests
{
    [Theory, AllProviders]
    public async Task Initialize_DatabaseSeededBeforeTheCatalog_GetsItOnceAtTheNextStart(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        int procedures;
        await using (var db = database.NewContext())
        {
            procedures = await db.Procedures.CountAsync();
            Assert.True(procedures >= 40);
            await db.ProcedureVersions.ExecuteDeleteAsync();
            await db.Procedures.ExecuteDeleteAsync();
            await db.SeedRecords.Where(s => s.Key.StartsWith("demo-catalog:")).ExecuteDeleteAsync();
        }

        for (var i = 0; i < 2; i++)
        {
            await using var scope = database.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        }

        await using (var db = database.NewContext())
        {
            Assert.Equal(procedures, await db.Procedures.CountAsync());
            Assert.Equal(procedures, await db.ProcedureVersions.CountAsync());
            Assert.Equal(1, await db.SeedRecords.CountAsync(s => s.Key == "demo-catalog:92:v1"));
        }
    }
}
