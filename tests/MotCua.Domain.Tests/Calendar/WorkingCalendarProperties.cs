using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MotCua.Domain.Calendar;
using NodaTime;
using Interval = NodaTime.Interval;

namespace MotCua.Domain.Tests.Calendar;

/// <summary>A generated deadline problem: a calendar, a start, two amounts of working time and pauses.</summary>
public sealed record DeadlineCase(string CalendarName, WorkingCalendar Calendar, Instant Start, Duration First, Duration Second, IReadOnlyList<Interval> Pauses)
{
    public override string ToString() =>
        $"{CalendarName}, start {VietnamTime.ToLocal(Start):uuuu-MM-dd HH:mm:ss}, first {First}, second {Second}, pauses [{string.Join("; ", Pauses.Select(p => $"{VietnamTime.ToLocal(p.Start):MM-dd HH:mm}→{VietnamTime.ToLocal(p.End):MM-dd HH:mm}"))}]";
}

/// <summary>Generators: the official 2024–2026 calendar and random calendars (random days off, make-up
/// Saturdays and office hours), starts anywhere in 2024–2026 to the second, amounts up to a year of
/// working time, and up to three pauses.</summary>
public static class DeadlineArbitraries
{
    private static readonly LocalDate First = new(2024, 1, 1);

    private static readonly OfficeHours[] Hours =
    [
        OfficeHours.Default,
        OfficeHours.Create([new OfficePeriod(new LocalTime(7, 30), new LocalTime(12, 0)), new OfficePeriod(new LocalTime(13, 0), new LocalTime(16, 30))]),
        OfficeHours.Create([new OfficePeriod(new LocalTime(8, 0), new LocalTime(12, 0))]),
        OfficeHours.Create([new OfficePeriod(new LocalTime(6, 0), new LocalTime(9, 0)), new OfficePeriod(new LocalTime(10, 0), new LocalTime(12, 15)), new OfficePeriod(new LocalTime(14, 0), new LocalTime(18, 30))]),
        OfficeHours.Create([new OfficePeriod(new LocalTime(0, 0), new LocalTime(23, 59))]),
    ];

    /// <summary>A fixed pool (a calendar builds a table of 300 years, too much to do per case), seeded for repeatability.</summary>
    private static readonly (string Name, WorkingCalendar Calendar)[] Calendars = BuildPool();

    public static Arbitrary<DeadlineCase> Cases()
    {
        var gen =
            from calendar in Gen.Elements(Calendars)
            from startSecond in Gen.Choose(0, (3 * 365 * 86400) - 1)
            from firstMinutes in Gen.Frequency((3, Gen.Choose(0, 60 * 40)), (1, Gen.Choose(0, 60 * 2100)))
            from secondMinutes in Gen.Frequency((3, Gen.Choose(1, 60 * 40)), (1, Gen.Choose(1, 60 * 2100)))
            from pauseCount in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
            from pauseOffsets in Gen.ListOf(Gen.Choose(-2 * 86400, 40 * 86400), pauseCount)
            from pauseLengths in Gen.ListOf(Gen.Choose(1, 10 * 86400), pauseCount)
            let start = VietnamTime.ToInstant(First.AtMidnight()) + Duration.FromSeconds(startSecond)
            let pauses = pauseOffsets.Zip(pauseLengths, (offset, length) => new Interval(start + Duration.FromSeconds(offset), start + Duration.FromSeconds(offset + length))).ToList()
            select new DeadlineCase(calendar.Name, calendar.Calendar, start, Duration.FromMinutes(firstMinutes), Duration.FromMinutes(secondMinutes), pauses);
        return gen.ToArbitrary();
    }

    private static (string, WorkingCalendar)[] BuildPool()
    {
        var random = new Random(20250129);
        var pool = new List<(string, WorkingCalendar)> { ("official 2024–2026", ShippedSchedules.Calendar) };
        for (var i = 0; i < 12; i++)
        {
            var off = new HashSet<LocalDate>();
            var makeup = new HashSet<LocalDate>();
            for (var n = random.Next(0, 80); n > 0; n--)
            {
                off.Add(First.PlusDays(random.Next(0, 3 * 366)));
            }

            for (var n = random.Next(0, 10); n > 0; n--)
            {
                var day = First.PlusDays(random.Next(0, 3 * 366));
                if (HolidayRules.IsWeekend(day) && !off.Contains(day))
                {
                    makeup.Add(day);
                }
            }

            var hours = Hours[random.Next(Hours.Length)];
            pool.Add(($"random #{i} ({off.Count} off, {makeup.Count} make-up, {hours})", new WorkingCalendar(off, makeup, hours)));
        }

        return [.. pool];
    }
}

/// <summary>The properties every deadline must have, over thousands of generated cases.</summary>
public sealed class WorkingCalendarProperties
{
    private const int Cases = 4000;

    [Property(MaxTest = Cases, Arbitrary = [typeof(DeadlineArbitraries)])]
    public bool AddWorkingTime_AnyPositiveAmount_EndsInsideWorkingTimeOutsidePauses(DeadlineCase c)
    {
        var due = c.Calendar.AddWorkingTime(c.Start, c.Second, c.Pauses);
        var justBefore = due - Duration.Epsilon;
        return due > c.Start
            && c.Calendar.IsInWorkingTime(justBefore)
            && !c.Pauses.Any(p => p.Contains(justBefore));
    }

