using System.Globalization;
using MotCua.Data;
using MotCua.Domain.Calendar;
using NodaTime;

namespace MotCua.Web.Features.Calendar;

/// <summary>The actions written to the calendar's audit trail (<see cref="CalendarChange.Action"/>).</summary>
public static class CalendarActions
{
    public const string Seed = "seed";
    public const string Draft = "draft";
    public const string Add = "add";
    public const string Change = "change";
    public const string Remove = "remove";
    public const string Sources = "sources";
    public const string Publish = "publish";
    public const string OfficeHours = "office-hours";
}

/// <summary>How the audit trail writes what changed, in Vietnamese, and appends entries.</summary>
public static class CalendarAudit
{
    /// <summary>"04/02/2027 (thứ Năm) — Nghỉ lễ, tết: Tết Nguyên đán Đinh Mùi (29 tháng Chạp)".</summary>
    public static string Describe(ScheduleDay day) => string.Create(CultureInfo.InvariantCulture,
        $"{day.Date:dd/MM/yyyy} ({HolidayRules.DayName(day.Date)}) — {ScheduleDay.Describe(day.Kind)}: {day.Reason}");

    /// <summary>A whole list, cut to fit the audit column.</summary>
    public static string? Describe(IEnumerable<ScheduleDay> days)
    {
        var text = string.Join("\n", days.OrderBy(d => d.Date).Select(Describe));
        return text.Length == 0 ? null : text.Length <= 2000 ? text : text[..1997] + "…";
    }

    public static void Append(MotCuaDbContext db, string scope, int year, Instant at, string userName, string action, string? before, string? after) =>
        db.Add(new CalendarChange { Scope = scope, Year = year, At = at, UserName = Truncate(userName, 100), Action = action, Before = before, After = after });

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
