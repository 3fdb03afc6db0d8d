using MotCua.Domain.Feedback;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Feedback.Notifications;
using MotCua.Web.Infrastructure;
using NodaTime;

namespace MotCua.Web.Features.Feedback.Manage;

/// <summary>A command of staff on a feedback.</summary>
public abstract record FeedbackAction
{
    /// <summary>The Office gives it to a unit (a reason when moving it from a unit that has it).</summary>
    public sealed record Route(string? UnitCode, string? Reason) : FeedbackAction;

    /// <summary>Not handled, with a reason (within 2 working days of receipt).</summary>
    public sealed record Refuse(string? Reason) : FeedbackAction;

    /// <summary>Ask the sender for more information (once, within 5 working days of receipt).</summary>
    public sealed record RequestInformation(string? Request) : FeedbackAction;

    public sealed record Answer(string? Text) : FeedbackAction;

    /// <summary>Publish the answer in these texts (personal data removed).</summary>
    public sealed record Publish(string? Title, string? Question, string? AnswerText) : FeedbackAction;
}

/// <summary>What a command gave: the feedback after it, or why nothing was written.</summary>
public sealed record FeedbackActionOutcome(FeedbackItem? Item, string? Error, bool NotFound = false, bool Conflict = false)
{
    public bool Succeeded => Error is null && !NotFound;
}

/// <summary>
/// Runs staff commands on a feedback: checks that the person may see it (else 404) and may give the command
/// (<see cref="FeedbackAccess"/>), asks the rules, and appends the events with their notifications in one transaction.
/// </summary>
public sealed class FeedbackActions(
    FeedbackStore store,
    FeedbackAccess access,
    FeedbackNotifications notifications,
    WorkingCalendarProvider calendars,
    Units.UnitDirectory units,
    IClock clock)
{
    public const string NotTheOffice = "Chỉ Văn phòng UBND phân loại, chuyển đơn vị xử lý phản ánh.";
    public const string NotTheUnit = "Chỉ lãnh đạo, chuyên viên của đơn vị được giao xử lý thực hiện việc này.";

    public async Task<FeedbackActionOutcome> RunAsync(Guid id, StaffMember staff, FeedbackAction action, CancellationToken cancellationToken)
    {
        var item = await store.FindAsync(id, cancellationToken);
        if (item is null || !access.CanSee(staff, item))
        {
            return new FeedbackActionOutcome(null, null, NotFound: true);
        }

        var now = clock.GetCurrentInstant();
        switch (action)
        {
            case FeedbackAction.Route route:
                if (!access.CanRoute(staff))
                {
                    return new FeedbackActionOutcome(null, NotTheOffice);
                }

                if (route.UnitCode is { Length: > 0 } code && await units.FindAsync(code, cancellationToken) is not { Current: true })
                {
                    return new FeedbackActionOutcome(null, "Đơn vị không có trong danh mục.");
                }

                return await AppendAsync(item, staff, FeedbackRules.Route(item, route.UnitCode, route.Reason),
                    ct => notifications.StageRoutedAsync(item, ct), cancellationToken);

            case FeedbackAction.Publish publish:
                if (!access.CanPublish(staff, item))
                {
                    return new FeedbackActionOutcome(null, NotTheUnit);
                }

                var sender = await store.SenderAsync(item.Id, cancellationToken);
                var names = sender?.FullName is { } name ? new[] { name } : [];
                return await AppendAsync(item, staff, FeedbackRules.Publish(item, publish.Title, publish.Question, publish.AnswerText, names), null, cancellationToken);

            default:
                break;
        }

        if (!access.CanHandle(staff, item))
        {
            return new FeedbackActionOutcome(null, NotTheUnit);
        }

        switch (action)
        {
            case FeedbackAction.Refuse refuse:
            {
                var decision = FeedbackRules.Refuse(item, refuse.Reason, now);
                var sender = decision.Accepted ? await store.SenderAsync(item.Id, cancellationToken) : null;
                return await AppendAsync(item, staff, decision, ct =>
                {
                    notifications.StageRefused(item, sender, decision.Events[0].Reason ?? string.Empty);
                    return Task.CompletedTask;
                }, cancellationToken);
            }

            case FeedbackAction.RequestInformation request:
            {
                var decision = FeedbackRules.RequestInformation(item, request.Request, now);
                var sender = decision.Accepted ? await store.SenderAsync(item.Id, cancellationToken) : null;
                return await AppendAsync(item, staff, decision, ct =>
                {
                    notifications.StageInformationRequested(item, sender, ((InformationRequested)decision.Events[0].Event).Request);
                    return Task.CompletedTask;
                }, cancellationToken);
            }

            case FeedbackAction.Answer answer:
            {
                var decision = FeedbackRules.Answer(item, answer.Text, now);
                var sender = decision.Accepted ? await store.SenderAsync(item.Id, cancellationToken) : null;
                return await AppendAsync(item, staff, decision, ct =>
                {
                    notifications.StageAnswered(item, sender);
                    return Task.CompletedTask;
                }, cancellationToken);
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }

    /// <summary>The working calendar, for pages that show the time left.</summary>
    public Task<Domain.Calendar.WorkingCalendar> CalendarAsync(CancellationToken cancellationToken) => calendars.GetAsync(cancellationToken);

    private async Task<FeedbackActionOutcome> AppendAsync(FeedbackItem item, StaffMember staff, FeedbackDecision decision, Func<CancellationToken, Task>? notify, CancellationToken cancellationToken)
    {
        if (!decision.Accepted)
        {
            return new FeedbackActionOutcome(null, decision.Error);
        }

        store.Stage(item, decision, staff.Actor);
        if (notify is not null)
        {
            await notify(cancellationToken);
        }

        return await store.SaveAsync(cancellationToken)
            ? new FeedbackActionOutcome(item, null)
            : new FeedbackActionOutcome(null, FeedbackStore.ConflictMessage, Conflict: true);
    }
}
