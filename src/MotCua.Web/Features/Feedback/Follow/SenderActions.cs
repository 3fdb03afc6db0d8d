using MotCua.Domain.Feedback;
using MotCua.Domain.Satisfaction;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Feedback.Notifications;
using MotCua.Web.Features.Feedback.Send;
using NodaTime;

namespace MotCua.Web.Features.Feedback.Follow;

/// <summary>What the sender did: the feedback after it, or why nothing was written.</summary>
public sealed record SenderOutcome(FeedbackItem? Item, string? Error, bool Conflict = false)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// The sender's own commands on her feedback — add the information asked for, rate the answer — once the page has
/// established that she is its sender (her account, or a proven code and contact: <see cref="FollowGrants"/>).
/// An unsatisfied rating of the first answer re-opens the feedback and tells the handling unit.
/// </summary>
public sealed class SenderActions(FeedbackStore store, FeedbackNotifications notifications, WorkingCalendarProvider calendars, IClock clock)
{
    public async Task<SenderOutcome> ProvideInformationAsync(FeedbackItem item, string? userId, string? text, CancellationToken cancellationToken)
    {
        var decision = FeedbackRules.ProvideInformation(item, text, clock.GetCurrentInstant(), await calendars.GetAsync(cancellationToken));
        return await AppendAsync(item, userId, decision, () => notifications.StageInformationProvidedAsync(item, cancellationToken), cancellationToken);
    }

    public async Task<SenderOutcome> RateAsync(FeedbackItem item, string? userId, SatisfactionLevel? level, string? comment, CancellationToken cancellationToken)
    {
        if (level is not { } chosen)
        {
            return new SenderOutcome(null, "Chọn một mức: hài lòng, bình thường hoặc không hài lòng.");
        }

        var decision = FeedbackRules.Rate(item, chosen, comment, clock.GetCurrentInstant(), await calendars.GetAsync(cancellationToken));
        var reopens = decision.Events.Any(e => e.Event is FeedbackReopened);
        return await AppendAsync(item, userId, decision, () => reopens ? notifications.StageReopenedAsync(item, cancellationToken) : Task.CompletedTask, cancellationToken);
    }

    private async Task<SenderOutcome> AppendAsync(FeedbackItem item, string? userId, FeedbackDecision decision, Func<Task> notify, CancellationToken cancellationToken)
    {
        if (!decision.Accepted)
        {
            return new SenderOutcome(null, decision.Error);
        }

        store.Stage(item, decision, new Domain.Dossiers.Actor(userId, SubmitFeedback.SenderDisplay, null));
        await notify();
        return await store.SaveAsync(cancellationToken)
            ? new SenderOutcome(item, null)
            : new SenderOutcome(null, FeedbackStore.ConflictMessage, Conflict: true);
    }
}
