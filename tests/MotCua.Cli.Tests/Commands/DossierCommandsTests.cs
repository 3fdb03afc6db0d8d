using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Testing;

namespace MotCua.Cli.Tests.Commands;

public sealed class DossierCommandsTests
{
    [Theory, AllProviders]
    public async Task DemoGenerate_ThenAuditVerify_IsIntact_AndTamperingIsReported(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var generated = await CliRunner.RunAsync(database, "demo", "generate", "--dossiers", "200", "--seed", "3");
        Assert.Equal(0, generated.ExitCode);
        Assert.StartsWith("Đã sinh 200 hồ sơ", generated.Output, StringComparison.Ordinal);
        await using (var db = database.NewContext())
        {
            Assert.Equal(200, await db.Dossiers.CountAsync());
            Assert.True(await db.Dossiers.AnyAsync(d => d.Status == Domain.Dossiers.DossierStatus.Returned));
            Assert.True(await db.Dossiers.AnyAsync(d => d.SupplementCount > 0));
        }

        var ok = await CliRunner.RunAsync(database, "audit", "verify");
        Assert.Equal(0, ok.ExitCode);
        Assert.StartsWith("OK: 200 streams", ok.Output, StringComparison.Ordinal);

        await using (var db = database.NewContext())
        {
            await db.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Sqlite ? EventLogGuards.SqliteDrop : EventLogGuards.PostgresDrop);
            await db.Database.ExecuteSqlRawAsync("UPDATE \"EventLog\" SET \"Reason\" = 'Đã sửa' WHERE \"Id\" = (SELECT MIN(\"Id\") FROM \"EventLog\" WHERE \"Sequence\" = 2)");
        }

        var broken = await CliRunner.RunAsync(database, "audit", "verify");
        Assert.Equal(4, broken.ExitCode);
        Assert.Contains("at event 2", broken.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoGenerate_BadCount_Exits2()
    {
        var result = await CliRunner.RunAsync(null, "demo", "generate", "--dossiers", "0");
        Assert.Equal(2, result.ExitCode);
    }

    [Theory, AllProviders]
    public async Task ImportDossiers_BadLine_Exits2_ThenSkipInvalidWritesTheRejectedFile(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var file = CliRunner.TempFile("""
            {"MaHoSo":"OLD-1","MaTTHC":"1.001193","DonViXuLy":"31135","ChuHoSo":"Ngô Văn C","SoDienThoai":"0912000111","NgayTiepNhan":"20250401080000","NgayHenTra":"20250402080000","NgayKetThucXuLy":"20250401150000","TrangThaiHoSo":9}
            {"MaHoSo":"OLD-2","MaTTHC":"1.001193","DonViXuLy":"31135","NgayTiepNhan":"not-a-date","TrangThaiHoSo":4}
            """, ".jsonl");
        var refused = await CliRunner.RunAsync(database, "import", "dossiers", file);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains(":2: OLD-2: NgayTiepNhan", refused.Error, StringComparison.Ordinal);

        var skipped = await CliRunner.RunAsync(database, "import", "dossiers", file, "--skip-invalid");
        Assert.Equal(0, skipped.ExitCode);
        Assert.StartsWith("Đã nhập 1 hồ sơ", skipped.Output, StringComparison.Ordinal);
        Assert.Contains("OLD-2", await File.ReadAllTextAsync(Path.ChangeExtension(file, ".rejected.jsonl")), StringComparison.Ordinal);
    }
}
