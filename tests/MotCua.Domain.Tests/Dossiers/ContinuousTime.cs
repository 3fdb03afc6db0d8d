using MotCua.Domain.Calendar;
using NodaTime;

namespace MotCua.Domain.Tests.Dossiers;

/// <summary>A test calendar where every instant is working time and a working day is 8 hours, so that the
/// lifecycle's arithmetic can be checked by hand. The real WorkingCalendar has its own tests.</summary>
internal sealed class ContinuousTime : IWorkingTime
{
    public Duration WorkingDayLength => Duration.FromHours(8);

    public Instant Due(Instant start, Deadline deadline, IReadOnlyList<Interval>? pauses = null) => deadline.Unit switch
    {
        DeadlineUnit.WorkingDays => start + WorkingDayLength * deadline.Amount,
        DeadlineUnit.WorkingHours => start + Duration.FromHours(deadline.Amount),
        DeadlineUnit.CalendarDays => start + Duration.FromDays(deadline.Amount),
        _ => throw new ArgumentOutOfRangeException(nameof(deadline)),
    };

    public Instant AddWorkingTime(Instant start, Duration workingTime, IReadOnlyList<Interval>? pauses = null) => start + workingTime;

    public Duration WorkingTimeBetween(Instant from, Instant to, IReadOnlyList<Interval>? pauses = null) => to > from ? to - from : Duration.Zero;
}
