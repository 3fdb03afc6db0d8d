using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Domain.Organization;
using MotCua.Testing;
using MotCua.Web.Features.Units.History;
using MotCua.Web.Features.Units.Merge;
using NodaTime;

namespace MotCua.Web.Tests.Features.Units;

public sealed class UnitHistoryTests
{
    private static async Task<UnitHistoryAnswer> FindAsync(TestDatabase database, string code)
    {
        await using var scope = database.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UnitHistory>().FindAsync(code, CancellationToken.None);
    }

    [Theory, AllProviders]
    public async Task Find_OldCommuneMergedWhole_IsHeldByTheNewWard(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        // 31117 Phường Cái Khế (Ninh Kiều, Cần Thơ) went whole into the new Phường Cái Khế (31120).
        var answer = await FindAsync(database, "31117");
        Assert.Equal("pre-2025", answer.FoundAs);
        Assert.Equal("Phường Cái Khế", answer.OldName);
        var holder = Assert.Single(answer.Holders);
        Assert.Equal(("31120", "Phường Cái Khế", SuccessionKind.Full), (holder.Code, holder.Name, holder.Kind));
        Assert.NotNull(holder.UnitId);
    }

    [Theory, AllProviders]
    public async Task Find_OldCommuneSplit_ListsEveryHolder(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        // 31178 Phường Bùi Hữu Nghĩa (Bình Thủy) was split between Cái Khế and Bình Thủy.
        var answer = await FindAsync(database, "31178");
        Assert.Equal(["31120", "31168"], answer.Holders.Select(h => h.Code).Order(StringComparer.Ordinal));
        Assert.All(answer.Holders, h => Assert.Equal(SuccessionKind.Partial, h.Kind));
    }

    [Theory, AllProviders]
    public async Task Find_HauGiangCommune_IsNowInCanTho(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        // 31318 Phường I, thành phố Vị Thanh (Hậu Giang) is part of the new Phường Vị Thanh (31321) of Cần Thơ.
        var answer = await FindAsync(database, "31318");
        Assert.Contains(answer.Holders, h => h.Code == "31321" && h.UnitId is not null);
    }

    [Theory, AllProviders]
    public async Task Find_OldCommuneOfAnotherProvince_IsHeldByTheNationalArea(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        // 00001 Phường Phúc Xá (Ba Đình, Hà Nội) is now in Phường Hồng Hà (00097), not a unit of this province.
        var answer = await FindAsync(database, "00001");
        Assert.NotEmpty(answer.Holders);
        Assert.All(answer.Holders, h => Assert.Null(h.UnitId));
    }

    [Theory, AllProviders]
    public async Task Find_UnknownCode_HasNoHolder(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var answer = await FindAsync(database, "99999");
        Assert.Equal("unknown", answer.FoundAs);
        Assert.Empty(answer.Holders);
    }

    [Theory, AllProviders]
    public async Task Merge_KeepsHistory_AndOldCodeResolvesToSuccessor(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        await using (var scope = database.Services.CreateAsyncScope())
        {
            var merge = scope.ServiceProvider.GetRequiredService<MergeUnits>();
            var result = await merge.MergeAsync(["31135"], "31120", new LocalDate(2026, 1, 1), "Nghị quyết thử nghiệm", CancellationToken.None);
            Assert.True(result.Succeeded, result.Error);
            var again = await merge.MergeAsync(["31135"], "31120", new LocalDate(2026, 2, 1), "Lần hai", CancellationToken.None);
            Assert.False(again.Succeeded);
        }

        var answer = await FindAsync(database, "31135");
        Assert.Equal("retired-unit", answer.FoundAs);
        Assert.Equal("Phường Ninh Kiều", answer.OldName);
        Assert.Equal("31120", Assert.Single(answer.Holders).Code);

        // Pre-2025 communes that went into Ninh Kiều now resolve through the merge to Cái Khế.
        await using var db = database.NewContext();
        var retired = db.Units.Single(u => u.Code == "31135");
        Assert.Equal(new LocalDate(2025, 12, 31), retired.ValidTo);
    }

    [Theory, AllProviders]
    public async Task Merge_IntoUnitOfAnotherKind_IsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        await using var scope = database.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<MergeUnits>()
            .MergeAsync(["31135"], "92.STP", new LocalDate(2026, 1, 1), "Thử", CancellationToken.None);
        Assert.False(result.Succeeded);
        Assert.Contains("khác loại", result.Error, StringComparison.Ordinal);
    }
}
