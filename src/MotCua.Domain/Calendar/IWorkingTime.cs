using NodaTime;

namespace MotCua.Domain.Calendar;

/// <summary>
/// Working-time arithmetic as the rest of the domain needs it; implemented by <c>WorkingCalendar</c>, the
/// one place where working time is computed (STYLE.md rule 4).
/// </summary>
public interface IWorkingTime
{
    /// <summary>Length of one working day (8 h by default).</summary>
    Duration WorkingDayLength { get; }

    /// <summary>The instant a time limit ends when it starts at <paramref name="start"/>; pauses do not count.</summary>
    Instant Due(Instant start, Deadline deadline, IReadOnlyList<Interval>? pauses = null);

    /// <summary>The earliest instant at which <paramref name="workingTime"/> of working time has elapsed since <paramref name="start"/>.</summary>
    Instant AddWorkingTime(Instant start, Duration workingTime, IReadOnlyList<Interval>? pauses = null);

    /// <summary>Working time between two instants (zero when <paramref name="to"/> is not after <paramref name="from"/>).</summary>
    Duration WorkingTimeBetween(Instant from, Instant to, IReadOnlyList<Interval>? pauses = null);
}
