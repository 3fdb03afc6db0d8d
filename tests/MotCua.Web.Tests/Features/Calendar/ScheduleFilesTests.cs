using System.Text;
using MotCua.Domain.Calendar;
using MotCua.Web.Features.Calendar;
using NodaTime;

namespace MotCua.Web.Tests.Features.Calendar;

public sealed class ScheduleFilesTests
{
    [Fact]
    public void LoadShipped_DataFolder_HasTheThreeOfficialYears()
    {
        var years = ScheduleFiles.LoadShipped();
        Assert.Equal([2024, 2025, 2026], years.Select(y => y.Year));
        Assert.All(years, y => Assert.NotEmpty(y.Sources));
        Assert.Contains(years[2].Days, d => d.Date == new LocalDate(2026, 1, 10) && d.Kind == ScheduleDayKind.MakeupWorkday);
    }

    [Fact]
    public void ReadCalendarFile_TheIssueShape_BuildsTheCalendar()
    {
        var calendar = Read("""{"holidays":["2025-01-27","2025-01-28"],"makeupWorkdays":["2025-02-08"],"officeHours":[["07:30","11:30"],["13:00","17:00"]]}""");
        Assert.False(calendar.IsWorkingDay(new LocalDate(2025, 1, 27)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2025, 2, 8)));
        Assert.Equal(Duration.FromHours(8), calendar.WorkingDayLength);
    }

    [Theory]
    [InlineData("""{"holidays":["2025-13-01"]}""", "holidays[1]")]
    [InlineData("""{"holidays":["2025-01-01"],"makeupWorkdays":["2025-01-01"]}""", "vừa là ngày nghỉ vừa là ngày làm bù")]
    [InlineData("""{"officeHours":[["13:30","17:00"],["07:00","11:30"]]}""", "officeHours")]
    [InlineData("""{"officeHours":[["7h","11h"]]}""", "officeHours[1]")]
    [InlineData("""{"holiday":["2025-01-01"]}""", "JSON không hợp lệ")]
    [InlineData("""{"holidays":"2025-01-01"}""", "JSON không hợp lệ")]
    [InlineData("""not json""", "JSON không hợp lệ")]
    public void ReadCalendarFile_Invalid_NamesTheProblem(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => Read(json));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    private static WorkingCalendar Read(string json) => ScheduleFiles.ReadCalendarFile(new MemoryStream(Encoding.UTF8.GetBytes(json)));
}
