using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Feedback.Notifications;
using NodaTime;

namespace MotCua.Web.Features.Feedback.Warnings;

/// <summary>Settings under <c>MotCua:Feedback</c>.</summary>
public sealed class FeedbackOptions
{
    public const string Section = "MotCua:Feedback";

    /// <summary>How often the warning job runs in the web host (minutes, default 30).</summary>
    public int JobIntervalMinutes { get; set; } = 30;
}

/// <summary>What one run of the warning job did.</summary>
public sealed record FeedbackWarningRun(int DueSoon, int Overdue, int Escalated);

/// <summary>
/// The warning job (<c>motcua feedback remind</c>, and every <see cref="FeedbackOptions.JobIntervalMinutes"/> in the
/// web host): for every running feedback that <see cref="FeedbackWarningRules"/> says is owed a warning, writes it
/// through the outbox and records a <see cref="FeedbackWarned"/> event in the same transaction — the event is what
/// keeps it from being sent twice. Nothing is sent on a day off.
/// </summary>
public sealed class FeedbackWarnings(FeedbackStore store, FeedbackNotifications notifications, WorkingCalendarProvider calendars, IClock clock)
{
    public async Task<FeedbackWarningRun> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var calendar = await calendars.GetAsync(cancellationToken);
        if (!calendar.IsWorkingDay(Domain.VietnamTime.ToLocal(now).Date))
        {
            return new FeedbackWarningRun(0, 0, 0);
        }

        // Two working days are at most about a week away, whatever the holidays (Tết).
        var horizon = now + Duration.FromDays(10);
        var candidates = await store.Items.AsNoTracking()
            .Where(f => (f.State == FeedbackState.Routing || f.State == FeedbackState.Processing) && f.DueAt <= horizon
                && !(f.WarnedFor == f.DueAt && f.LastWarning == FeedbackWarningKind.Escalated))
            .OrderBy(f => f.DueAt)
            .Take(5_000)
            .Select(f => f.Id)
            .ToListAsync(cancellationToken);

        int soon = 0, overdue = 0, escalated = 0;
        foreach (var id in candidates)
        {
            var item = await store.FindAsync(id, cancellationToken);
            if (item is null || FeedbackWarningRules.Due(item, now, calendar) is not { } kind)
            {
                continue;
            }

            var recipients = await notifications.StageWarningAsync(item, kind, cancellationToken);
            store.Stage(item, FeedbackDecision.Accept((new FeedbackWarned(kind, item.UnitCode, item.DueAt, recipients), null)), Actor.System);
            if (!await store.SaveAsync(cancellationToken))
            {
                continue;
            }

            switch (kind)
            {
                case FeedbackWarningKind.DueSoon: soon++; break;
                case FeedbackWarningKind.Overdue: overdue++; break;
                default: escalated++; break;
            }
        }

        return new FeedbackWarningRun(soon, overdue, escalated);
    }
}

/// <summary>Runs the warning job in the web host (when <c>MotCua:Jobs:Enabled</c>).</summary>
public sealed class FeedbackWarningWorker(IServiceProvider services, IOptions<FeedbackOptions> options, ILogger<FeedbackWarningWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.Value.JobIntervalMinutes)));
        do
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var run = await scope.ServiceProvider.GetRequiredService<FeedbackWarnings>().RunAsync(stoppingToken);
                if (run.DueSoon + run.Overdue + run.Escalated > 0)
                {
                    logger.LogInformation("Feedback warnings: {DueSoon} due soon, {Overdue} overdue, {Escalated} escalated", run.DueSoon, run.Overdue, run.Escalated);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError("Feedback warning job failed: {Error}", ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
