using MotCua.Data;
using MotCua.Testing;

namespace MotCua.Cli.Tests.Commands;

public sealed class CalendarCommandsTests
{
    [Theory]
    [InlineData("2025-02-05T15:00", "calendar", "due", "--from", "2025-01-24T15:00", "--working-days", "3")]
    [InlineData("2025-02-03T15:00", "calendar", "due", "--from", "2025-01-24T15:00", "--working-hours", "8")]
    [InlineData("2025-02-03T15:00", "calendar", "due", "--from", "2025-01-24T15:00", "--days", "3")]
    [InlineData("2025-04-26T16:00", "calendar", "due", "--from", "2025-04-25T16:00", "--working-days", "1")]
    [InlineData("2025-01-01", "calendar", "lunar", "2025-01-29")]
    [InlineData("2025-06L-01", "calendar", "lunar", "2025-07-25")]
    [InlineData("2025-01-29", "calendar", "solar", "2025-01-01")]
    [InlineData("2025-07-25", "calendar", "solar", "2025-06L-01")]
    public async Task Calendar_WithoutDatabase_PrintsOneLine(string expected, params string[] args)
    {
        var result = await CliRunner.RunAsync(null, args);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected + Environment.NewLine, result.Output);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task Due_BeyondTheShippedYears_WarnsOnStandardError()
    {
        var result = await CliRunner.RunAsync(null, "calendar", "due", "--from", "2026-12-31T15:00", "--working-days", "3");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("2027-01-05T15:00" + Environment.NewLine, result.Output);
        Assert.Contains("năm 2027", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Due_WithACalendarFile_UsesItInsteadOfTheShippedSchedule()
    {
        var file = CliRunner.TempFile("""{"holidays":["2025-01-27"],"makeupWorkdays":[],"officeHours":[["08:00","12:00"],["13:00","17:00"]]}""");
        var result = await CliRunner.RunAsync(null, "calendar", "due", "--from", "2025-01-24T15:00", "--working-days", "3", "--calendar", file);
        // Fri 15–17 (2 h), Mon 27/1 off, Tue 28–Wed 29 (16 h), Thu 30/1 6 h → 15:00.
        Assert.Equal("2025-01-30T15:00" + Environment.NewLine, result.Output);
    }

    [Theory]
    [InlineData("không đúng dạng yyyy-MM-ddTHH:mm", "calendar", "due", "--from", "24/01/2025 15:00", "--working-days", "3")]
    [InlineData("số nguyên không âm", "calendar", "due", "--from", "2025-01-24T15:00", "--working-days", "-3")]
    [InlineData("số nguyên không âm", "calendar", "due", "--from", "2025-01-24T15:00", "--working-hours", "2.5")]
    [InlineData("cần đúng một trong", "calendar", "due", "--from", "2025-01-24T15:00")]
    [InlineData("cần đúng một trong", "calendar", "due", "--from", "2025-01-24T15:00", "--days", "1", "--working-days", "1")]
    [InlineData("thiếu --from", "calendar", "due", "--working-days", "3")]
    [InlineData("--bogus", "calendar", "due", "--from", "2025-01-24T15:00", "--working-days", "3", "--bogus")]
    [InlineData("không tìm thấy tệp", "calendar", "due", "--from", "2025-01-24T15:00", "--working-days", "3", "--calendar", "/nonexistent/calendar.json")]
    [InlineData("không đúng dạng yyyy-MM-dd", "calendar", "lunar", "29/01/2025")]
    [InlineData("chỉ tính cho các năm", "calendar", "lunar", "1700-01-01")]
    [InlineData("chỉ có 29 ngày", "calendar", "solar", "2025-12-30")]
    [InlineData("không có tháng 6 nhuận", "calendar", "solar", "2024-06L-01")]
    [InlineData("không đúng dạng", "calendar", "solar", "2025-13-01")]
    [InlineData("năm \"x\" không hợp lệ", "calendar", "draft", "x")]
    public async Task Calendar_BadArguments_OneLineErrorAndExit2(string expected, params string[] args)
    {
        var result = await CliRunner.RunAsync(null, args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.StartsWith("motcua: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Due_InvalidCalendarFile_Exits2NamingTheFile()
    {
        var file = CliRunner.TempFile("""{"holidays":["2025-02-30"]}""");
        var result = await CliRunner.RunAsync(null, "calendar", "due", "--from", "2025-01-24T15:00", "--working-days", "3", "--calendar", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(Path.GetFileName(file), result.Error, StringComparison.Ordinal);
        Assert.Contains("holidays[1]", result.Error, StringComparison.Ordinal);
    }

    [Theory, AllProviders]
    public async Task Draft_2027_StoresADraftAndRefusesASecondWithoutReplace(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Areas);
        var result = await CliRunner.RunAsync(database, "calendar", "draft", "2027");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2027-04-16\tholiday\tGiỗ Tổ Hùng Vương (10/3 âm lịch)", result.Output, StringComparison.Ordinal);
        Assert.Contains("2027-05-03\tcompensatory\t", result.Output, StringComparison.Ordinal);
        Assert.Contains("CHƯA công bố", result.Error, StringComparison.Ordinal);

        var again = await CliRunner.RunAsync(database, "calendar", "draft", "2027");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("--replace", again.Error, StringComparison.Ordinal);

        var replaced = await CliRunner.RunAsync(database, "calendar", "draft", "2027", "--replace");
        Assert.Equal(0, replaced.ExitCode);

        var wrongProvince = await CliRunner.RunAsync(database, "calendar", "draft", "2027", "--province", "01");
        Assert.Equal(2, wrongProvince.ExitCode);
    }
}
