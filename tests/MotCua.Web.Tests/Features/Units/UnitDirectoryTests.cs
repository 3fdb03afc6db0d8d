using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Testing;
using MotCua.Web.Features.Units;

namespace MotCua.Web.Tests.Features.Units;

public sealed class UnitDirectoryTests
{
    [Theory, AllProviders]
    public async Task Search_AnySpellingOfCanTho_FindsTheSameUnits(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        await using var scope = database.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<UnitDirectory>();
        string[] queries = ["can tho", "Cần Thơ", "CẦN THƠ", "Cần Thơ".Normalize(NormalizationForm.FormD)];
        var results = new List<string[]>();
        foreach (var query in queries)
        {
            results.Add([.. (await directory.SearchAsync(query, 50, CancellationToken.None)).Select(u => u.Code)]);
        }

        Assert.Contains("92", results[0]);
        Assert.All(results, r => Assert.Equal(results[0], r));
    }

    [Theory, AllProviders]
    public async Task Search_WordsWithoutAccents_FindCommune(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        await using var scope = database.Services.CreateAsyncScope();
        var found = await scope.ServiceProvider.GetRequiredService<UnitDirectory>().SearchAsync("ninh kieu", 50, CancellationToken.None);
        Assert.Equal("31135", Assert.Single(found).Code);
        var hoa = await scope.ServiceProvider.GetRequiredService<UnitDirectory>().SearchAsync("khanh hoa", 50, CancellationToken.None);
        Assert.Contains(hoa, u => u.Name == "Phường Khánh Hòa");
    }

    [Theory, AllProviders]
    public async Task ScopeOf_Province_IncludesEveryUnit(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        await using var scope = database.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<UnitDirectory>();
        var all = await directory.AllCurrentAsync(CancellationToken.None);
        var province = all.Single(u => u.Code == "92");
        var commune = all.Single(u => u.Code == "31135");
        Assert.Equal(all.Count, (await directory.ScopeOfAsync(province.Id, CancellationToken.None)).Count);
        Assert.Equal([commune.Id], await directory.ScopeOfAsync(commune.Id, CancellationToken.None));
    }
}
