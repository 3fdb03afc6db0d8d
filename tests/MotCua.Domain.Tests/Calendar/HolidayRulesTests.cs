using System.Text.Json;
using MotCua.Domain.Calendar;
using NodaTime;
using NodaTime.Text;

namespace MotCua.Domain.Tests.Calendar;

public sealed class HolidayRulesTests
{
    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Draft_AnnouncedYears_ProposesTheAnnouncedHolidaysAndCompensatoryDays(int year)
    {
        // Swaps and make-up Saturdays are decided each year, never by rule.
        var announced = ShippedSchedules.Year(year)
            .Where(d => d.Kind is ScheduleDayKind.Holiday or ScheduleDayKind.Compensatory)
            .Select(d => (d.Date, d.Kind));
        var draft = HolidayRules.Draft(year).Select(d => (d.Date, d.Kind));
        Assert.Equal(announced, draft);
    }

    [Fact]
    public void Draft_2027_FollowsTheLabourCode()
    {
        var draft = HolidayRules.Draft(2027);
        var dates = draft.Select(d => d.Date).ToList();
        // Tết Đinh Mùi is Saturday 6/2/2027: 4/2–8/2 with compensatory days for the weekend on 9/2 and 10/2.
        Assert.Equal(
            [new(2027, 1, 1), new(2027, 2, 4), new(2027, 2, 5), new(2027, 2, 6), new(2027, 2, 7), new(2027, 2, 8), new(2027, 2, 9), new(2027, 2, 10),
             new(2027, 4, 16), new(2027, 4, 30), new(2027, 5, 1), new(2027, 5, 3), new(2027, 9, 2), new(2027, 9, 3)],
            dates);
        Assert.All(draft, d => Assert.NotEqual(ScheduleDayKind.MakeupWorkday, d.Kind));
        Assert.Contains(draft, d => d.Date == new LocalDate(2027, 4, 16) && d.Reason.Contains("Giỗ Tổ", StringComparison.Ordinal));
        Assert.Contains(draft, d => d.Date == new LocalDate(2027, 5, 3) && d.Kind == ScheduleDayKind.Compensatory);
    }

    [Fact]
    public void Draft_AnyYear_HasElevenHolidaysAndOneCompensatoryDayPerWeekendHoliday()
    {
        for (var year = 2021; year <= 2060; year++)
        {
            var draft = HolidayRules.Draft(year);
            var holidays = draft.Where(d => d.Kind == ScheduleDayKind.Holiday).ToList();
            Assert.Equal(11, holidays.Count);
            Assert.Equal(holidays.Count(d => HolidayRules.IsWeekend(d.Date)), draft.Count(d => d.Kind == ScheduleDayKind.Compensatory));
            Assert.All(draft.Where(d => d.Kind == ScheduleDayKind.Compensatory), d => Assert.False(HolidayRules.IsWeekend(d.Date)));
            Assert.Equal(draft.Count, draft.Select(d => d.Date).Distinct().Count());
        }
    }

    [Fact]
    public void ShippedSchedules_AreConsistent()
    {
        foreach (var year in new[] { 2024, 2025, 2026 })
        {
            var days = ShippedSchedules.Year(year);
            Assert.All(days.Where(d => d.Kind == ScheduleDayKind.MakeupWorkday), d => Assert.True(HolidayRules.IsWeekend(d.Date), $"{d.Date} make-up day is not a weekend"));
            Assert.All(days.Where(d => d.Kind is ScheduleDayKind.SwappedDayOff or ScheduleDayKind.Compensatory), d => Assert.False(HolidayRules.IsWeekend(d.Date)));
            Assert.Equal(days.Count(d => d.Kind == ScheduleDayKind.MakeupWorkday), days.Count(d => d.Kind == ScheduleDayKind.SwappedDayOff));
            Assert.Equal(days.Count, days.Select(d => d.Date).Distinct().Count());
            Assert.Contains(days, d => d.Date == VietnameseLunarCalendar.NewYear(year) && d.Kind == ScheduleDayKind.Holiday);
            Assert.Contains(days, d => d.Date == VietnameseLunarCalendar.ToSolar(new LunarDate(year, 3, 10)) && d.Kind == ScheduleDayKind.Holiday);
        }
    }

    [Fact]
    public void ShippedSchedules_AgreeWithVacanzaHolidaysExceptTheSwapsItLacks()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(SharedData.Holidays("VN_COMMON.json")));
        var vacanza = json.RootElement.EnumerateObject()
            .Select(p => LocalDatePattern.Iso.Parse(p.Name).Value)
            .Where(d => d.Year is >= 2024 and <= 2026 && !HolidayRules.IsWeekend(d))
            .ToHashSet();
        var shipped = ShippedSchedules.Days.Where(d => d.IsDayOff && !HolidayRules.IsWeekend(d.Date)).Select(d => d.Date).ToHashSet();

        Assert.Empty(vacanza.Except(shipped));
        // DOMAIN.md §9: the yearly swaps are incomplete there (2025's Fri 2/5, both of 2026's).
        Assert.Equal([new(2025, 5, 2), new(2026, 1, 2), new(2026, 8, 31)], shipped.Except(vacanza).Order());
    }
}
