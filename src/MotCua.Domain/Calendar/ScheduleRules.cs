using System.Globalization;
using NodaTime;

namespace MotCua.Domain.Calendar;

/// <summary>What a year's schedule must satisfy before it is stored or published: one entry per date, a
/// make-up working day on a weekend, compensatory and swapped days off on weekdays, a reason for every
/// entry (at most 200 characters).</summary>
public static class ScheduleRules
{
    public const int MaxReasonLength = 200;

    /// <summary>The first problem of a list of days, in Vietnamese, or <c>null</c> when there is none.</summary>
    public static string? Check(IReadOnlyList<ScheduleDay> days)
    {
        var seen = new HashSet<LocalDate>();
        foreach (var day in days)
        {
            if (!seen.Add(day.Date))
            {
                return Invariant($"ngày {day.Date:dd/MM/yyyy} có hai mục.");
            }

            if (CheckDay(day) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    /// <summary>The problem with one entry, or <c>null</c>.</summary>
    public static string? CheckDay(ScheduleDay day)
    {
        var weekend = HolidayRules.IsWeekend(day.Date);
        if (string.IsNullOrWhiteSpace(day.Reason))
        {
            return Invariant($"ngày {day.Date:dd/MM/yyyy} cần ghi lý do.");
        }

        if (day.Reason.Length > MaxReasonLength)
        {
            return Invariant($"lý do của ngày {day.Date:dd/MM/yyyy} dài quá {MaxReasonLength} ký tự.");
        }

        if (day.Kind == ScheduleDayKind.MakeupWorkday && !weekend)
        {
            return Invariant($"ngày làm bù {day.Date:dd/MM/yyyy} phải là thứ Bảy hoặc Chủ nhật ({HolidayRules.DayName(day.Date)} vốn là ngày làm việc).");
        }

        if (day.Kind is ScheduleDayKind.Compensatory or ScheduleDayKind.SwappedDayOff && weekend)
        {
            return Invariant($"ngày {ScheduleDay.Describe(day.Kind).ToLowerInvariant()} {day.Date:dd/MM/yyyy} là ngày nghỉ hằng tuần; chọn một ngày làm việc.");
        }

        return null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
