using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Reform;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Reform.Notifications;
using NodaTime;
using NodaTime.Calendars;

namespace MotCua.Web.Features.Reform.Reminders;

/// <summary>What one run of the chasing job did.</summary>
public sealed record ReminderRun(int BeforeDeadline, int Overdue, int Escalated, bool DigestSent);

/// <summary>
/// The chasing job (<c>motcua reform remind</c>, and every <see cref="ReformOptions.JobIntervalMinutes"/> in the web
/// host): on a working day, for every task in progress with a deadline, asks <see cref="ReminderRules"/> which
/// reminder it is owed (7, 3, 1 working days before, overdue, escalated), writes it through the outbox and records a
/// <see cref="ReminderSent"/> event in the same transaction — the event is what keeps it from being sent twice. Then,
/// once per ISO week, the digest to the Office (kept from repeating by its outbox topic).
/// </summary>
public sealed class ReformReminders(
    MotCuaDbContext db,
    ReformTaskStore store,
    ReformNotifications notifications,
    WorkingCalendarProvider workingTime,
    IOptions<ReformOptions> options,
    IClock clock)
{
    private const int DigestListLength = 15;

    public async Task<ReminderRun> RunAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var calendar = await workingTime.GetAsync(cancellationToken);
        if (!calendar.IsWorkingDay(today))
        {
            return new ReminderRun(0, 0, 0, false);
        }

        var schedule = options.Value.Schedule;
        // A step of N working days is at most about 2N + 14 calendar days away, whatever the holidays (Tết).
        var horizon = today.PlusDays((schedule.Steps.Count == 0 ? 0 : schedule.Steps[0] * 2) + 14);
        var candidates = await store.Tasks
            .Where(t => (t.State == ReformTaskState.Assigned || t.State == ReformTaskState.InProgress)
                && t.DueOn != null && t.DueOn <= horizon
                && !(t.Escalated && t.RemindedFor == t.DueOn))
            .OrderBy(t => t.DueOn)
            .Take(5_000)
            .Select(t => t.Id)
            .ToListAsync(cancellationToken);

        int before = 0, overdue = 0, escalated = 0;
        foreach (var id in candidates)
        {
            var task = await store.FindAsync(id, cancellationToken);
            if (task is null || ReminderRules.Due(task, today, calendar, schedule) is not { } due)
            {
                continue;
            }

            var recipients = await notifications.StageReminderAsync(task, due, cancellationToken);
            var result = await store.AppendAsync(task,
                ReformDecision.Accept(new ReminderSent(due.Kind, due.DueOn, due.Threshold, due.WorkingDays, recipients)), Actor.System, cancellationToken);
            if (!result.Succeeded)
            {
                continue;
            }

            switch (due.Kind)
            {
                case ReminderKind.BeforeDeadline: before++; break;
                case ReminderKind.Overdue: overdue++; break;
                default: escalated++; break;
            }
        }

        var digest = await SendDigestAsync(today, calendar, cancellationToken);
        return new ReminderRun(before, overdue, escalated, digest);
    }

    /// <summary>The topic of a week's digest ("reform:digest:2025-W48").</summary>
    public static string DigestTopic(LocalDate day)
    {
        var rule = WeekYearRules.Iso;
        return string.Create(CultureInfo.InvariantCulture, $"reform:digest:{rule.GetWeekYear(day):0000}-W{rule.GetWeekOfWeekYear(day):00}");
    }

    private async Task<bool> SendDigestAsync(LocalDate today, Domain.Calendar.WorkingCalendar calendar, CancellationToken cancellationToken)
    {
        var topic = DigestTopic(today);
        if (await db.Outbox.AnyAsync(m => m.Topic == topic, cancellationToken))
        {
            return false;
        }

        var open = await store.Tasks.AsNoTracking()
            .Where(t => t.State == ReformTaskState.Assigned || t.State == ReformTaskState.InProgress || t.State == ReformTaskState.ReportedDone)
            .ToListAsync(cancellationToken);
        if (open.Count == 0)
        {
            return false;
        }

        var overdue = open.Where(t => t.IsOverdueOn(today)).OrderBy(t => t.DueOn).ToList();
        var week = today.PlusDays(7);
        var soon = open.Where(t => !t.IsOverdueOn(today) && t.State != ReformTaskState.ReportedDone && t.DueOn is { } d && d >= today && d <= week)
            .OrderBy(t => t.DueOn).ToList();
        var awaiting = open.Where(t => t.State == ReformTaskState.ReportedDone).OrderBy(t => t.ReportedDoneOn).ToList();

        var culture = CultureInfo.InvariantCulture;
        var rule = WeekYearRules.Iso;
        var body = new StringBuilder();
        body.Append(culture, $"MotCua — Tổng hợp nhiệm vụ cải cách hành chính, tuần {rule.GetWeekOfWeekYear(today)}/{rule.GetWeekYear(today)} (ngày {today.ToString("dd/MM/yyyy", culture)}).\n");
        body.Append(culture, $"Đang theo dõi {open.Count} nhiệm vụ: {overdue.Count} quá hạn, {soon.Count} đến hạn trong 7 ngày tới, {awaiting.Count} chờ Văn phòng nghiệm thu.\n");
        Section(body, "Quá hạn", overdue, t => $"quá {Domain.Reform.ReminderRules.WorkingDaysAfter(t.DueOn!.Value, today, calendar)} ngày làm việc (hạn {t.DueOn!.Value.ToString("dd/MM/yyyy", culture)})");
        Section(body, "Đến hạn trong 7 ngày tới", soon, t => $"hạn {t.DueOn!.Value.ToString("dd/MM/yyyy", culture)}, tiến độ {t.Percent}%");
        Section(body, "Chờ nghiệm thu", awaiting, t => $"báo cáo hoàn thành ngày {t.ReportedDoneOn?.ToString("dd/MM/yyyy", culture)}");
        body.Append("Chi tiết: /Reform (danh sách nhiệm vụ), /Reform/Dashboard (tỷ lệ hoàn thành theo cơ quan).");

        var text = body.ToString();
        if (text.Length > 4000)
        {
            text = text[..3990] + "\n…";
        }

        var subject = string.Create(culture, $"[MotCua] Nhiệm vụ CCHC tuần {rule.GetWeekOfWeekYear(today)}: {overdue.Count} quá hạn, {soon.Count} sắp đến hạn");
        if (await notifications.StageDigestAsync(topic, subject, text, cancellationToken) == 0)
        {
            return false;
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static void Section(StringBuilder body, string title, List<ReformTask> tasks, Func<ReformTask, string> detail)
    {
        if (tasks.Count == 0)
        {
            return;
        }

        body.Append(CultureInfo.InvariantCulture, $"\n{title} ({tasks.Count}):\n");
        foreach (var (t, i) in tasks.Take(DigestListLength).Select((t, i) => (t, i)))
        {
            body.Append(CultureInfo.InvariantCulture, $"{i + 1}. [{t.LeadName}] {ReformNotifications.Short(t.Text, 120)} — {detail(t)}\n");
        }

        if (tasks.Count > DigestListLength)
        {
            body.Append(CultureInfo.InvariantCulture, $"… và {tasks.Count - DigestListLength} nhiệm vụ khác.\n");
        }
    }
}

/// <summary>Runs the chasing job in the web host (when <c>MotCua:Jobs:Enabled</c>).</summary>
public sealed class ReformReminderWorker(IServiceProvider services, IOptions<ReformOptions> options, ILogger<ReformReminderWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.Value.JobIntervalMinutes)));
        do
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var run = await scope.ServiceProvider.GetRequiredService<ReformReminders>().RunAsync(stoppingToken);
                if (run.BeforeDeadline + run.Overdue + run.Escalated > 0 || run.DigestSent)
                {
                    logger.LogInformation("Reform reminders: {Before} before the deadline, {Overdue} overdue, {Escalated} escalated, digest {Digest}",
                        run.BeforeDeadline, run.Overdue, run.Escalated, run.DigestSent);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError("Reform reminder job failed: {Error}", ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
