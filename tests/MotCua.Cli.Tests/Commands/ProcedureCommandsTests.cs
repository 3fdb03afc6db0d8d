using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Testing;

namespace MotCua.Cli.Tests.Commands;

public sealed class ProcedureCommandsTests
{
    private const string Good = """
        [{"code":"9.000001","name":"Thủ tục dòng lệnh","field":"Thử nghiệm","level":"province","agencyCode":"92.STP",
          "targetGroup":"citizen","channels":["counter"],"processingTime":{"amount":2,"unit":"working-days"},
          "fees":[{"name":"Lệ phí","amount":8000}],"components":[{"name":"Tờ khai"}],"legalBasis":[{"code":"1/2025/TT"}],
          "publication":{"decision":"1/QĐ-UBND","date":"2025-08-01"}}]
        """;

    [Theory, AllProviders]
    public async Task ImportProcedures_GoodFileTwice_ImportsOnceAndReportsCounts(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var file = CliRunner.TempFile(Good);
        var first = await CliRunner.RunAsync(database, "import", "procedures", file);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal("Đã nhập: 1 thủ tục mới, 0 phiên bản mới, 0 không đổi.", first.Output.Trim());
        var again = await CliRunner.RunAsync(database, "import", "procedures", file);
        Assert.Equal("Đã nhập: 0 thủ tục mới, 0 phiên bản mới, 1 không đổi.", again.Output.Trim());
    }

    [Theory, AllProviders]
    public async Task ImportProcedures_BadFile_Exits2NamingTheRecordAndImportsNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var file = CliRunner.TempFile(Good.Replace("92.STP", "92.NOPE", StringComparison.Ordinal));
        var result = await CliRunner.RunAsync(database, "import", "procedures", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Bản ghi 1 (mã \"9.000001\"): cơ quan thực hiện \"92.NOPE\"", result.Error, StringComparison.Ordinal);
        Assert.Contains("Không nhập gì", result.Error, StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.False(await db.Procedures.AnyAsync(p => p.Code == "9.000001"));
    }

    [Fact]
    public async Task ImportProcedures_UnknownFormat_Exits2WithOneLine()
    {
        var result = await CliRunner.RunAsync(null, "import", "procedures", CliRunner.TempFile("[]"), "--format", "excel");
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task ImportProcedures_NationalLayout_PrintsNotes()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, Seed.Demo);
        var file = CliRunner.TempFile("""
            [{"code":"1.000001","name":"Thủ tục quốc gia","isWard":true,"categoriesDetails":[{"name":"Hộ tịch"}],
              "executionMethods":[{"submissionMethod":"DIRECT","processingTime":3,"processingTimeUnit":"WORKING_DAY"}],
              "executionCases":[{"profileComponents":[{"name":"Tờ khai","originalQty":1,"copyQty":0,"required":true}]}]}]
            """);
        var result = await CliRunner.RunAsync(database, "import", "procedures", file, "--format", "national");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ghi chú: Bản ghi 1 (mã \"1.000001\"): không có số quyết định công bố", result.Output, StringComparison.Ordinal);
        Assert.Contains("Đã nhập: 1 thủ tục mới", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportProcedures_ToStandardOutput_IsTheCatalogFormat()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, Seed.Demo);
        var result = await CliRunner.RunAsync(database, "export", "procedures");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var birth = json.RootElement.EnumerateArray().Single(p => p.GetProperty("code").GetString() == "1.001193");
        Assert.Equal("Đăng ký khai sinh", birth.GetProperty("name").GetString());
        Assert.Equal("commune", birth.GetProperty("level").GetString());
    }

    [Fact]
    public async Task ExportProcedures_ToXlsxFile_WritesAWorkbook()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, Seed.Demo);
        var path = Path.Combine(database.DataFolder, "danh-muc.xlsx");
        var result = await CliRunner.RunAsync(database, "export", "procedures", path);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Đã xuất ", result.Output, StringComparison.Ordinal);
        var rows = MiniExcelLibs.MiniExcel.Query(path, useHeaderRow: true).ToList();
        Assert.True(rows.Count >= 40, $"{rows.Count} rows");
    }

    [Theory]
    [InlineData("export", "procedures", "--on", "2025/07/01")]
    [InlineData("export", "procedures", "--format", "xlsx")]
    [InlineData("export", "procedures", "--format", "csv")]
    public async Task ExportProcedures_BadArguments_Exit2WithOneLine(params string[] args)
    {
        var result = await CliRunner.RunAsync(null, args);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
    }
}
