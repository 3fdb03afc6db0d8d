using MotCua.Domain.Calendar;
using NodaTime;
using static MotCua.Domain.Tests.Calendar.ShippedSchedules;

namespace MotCua.Domain.Tests.Calendar;

/// <summary>Deadline arithmetic on real dates of the 2024–2026 civil-service schedules.</summary>
public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Official = ShippedSchedules.Calendar;

    [Fact]
    public void Due_ThreeWorkingDaysFromFridayBeforeTet2025_IsWednesdayAfter()
    {
        // Fri 24/1 15:00–17:00 (2 h), Tết 25/1–2/2, Mon 3/2 (8 h), Tue 4/2 (8 h), Wed 5/2 until 15:00 (6 h).
        Assert.Equal(At(2025, 2, 5, 15), Official.Due(At(2025, 1, 24, 15), Deadline.WorkingDays(3)));
    }

    [Fact]
    public void Due_OneWorkingDayFromFriday25April2025_EndsOnTheMakeupSaturday()
    {
        Assert.Equal(At(2025, 4, 26, 16), Official.Due(At(2025, 4, 25, 16), Deadline.WorkingDays(1)));
    }

    [Fact]
    public void Due_TwoWorkingDaysAcross30April2025_SkipsTheSwappedFriday()
    {
        // Tue 29/4 10:00–17:00 gives 5 h; 30/4, 1/5, Fri 2/5 (swapped) and the weekend are off.
        Assert.Equal(At(2025, 5, 6, 10), Official.Due(At(2025, 4, 29, 10), Deadline.WorkingDays(2)));
    }

    [Fact]
    public void Due_EightWorkingHoursFromAnEveningSubmission_CountsFromNextMorning()
    {
        Assert.Equal(At(2026, 2, 10, 17), Official.Due(At(2026, 2, 9, 20), Deadline.WorkingHours(8)));
    }

    [Fact]
    public void Due_EightWorkingHoursFromSevenOClock_IsFiveOClockTheSameDay()
    {
        Assert.Equal(At(2026, 3, 2, 17), Official.Due(At(2026, 3, 2, 7), Deadline.WorkingHours(8)));
    }

    [Fact]
    public void Due_OneWorkingHourBeforeLunch_ContinuesAfterLunch()
    {
        Assert.Equal(At(2026, 3, 3, 14), Official.Due(At(2026, 3, 3, 11), Deadline.WorkingHours(1)));
        Assert.Equal(At(2026, 3, 3, 13, 45), Official.Due(At(2026, 3, 3, 10, 45), Deadline.WorkingHours(1)));
    }

    [Fact]
    public void Due_WorkingHoursEndingAtLunch_EndAt1130()
    {
        Assert.Equal(At(2026, 3, 3, 11, 30), Official.AddWorkingTime(At(2026, 3, 3, 10), Duration.FromMinutes(90)));
    }

    [Fact]
    public void Due_FifteenWorkingDaysAcrossTet2026_SkipsTheNineDayBreak()
    {
        // Feedback (PAKN) received Wed 11/2/2026 09:00: 11–13/2 are 3 days, Tết 14–22/2, then 12 more days.
        Assert.Equal(At(2026, 3, 11, 9), Official.Due(At(2026, 2, 11, 9), Deadline.WorkingDays(15)));
    }

    [Fact]
    public void Due_CalendarDaysLandingOnTet_MoveToTheNextWorkingDaySameTime()
    {
        Assert.Equal(At(2026, 2, 23, 9), Official.Due(At(2026, 2, 10, 9), Deadline.CalendarDays(5)));
    }

    [Fact]
    public void Due_CalendarDaysLandingOnAWorkingDay_AreExactly24HoursEach()
    {
        Assert.Equal(At(2026, 3, 12, 20), Official.Due(At(2026, 3, 2, 20), Deadline.CalendarDays(10)));
    }

    [Fact]
    public void Due_CalendarDaysLandingOnMakeupSaturday_StayThere()
    {
        Assert.Equal(At(2026, 1, 10, 8), Official.Due(At(2026, 1, 3, 8), Deadline.CalendarDays(7)));
    }

    [Fact]
    public void Due_ZeroWorkingDaysAtNight_IsTheNextOpening()
    {
        Assert.Equal(At(2025, 2, 3, 7), Official.Due(At(2025, 1, 24, 18), Deadline.WorkingDays(0)));
        Assert.Equal(At(2025, 2, 4, 13, 30), Official.Due(At(2025, 2, 4, 12), Deadline.WorkingDays(0)));
    }

    [Fact]
    public void Due_WithASupplementPause_DoesNotCountThePause()
    {
        // Mon 2/3/2026 07:00–09:00 counts 2 h; waiting for a supplement until Wed 09:00; 6 h more.
        var pause = new Interval(At(2026, 3, 2, 9), At(2026, 3, 4, 9));
        Assert.Equal(At(2026, 3, 4, 17), Official.Due(At(2026, 3, 2, 7), Deadline.WorkingDays(1), [pause]));
        Assert.Equal(Duration.FromHours(8), Official.WorkingTimeBetween(At(2026, 3, 2, 7), At(2026, 3, 4, 17), [pause]));
    }

    [Fact]
    public void Due_OverlappingAndEarlierPauses_AreMerged()
    {
        var pauses = new[]
        {
            new Interval(At(2026, 3, 2, 10), At(2026, 3, 2, 14)),
            new Interval(At(2026, 3, 2, 8), At(2026, 3, 2, 11)),
            new Interval(At(2026, 2, 1, 8), At(2026, 2, 2, 8)),
        };
        // 07:00–08:00 (1 h), paused 08:00–14:00, 14:00–17:00 (3 h), Tue 07:00–11:00 (4 h).
        Assert.Equal(At(2026, 3, 3, 11), Official.Due(At(2026, 3, 2, 7), Deadline.WorkingDays(1), pauses));
    }

    [Fact]
    public void Due_PauseWithoutEnd_Throws()
    {
        var open = new Interval(At(2026, 3, 2, 9), null);
        Assert.Throws<ArgumentException>(() => Official.Due(At(2026, 3, 2, 7), Deadline.WorkingDays(1), [open]));
        Assert.Equal(Duration.FromHours(2), Official.WorkingTimeBetween(At(2026, 3, 2, 7), At(2026, 3, 9, 7), [open]));
    }

    [Fact]
    public void Due_CalendarDaysWithAPause_AddThePause()
    {
        var pause = new Interval(At(2026, 3, 3, 8), At(2026, 3, 5, 8));
        Assert.Equal(At(2026, 3, 6, 8), Official.Due(At(2026, 3, 2, 8), Deadline.CalendarDays(2), [pause]));
    }

    [Fact]
    public void Due_NegativeAmount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Official.Due(At(2026, 3, 2, 7), Deadline.WorkingDays(-1)));

    [Fact]
    public void WorkingTimeBetween_AcrossTet2025_Is24Hours()
    {
        Assert.Equal(Duration.FromHours(24), Official.WorkingTimeBetween(At(2025, 1, 24, 15), At(2025, 2, 5, 15)));
        Assert.Equal(-Duration.FromHours(24), Official.WorkingTimeBetween(At(2025, 2, 5, 15), At(2025, 1, 24, 15)));
        Assert.Equal(Duration.Zero, Official.WorkingTimeBetween(At(2025, 1, 25, 8), At(2025, 2, 2, 20)));
    }

    [Fact]
    public void RemainingWorkingTime_BeforeAndAfterDue_IsPositiveThenNegative()
    {
        var due = At(2026, 3, 4, 15);
        Assert.Equal(Duration.FromHours(9), Official.RemainingWorkingTime(At(2026, 3, 3, 14), due));
        Assert.Equal(Duration.Zero, Official.RemainingWorkingTime(due, due));
        // Overdue by Wed 15:00–17:00 and Thu 07:00–09:30.
        Assert.Equal(-Duration.FromHours(4.5), Official.RemainingWorkingTime(At(2026, 3, 5, 9, 30), due));
    }

    [Theory]
    [InlineData("2025-04-26", true)]  // make-up Saturday
    [InlineData("2025-05-02", false)] // swapped Friday
    [InlineData("2024-04-29", false)]
    [InlineData("2024-05-04", true)]
    [InlineData("2026-01-02", false)]
    [InlineData("2026-01-10", true)]
    [InlineData("2026-04-27", false)] // compensatory for Giỗ Tổ on Sunday
    [InlineData("2026-08-22", true)]
    [InlineData("2026-08-31", false)]
    [InlineData("2026-03-07", false)] // an ordinary Saturday
    [InlineData("2026-03-09", true)]
    public void IsWorkingDay_OfficialSchedules_FollowTheAnnouncements(string date, bool working) =>
        Assert.Equal(working, Official.IsWorkingDay(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value));

    [Fact]
    public void NextWorkingDay_BeforeTet2025_IsMonday3February()
    {
        Assert.Equal(new LocalDate(2025, 2, 3), Official.NextWorkingDay(new LocalDate(2025, 1, 24)));
        Assert.Equal(new LocalDate(2025, 4, 26), Official.NextWorkingDay(new LocalDate(2025, 4, 25)));
    }

    [Fact]
    public void WorkingDayLength_CustomOfficeHours_IsTheirSum()
    {
        var hours = OfficeHours.Create([new OfficePeriod(new LocalTime(7, 30), new LocalTime(12, 0)), new OfficePeriod(new LocalTime(13, 0), new LocalTime(16, 0))]);
        var calendar = new WorkingCalendar([], [], hours);
        Assert.Equal(Duration.FromHours(7.5), calendar.WorkingDayLength);
        // Mon 2/3/2026 12:30 (lunch) + 1 working day (7.5 h) = Tue 12:00.
        Assert.Equal(At(2026, 3, 3, 12), calendar.Due(At(2026, 3, 2, 12, 30), Deadline.WorkingDays(1)));
    }

    [Fact]
    public void Constructor_DayBothOffAndMakeup_Throws() =>
        Assert.Throws<ArgumentException>(() => new WorkingCalendar([new LocalDate(2026, 1, 10)], [new LocalDate(2026, 1, 10)]));

    [Fact]
    public void Due_BeyondTheCalendarRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Official.Due(At(2199, 12, 1, 8), Deadline.WorkingDays(100)));

    [Theory]
    [InlineData("07:00-11:30,13:30-17:00", true)]
    [InlineData("07:00–11:30; 13:30–17:00", true)]
    [InlineData("13:30-17:00,07:00-11:30", false)]
    [InlineData("07:00-07:00", false)]
    [InlineData("7h-11h", false)]
    [InlineData("", false)]
    public void OfficeHours_TryParse_AcceptsOrderedPeriodsOnly(string text, bool ok) =>
        Assert.Equal(ok, OfficeHours.TryParse(text, out _, out _));
}
