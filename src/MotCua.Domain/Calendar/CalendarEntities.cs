using NodaTime;

namespace MotCua.Domain.Calendar;

/// <summary>
/// The working schedule of one year for one scope: the national default (<see cref="NationalScope"/>) or a
/// province (its GSO code, e.g. "92"), which then replaces the national one for that year. Its days are
/// kept twice: the draft an administrator edits and the published copy that deadlines use. Nothing
/// reaches the published copy except by <c>Publish</c> (ADR 0011).
/// </summary>
public sealed class CalendarYear
{
    /// <summary>The scope of the national default schedule.</summary>
    public const string NationalScope = "VN";

    public int Id { get; set; }

    /// <summary><see cref="NationalScope"/> or a province code.</summary>
    public required string Scope { get; set; }

    public int Year { get; set; }

    /// <summary>The documents the schedule follows (decisions, notices), one per line.</summary>
    public string? Sources { get; set; }

    /// <summary>When the published copy was last replaced; <c>null</c> while never published.</summary>
    public Instant? PublishedAt { get; set; }

    public string? PublishedBy { get; set; }

    /// <summary>The draft differs from the published copy.</summary>
    public bool HasUnpublishedChanges { get; set; }

    /// <summary>Concurrency token: incremented by every change, so two administrators cannot overwrite
    /// each other's edits unknowingly.</summary>
    public int Version { get; set; }

    public List<CalendarDay> Days { get; set; } = [];

    public bool IsPublished => PublishedAt is not null;
}

/// <summary>One day of a <see cref="CalendarYear"/>: a day off with its reason, or a make-up working day,
/// in the draft or in the published copy.</summary>
public sealed class CalendarDay
{
    public int Id { get; set; }

    public int CalendarYearId { get; set; }

    /// <summary>In the published copy (true) or the draft (false).</summary>
    public bool Published { get; set; }

    public LocalDate Date { get; set; }

    public ScheduleDayKind Kind { get; set; }

    public required string Reason { get; set; }

    public ScheduleDay ToScheduleDay() => new(Date, Kind, Reason);
}

/// <summary>One office period of a scope's working day (see <see cref="OfficeHours"/>).</summary>
public sealed class OfficePeriodSetting
{
    public int Id { get; set; }

    /// <summary><see cref="CalendarYear.NationalScope"/> or a province code.</summary>
    public required string Scope { get; set; }

    public LocalTime Start { get; set; }

    public LocalTime End { get; set; }
}

/// <summary>
/// An entry of the calendar's audit trail: who changed what, when, with the value before and after.
/// Rows are only ever added (no code path updates or deletes them).
/// </summary>
public sealed class CalendarChange
{
    public long Id { get; set; }

    public required string Scope { get; set; }

    /// <summary>The year changed; 0 for office hours, which are not per year.</summary>
    public int Year { get; set; }

    public Instant At { get; set; }

    /// <summary>The account name, or "motcua" plus the system user for the command line, or "data/holidays" for seeding.</summary>
    public required string UserName { get; set; }

    /// <summary>seed, draft, add, change, remove, sources, publish, office-hours.</summary>
    public required string Action { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }
}
