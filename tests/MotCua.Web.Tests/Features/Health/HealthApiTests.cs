using System.Net;
using System.Net.Http.Json;
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
        Assert.EndsWith("_Initial", report.Migration, StringComparison.Ordinal);
    }
}
