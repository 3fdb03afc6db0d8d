using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Domain.Organization;
using MotCua.Testing;
using MotCua.Web.Infrastructure;
using MotCua.Web.Infrastructure.Seeding;

namespace MotCua.Web.Tests.Infrastructure;

public sealed class DemoProvinceSeederTests
{
    [Theory, AllProviders]
    public async Task Seed_Demo_HasTheCityItsCommunesAgenciesAndAccounts(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        await using var db = database.NewContext();
        var city = await db.Units.SingleAsync(u => u.Code == "92");
        Assert.Equal(("Thành phố Cần Thơ", UnitKind.Province), (city.Name, city.Kind));
        Assert.Equal(103, await db.Units.CountAsync(u => u.Kind == UnitKind.Commune && u.ParentId == city.Id));
        Assert.True(await db.Units.AnyAsync(u => u.Name == "Sở Nông nghiệp và Môi trường" && u.ParentId == city.Id));
        Assert.True(await db.Units.AnyAsync(u => u.Name == "Trung tâm Phục vụ hành chính công thành phố" && u.Kind == UnitKind.Centre));
        Assert.Equal(DemoProvinceSeeder.Accounts.Count, await db.Users.CountAsync());
        Assert.Equal(34, await db.AdministrativeAreas.CountAsync(a => a.Set == AreaSet.Since20250701 && a.Level == AreaLevel.Province));
        Assert.Equal(3321, await db.AdministrativeAreas.CountAsync(a => a.Set == AreaSet.Since20250701 && a.Level == AreaLevel.Commune));
        Assert.Equal(63, await db.AdministrativeAreas.CountAsync(a => a.Set == AreaSet.Pre2025 && a.Level == AreaLevel.Province));
    }

    [Theory, AllProviders]
    public async Task Initialize_RunTwice_AddsNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        int units, users, areas, links;
        await using (var db = database.NewContext())
        {
            (units, users, areas, links) = (await db.Units.CountAsync(), await db.Users.CountAsync(), await db.AdministrativeAreas.CountAsync(), await db.AreaSuccessions.CountAsync());
        }

        for (var i = 0; i < 2; i++)
        {
            await using var scope = database.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        }

        await using (var db = database.NewContext())
        {
            Assert.Equal((units, users, areas, links), (await db.Units.CountAsync(), await db.Users.CountAsync(), await db.AdministrativeAreas.CountAsync(), await db.AreaSuccessions.CountAsync()));
        }
    }

    [Fact]
    public async Task DemoPassword_NotConfigured_IsGeneratedOnceAndKept()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(database.Settings.Where(s => s.Key != "MotCua:Demo:Password"))
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddMotCuaCore(configuration, database.DataFolder);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<DemoProvinceSeeder>();
        var first = await seeder.DemoPasswordAsync(CancellationToken.None);
        var second = await seeder.DemoPasswordAsync(CancellationToken.None);
        Assert.Equal(first, second);
        Assert.NotEqual(TestDatabase.DemoPassword, first);
        Assert.True(File.Exists(Path.Combine(database.DataFolder, "demo-accounts.txt")));
    }
}
