using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Testing;

namespace MotCua.Cli.Tests.Commands;

public sealed class SyncCommandsTests
{
    [Theory, AllProviders]
    public async Task ExportDossiers_ThenImportIntoAnotherDatabase_CarriesTheDossiers(DatabaseProvider provider)
    {
        await using var source = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var waiting = await TestDossiers.ReceiveAsync(source);
        await TestDossiers.ActAsync(source, "chuyenvien.ninhkieu", waiting.Id, (d, _, _) => DossierLifecycle.RequestPayment(d, 8_000));
        var submitted = await TestDossiers.SubmitAsync(source);
        var file = Path.Combine(source.DataFolder, "export.jsonl");

        var exported = await CliRunner.RunAsync(source, "export", "dossiers", file, "--from", "2025-11-24", "--to", "2025-11-24");

        Assert.Equal((0, string.Empty), (exported.ExitCode, exported.Error));
        Assert.StartsWith("Đã xuất 2 hồ sơ", exported.Output, StringComparison.Ordinal);
        var lines = await File.ReadAllLinesAsync(file);
        Assert.Equal(2, lines.Length);
        Assert.Contains(lines, l => l.Contains($"\"MaHoSo\":\"{waiting.Code}\"", StringComparison.Ordinal) && l.Contains("\"TrangThaiHoSo\":6", StringComparison.Ordinal));

        await using var target = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var imported = await CliRunner.RunAsync(target, "import", "dossiers", file);
        Assert.Equal(0, imported.ExitCode);
        Assert.StartsWith("Đã nhập 2 hồ sơ", imported.Output, StringComparison.Ordinal);
        await using var db = target.NewContext();
        Assert.Equal(DossierStatus.WaitingPayment, (await db.Dossiers.SingleAsync(d => d.Code == waiting.Code)).Status);
        Assert.Equal(DossierStatus.Submitted, (await db.Dossiers.SingleAsync(d => d.Code == submitted.Code)).Status);
    }

    [Theory]
    [InlineData("--from", "24/11/2025")]
    [InlineData("--to", "2025-13-01")]
    public async Task ExportDossiers_BadDate_Exits2(string option, string value)
    {
        var result = await CliRunner.RunAsync(null, "export", "dossiers", Path.Combine(Path.GetTempPath(), "x.jsonl"), option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("yyyy-MM-dd", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportDossiers_EndBeforeStart_Exits2()
    {
        var result = await CliRunner.RunAsync(null, "export", "dossiers", "x.jsonl", "--from", "2025-11-24", "--to", "2025-11-01");
        Assert.Equal(2, result.ExitCode);
    }
}
