using System.Globalization;

namespace MotCua.Domain.Calendar;

/// <summary>The unit a legal time limit is expressed in (DOMAIN.md §5).</summary>
public enum DeadlineUnit
{
    /// <summary>Working days: N × the length of one working day (8 h by default) of working time.</summary>
    WorkingDays = 1,

    /// <summary>Working hours inside office hours.</summary>
    WorkingHours = 2,

    /// <summary>Calendar days: N × 24 h, moved to the same time on the next working day when it lands on a day off.</summary>
    CalendarDays = 3,
}

/// <summary>A time limit such as "3 working days" or "8 working hours" (processing times, receipt within 8
/// working hours, PAKN within 15 working days). Computed into an instant by the working calendar.</summary>
public readonly record struct Deadline(int Amount, DeadlineUnit Unit)
{
    public static Deadline WorkingDays(int amount) => new(amount, DeadlineUnit.WorkingDays);

    public static Deadline WorkingHours(int amount) => new(amount, DeadlineUnit.WorkingHours);

    public static Deadline CalendarDays(int amount) => new(amount, DeadlineUnit.CalendarDays);

    /// <summary>The unit as written in MotCua's files and APIs: working-days, working-hours, days.</summary>
    public static string Format(DeadlineUnit unit) => unit switch
    {
        DeadlineUnit.WorkingDays => "working-days",
        DeadlineUnit.WorkingHours => "working-hours",
        DeadlineUnit.CalendarDays => "days",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    public static DeadlineUnit? ParseUnit(string? unit) => unit?.Trim().ToLowerInvariant() switch
    {
        "working-days" => DeadlineUnit.WorkingDays,
        "working-hours" => DeadlineUnit.WorkingHours,
        "days" => DeadlineUnit.CalendarDays,
        _ => null,
    };

    /// <summary>In Vietnamese: "3 ngày làm việc", "8 giờ làm việc", "15 ngày".</summary>
    public override string ToString() => Unit switch
    {
        DeadlineUnit.WorkingDays => string.Create(CultureInfo.InvariantCulture, $"{Amount} ngày làm việc"),
        DeadlineUnit.WorkingHours => string.Create(CultureInfo.InvariantCulture, $"{Amount} giờ làm việc"),
        DeadlineUnit.CalendarDays => string.Create(CultureInfo.InvariantCulture, $"{Amount} ngày"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Amount} {Unit}"),
    };
}
