using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Testing;

namespace MotCua.Cli.Tests.Commands;

public sealed class ImportCommandsTests
{
    [Theory, AllProviders]
    public async Task ImportUnits_GoodFile_ImportsAndReportsCounts(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var file = CliRunner.TempFile("""[{"code":"HX","name":"Tỉnh Hậu Xuyên","kind":"province","parentCode":null},{"code":"HX.1","name":"Sở Một","kind":"department","parentCode":"HX"}]""");
        var result = await CliRunner.RunAsync(database, "import", "units", file);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Đã nhập: 2 mới, 0 cập nhật, 0 không đổi.", result.Output.Trim());
        var again = await CliRunner.RunAsync(database, "import", "units", file);
        Assert.Equal("Đã nhập: 0 mới, 0 cập nhật, 2 không đổi.", again.Output.Trim());
    }

    [Theory, AllProviders]
    public async Task ImportUnits_BadFile_Exits2AndImportsNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var file = CliRunner.TempFile("""[{"code":"HX","name":"Tỉnh","kind":"province"},{"code":"HX.1","name":"Sở","kind":"department","parentCode":"NOPE"}]""");
        var result = await CliRunner.RunAsync(database, "import", "units", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Bản ghi 2 (mã \"HX.1\")", result.Error, StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.Equal(0, await db.Units.CountAsync());
    }

    [Fact]
    public async Task ImportUnits_MissingFile_Exits2WithOneLine()
    {
        var result = await CliRunner.RunAsync(null, "import", "units", "/nonexistent/units.json");
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("import", "bogus")]
    [InlineData("nonsense")]
    [InlineData("import", "units", "a.json", "--unknown")]
    public async Task UnknownCommandOrOption_Exits2WithOneLine(params string[] args)
    {
        var result = await CliRunner.RunAsync(null, args);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.StartsWith("motcua: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadProvider_Exits3WithOneLine()
    {
        var file = CliRunner.TempFile("[]");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(["import", "units", file], output, error,
            new Dictionary<string, string?> { ["MotCua:Database:Provider"] = "oracle" });
        Assert.Equal(3, code);
        Assert.Contains("oracle", error.ToString(), StringComparison.Ordinal);
    }
}
