namespace MotCua.Domain.Calendar;

/// <summary>What a day of a year's schedule is, beside an ordinary weekday or weekend.</summary>
public enum ScheduleDayKind
{
    /// <summary>A public holiday (nghỉ lễ, tết) of Labour Code 2019, Art. 112.</summary>
    Holiday = 1,

    /// <summary>A compensatory day off (nghỉ bù) for a holiday that fell on a weekly rest day (Art. 111.3).</summary>
    Compensatory = 2,

    /// <summary>A working day given off in a government-announced swap (nghỉ hoán đổi), worked back on a
    /// make-up day.</summary>
    SwappedDayOff = 3,

    /// <summary>Another day off decided by the competent authority (e.g. a provincial decision).</summary>
    OtherDayOff = 4,

    /// <summary>A weekend day worked instead of a swapped day off (ngày làm bù).</summary>
    MakeupWorkday = 5,
}

/// <summary>One entry of a year's working schedule: a day off with its reason, or a make-up working day.</summary>
public sealed record ScheduleDay(NodaTime.LocalDate Date, ScheduleDayKind Kind, string Reason)
{
    public bool IsDayOff => Kind != ScheduleDayKind.MakeupWorkday;

    /// <summary>The kind as written in MotCua's data files: holiday, compensatory, swap, other, makeup.</summary>
    public static string Format(ScheduleDayKind kind) => kind switch
    {
        ScheduleDayKind.Holiday => "holiday",
        ScheduleDayKind.Compensatory => "compensatory",
        ScheduleDayKind.SwappedDayOff => "swap",
        ScheduleDayKind.OtherDayOff => "other",
        ScheduleDayKind.MakeupWorkday => "makeup",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static ScheduleDayKind? ParseKind(string? kind) => kind?.Trim().ToLowerInvariant() switch
    {
        "holiday" => ScheduleDayKind.Holiday,
        "compensatory" => ScheduleDayKind.Compensatory,
        "swap" => ScheduleDayKind.SwappedDayOff,
        "other" => ScheduleDayKind.OtherDayOff,
        "makeup" => ScheduleDayKind.MakeupWorkday,
        _ => null,
    };

    /// <summary>The kind in Vietnamese, as shown to people.</summary>
    public static string Describe(ScheduleDayKind kind) => kind switch
    {
        ScheduleDayKind.Holiday => "Nghỉ lễ, tết",
        ScheduleDayKind.Compensatory => "Nghỉ bù",
        ScheduleDayKind.SwappedDayOff => "Nghỉ hoán đổi",
        ScheduleDayKind.OtherDayOff => "Nghỉ khác",
        ScheduleDayKind.MakeupWorkday => "Làm bù",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