    [Property(MaxTest = Cases, Arbitrary = [typeof(DeadlineArbitraries)])]
    public bool AddWorkingTime_Zero_IsTheFirstWorkingInstant(DeadlineCase c)
    {
        var opening = c.Calendar.AddWorkingTime(c.Start, Duration.Zero, c.Pauses);
        return opening >= c.Start
            && c.Calendar.IsInWorkingTime(opening)
            && !c.Pauses.Any(p => p.Contains(opening))
            && c.Calendar.WorkingTimeBetween(c.Start, opening, c.Pauses) == Duration.Zero;
    }

    [Property(MaxTest = Cases, Arbitrary = [typeof(DeadlineArbitraries)])]
    public bool AddWorkingTime_IsMonotoneInTheAmount(DeadlineCase c)
    {
        var (small, large) = c.First <= c.Second ? (c.First, c.Second) : (c.Second, c.First);
        return c.Calendar.AddWorkingTime(c.Start, small, c.Pauses) <= c.Calendar.AddWorkingTime(c.Start, large, c.Pauses);
    }

    [Property(MaxTest = Cases, Arbitrary = [typeof(DeadlineArbitraries)])]
    public bool WorkingTimeBetween_StartAndDue_IsTheAmount(DeadlineCase c)
    {
        var due = c.Calendar.AddWorkingTime(c.Start, c.First, c.Pauses);
        return c.Calendar.WorkingTimeBetween(c.Start, due, c.Pauses) == c.First
            && c.Calendar.RemainingWorkingTime(c.Start, due) >= c.First;
    }

    [Property(MaxTest = Cases, Arbitrary = [typeof(DeadlineArbitraries)])]
    public bool AddWorkingTime_InTwoSteps_EqualsAtOnce(DeadlineCase c)
    {
        var once = c.Calendar.AddWorkingTime(c.Start, c.First + c.Second, c.Pauses);
        var twice = c.Calendar.AddWorkingTime(c.Calendar.AddWorkingTime(c.Start, c.First, c.Pauses), c.Second, c.Pauses);
        return once == twice;
    }

    [Property(MaxTest = Cases, Arbitrary = [typeof(DeadlineArbitraries)])]
    public bool Due_WorkingDays_AreDayLengthsOfWorkingTime(DeadlineCase c)
    {
        var days = (int)(c.Second.TotalMinutes % 260);
        return c.Calendar.Due(c.Start, Deadline.WorkingDays(days), c.Pauses)
            == c.Calendar.AddWorkingTime(c.Start, c.Calendar.WorkingDayLength * days, c.Pauses);
    }

    [Property(MaxTest = Cases, Arbitrary = [typeof(DeadlineArbitraries)])]
    public bool Due_CalendarDays_EndOnAWorkingDayAtLeastNDaysLater(DeadlineCase c)
    {
        var days = (int)(c.Second.TotalMinutes % 400);
        var due = c.Calendar.Due(c.Start, Deadline.CalendarDays(days));
        var earliest = c.Start + Duration.FromDays(days);
        return c.Calendar.IsWorkingDay(VietnamTime.ToLocal(due).Date)
            && due >= earliest
            && VietnamTime.ToLocal(due).TimeOfDay == VietnamTime.ToLocal(earliest).TimeOfDay
            && (due == earliest || !c.Calendar.IsWorkingDay(VietnamTime.ToLocal(earliest).Date));
    }

    [Property(MaxTest = Cases, Arbitrary = [typeof(DeadlineArbitraries)])]
    public bool WorkingTimeBetween_IsAntisymmetricAndAdditive(DeadlineCase c)
    {
        var a = c.Start;
        var b = c.Start + c.First * 3;
        var m = c.Start + c.Second;
        return c.Calendar.WorkingTimeBetween(a, b) == -c.Calendar.WorkingTimeBetween(b, a)
            && c.Calendar.WorkingTimeBetween(a, b) == c.Calendar.WorkingTimeBetween(a, m) + c.Calendar.WorkingTimeBetween(m, b);
    }

    /// <summary>An independent oracle: walk minute by minute from a minute-aligned start.</summary>
    [Property(MaxTest = 600, Arbitrary = [typeof(DeadlineArbitraries)])]
    public bool AddWorkingTime_AgreesWithAMinuteByMinuteWalk(DeadlineCase c)
    {
        var start = Instant.FromUnixTimeSeconds(c.Start.ToUnixTimeSeconds() / 60 * 60);
        var minutes = (long)c.First.TotalMinutes % (60 * 24);
        var cursor = start;
        var counted = 0L;
        while (counted < minutes)
        {
            if (c.Calendar.IsInWorkingTime(cursor))
            {
                counted++;
            }

            cursor += Duration.FromMinutes(1);
        }

        var expected = minutes == 0 ? c.Calendar.AddWorkingTime(start, Duration.Zero) : cursor;
        return c.Calendar.AddWorkingTime(start, Duration.FromMinutes(minutes)) == expected;
    }
}
