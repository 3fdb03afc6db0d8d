using MotCua.Data;
using MotCua.Testing;

namespace MotCua.Cli.Tests.Commands;

public sealed class UnitCommandsTests
{
    [Theory, AllProviders]
    public async Task History_OldCommuneCode_PrintsTheNewWard(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var result = await CliRunner.RunAsync(database, "units", "history", "31117");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("31120\tPhường Cái Khế\tfull", result.Output.Trim());
    }

    [Theory, AllProviders]
    public async Task Merge_ThenHistory_FollowsTheSuccessor(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var merged = await CliRunner.RunAsync(database, "units", "merge", "--into", "31120", "--from", "31135", "--on", "2026-01-01", "--reason", "NQ thử");
        Assert.Equal(0, merged.ExitCode);
        var history = await CliRunner.RunAsync(database, "units", "history", "31135");
        Assert.StartsWith("31120\t", history.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_MalformedDate_Exits2()
    {
        var result = await CliRunner.RunAsync(null, "units", "merge", "--into", "A", "--from", "B", "--on", "01/01/2026", "--reason", "x");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("yyyy-MM-dd", result.Error, StringComparison.Ordinal);
    }
}
