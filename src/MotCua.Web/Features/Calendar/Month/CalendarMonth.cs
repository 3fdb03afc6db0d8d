using MotCua.Domain;
using MotCua.Domain.Calendar;
using NodaTime;

namespace MotCua.Web.Features.Calendar.Month;

/// <summary>One day of the month grid.</summary>
/// <param name="Date">The solar date.</param>
/// <param name="IsWorkingDay">Worked under the schedule in force.</param>
/// <param name="IsToday">Today in Vietnam.</param>
/// <param name="Entry">The schedule's entry for the day (a day off with its reason, a make-up day), if any.</param>
/// <param name="Lunar">The lunar date.</param>
public sealed record MonthDay(LocalDate Date, bool IsWorkingDay, bool IsToday, ScheduleDay? Entry, LunarDate Lunar)
{
    public bool IsWeekend => HolidayRules.IsWeekend(Date);
}

/// <summary>A month of the working calendar: weeks Monday → Sunday (null outside the month), the
/// month's days off and make-up days, and whether its year has a published schedule.</summary>
public sealed record MonthView(
    int Year,
    int Month,
    IReadOnlyList<IReadOnlyList<MonthDay?>> Weeks,
    IReadOnlyList<ScheduleDay> Entries,
    bool YearPublished,
    OfficeHours OfficeHours)
{
    public LocalDate First => new(Year, Month, 1);

    public LocalDate Previous => First.PlusMonths(-1);

    public LocalDate Next => First.PlusMonths(1);

    public bool HasPrevious => Previous.Year >= MonthQuery.MinYear;

    public bool HasNext => Next.Year <= MonthQuery.MaxYear;
}

/// <summary>Builds the month shown by the calendar page from the province's schedule in force.</summary>
public sealed class MonthQuery(WorkingCalendarProvider provider, IClock clock)
{
    public const int MinYear = 1901;
    public const int MaxYear = 2198;

    /// <summary>The month, or the current month in Vietnam when <paramref name="year"/> or
    /// <paramref name="month"/> is missing; <c>null</c> when they are out of range.</summary>
    public async Task<MonthView?> GetAsync(int? year, int? month, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var y = year ?? today.Year;
        var m = month ?? (year is null ? today.Month : 1);
        if (y is < MinYear or > MaxYear || m is < 1 or > 12)
        {
            return null;
        }

        var schedule = await provider.GetScheduleAsync(cancellationToken);
        var first = new LocalDate(y, m, 1);
        var weeks = new List<IReadOnlyList<MonthDay?>>();
        var week = new MonthDay?[7];
        var entries = new List<ScheduleDay>();
        for (var date = first; date.Month == m; date = date.PlusDays(1))
        {
            var column = (int)date.DayOfWeek - 1;
            schedule.Days.TryGetValue(date, out var entry);
            if (entry is not null)
            {
                entries.Add(entry);
            }

            week[column] = new MonthDay(date, schedule.Calendar.IsWorkingDay(date), date == today, entry, VietnameseLunarCalendar.ToLunar(date));
            if (column == 6 || date.PlusDays(1).Month != m)
            {
                weeks.Add(week);
                week = new MonthDay?[7];
            }
        }

        return new MonthView(y, m, weeks, entries, schedule.PublishedYears.Contains(y), schedule.OfficeHours);
    }
}
