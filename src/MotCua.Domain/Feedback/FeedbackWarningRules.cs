using MotCua.Domain.Calendar;
using NodaTime;

namespace MotCua.Domain.Feedback;

/// <summary>
/// Which warning a feedback is owed now (the job sends it through the outbox and records a
/// <see cref="FeedbackWarned"/> event, which is what keeps it from being sent twice): due soon when
/// <see cref="DueSoonWorkingDays"/> working days or less are left; overdue once past the due time; escalated when
/// <see cref="EscalateAfterWorkingDays"/> working days past it. Each kind once per due time; a job that missed some
/// runs sends the one that applies now, not a burst. A feedback waiting for the sender, answered or refused is owed
/// nothing.
/// </summary>
public static class FeedbackWarningRules
{
    public const int DueSoonWorkingDays = 2;

    public const int EscalateAfterWorkingDays = 2;

    public static FeedbackWarningKind? Due(FeedbackItem f, Instant now, IWorkingTime calendar)
    {
        if (f.State is not (FeedbackState.Routing or FeedbackState.Processing))
        {
            return null;
        }

        var day = calendar.WorkingDayLength;
        FeedbackWarningKind? owed;
        if (now > f.DueAt)
        {
            owed = calendar.WorkingTimeBetween(f.DueAt, now) >= day * EscalateAfterWorkingDays
                ? FeedbackWarningKind.Escalated
                : FeedbackWarningKind.Overdue;
        }
        else
        {
            owed = calendar.WorkingTimeBetween(now, f.DueAt) <= day * DueSoonWorkingDays ? FeedbackWarningKind.DueSoon : null;
        }

        var sent = f.WarnedFor == f.DueAt ? f.LastWarning : null;
        return owed is { } kind && (sent is null || sent < kind) ? kind : null;
    }
}
