using System.Text.Json;
using MotCua.Data;
using MotCua.Testing;

namespace MotCua.Cli.Tests.Commands;

public sealed class DirectiveCommandsTests
{
    private static string Sample()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MotCua.slnx")))
            {
                return Path.Combine(dir.Parent!.FullName, "shared", "samples", "directive-haugiang-2024-cchc-tasks.txt");
            }
        }

        throw new InvalidOperationException("Repository root not found.");
    }

    [Theory, AllProviders]
    public async Task Extract_SampleAsJson_PrintsTheProposals(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var result = await CliRunner.RunAsync(database, "directive", "extract", Sample(), "--json");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"lead\": \"Sở Nội vụ\"", result.Output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Output);
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(15, items.Count);
        var second = items[1];
        Assert.Equal(["lead", "coordinators", "deadline", "recurrence", "text"], second.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Sở Nội vụ", second.GetProperty("lead").GetString());
        Assert.Equal(["Sở Kế hoạch và Đầu tư", "Các cơ quan, đơn vị liên quan"], second.GetProperty("coordinators").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("2024-12-31", second.GetProperty("deadline").GetString());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("recurrence").ValueKind);
        Assert.Equal("Văn phòng Ủy ban nhân dân thành phố", items[3].GetProperty("lead").GetString());
    }

    [Fact]
    public async Task Extract_Listing_ExplainsEachTask()
    {
        var units = CliRunner.TempFile("""[{"code":"X.SNV","name":"Sở Nội vụ","kind":"department","parentCode":"X"}]""");
        var file = CliRunner.TempFile("1. Giao Sở Nội vụ phối hợp Sở Tư pháp rà soát quy chế, báo cáo hằng quý.\n2. Sở Y tế chủ trì kiểm tra, hoàn thành trong quý IV/2025.", ".txt");
        var result = await CliRunner.RunAsync(null, "directive", "extract", file, "--units", units);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1. [1] Chủ trì: Sở Nội vụ (X.SNV)", result.Output, StringComparison.Ordinal);
        Assert.Contains("Phối hợp: Sở Tư pháp", result.Output, StringComparison.Ordinal);
        Assert.Contains("Định kỳ: hằng quý", result.Output, StringComparison.Ordinal);
        Assert.Contains("Thời hạn: 31/12/2025 (\"hoàn thành trong quý IV/2025\")", result.Output, StringComparison.Ordinal);
        Assert.Contains("2 nhiệm vụ đề xuất từ 2 mục", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00 }, ".txt", "tệp nhị phân")]
    [InlineData(new byte[] { }, ".txt", "Tệp rỗng")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x0A, 0x20 }, ".txt", "không có chữ")]
    [InlineData(new byte[] { 0xC3, 0x28, 0x41 }, ".txt", "UTF-8")]
    [InlineData(new byte[] { 0x41, 0x42 }, ".pdf", "không phải định dạng")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1 }, ".doc", ".doc")]
    public async Task Extract_FileThatIsNotADirective_Exits2WithOneLine(byte[] content, string extension, string message)
    {
        var path = Path.Combine(Path.GetTempPath(), "motcua-cli-" + Guid.NewGuid().ToString("N") + extension);
        await File.WriteAllBytesAsync(path, content);
        var result = await CliRunner.RunAsync(null, "directive", "extract", path, "--json");
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Extract_MissingFile_Exits2()
    {
        var result = await CliRunner.RunAsync(null, "directive", "extract", "/nonexistent/directive.txt");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("motcua: ", result.Error, StringComparison.Ordinal);
    }
}
