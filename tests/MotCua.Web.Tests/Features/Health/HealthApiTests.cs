using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Testing;
using MotCua.Web.Features.Health;

namespace MotCua.Web.Tests.Features.Health;

public sealed class HealthApiTests
{
    [Theory, AllProviders]
    public async Task Health_ReportsProviderAndMigration(DatabaseProvider provider)
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(provider);
        var client = factory.NewClient();
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<HealthReport>();
        Assert.Equal("ok", report!.Status);
        Assert.Equal(provider == DatabaseProvider.Sqlite ? "sqlite" : "postgres", report.Database);
        // The newest migration of the provider, whichever feature added it last.
        // The newest migration of this provider, whatever feature added it last.
        await using var db = factory.Database.NewContext();
        Assert.Equal(db.Database.GetMigrations().Last(), report.Migration);
    }
}
