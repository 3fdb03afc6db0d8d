using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Data;
using MotCua.Data.Identity;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Web.Features.Dossiers.Notifications;
using NodaTime;

namespace MotCua.Web.Features.Dossiers.Warnings;

/// <summary>Settings under <c>MotCua:Warnings</c>.</summary>
public sealed class WarningOptions
{
    /// <summary>Warn when this much working time is left before a due time (default 1 working day = 8 h).</summary>
    public double DueSoonWorkingHours { get; set; } = 8;

    /// <summary>Escalate to the unit's leader after this much working time overdue, and to the parent unit's leaders
    /// after twice as much (default 1 working day).</summary>
    public double EscalateAfterWorkingHours { get; set; } = 8;
}

/// <summary>What one run of the warning job did.</summary>
public sealed record WarningRun(int DueSoon, int Overdue, int EscalatedToLeader, int EscalatedToParent, int Drafts);

/// <summary>
/// The warning job: for every open dossier whose clock runs, compares the current step's due time (or the
/// dossier's, or — for an online submission — the 8-hour receipt limit) with now in working time, and appends
/// a <see cref="Warned"/> event with notifications: due soon → the performer; overdue → the performer; overdue for
/// longer → the unit's leaders, then the parent unit's leaders. When the dossier itself will be late, an apology
/// and new-appointment draft (Mẫu 04) is prepared. Each level is sent once per step (the projection remembers).
/// </summary>
public sealed class DossierWarnings(
    MotCuaDbContext db,
    DossierStore store,
    DossierNotifications notifications,
    Calendar.WorkingCalendarProvider workingTime,
    UserManager<UserAccount> users,
    IOptions<WarningOptions> options,
    IClock clock)
{
    private static readonly DossierStatus[] Running = [DossierStatus.Submitted, DossierStatus.Received, DossierStatus.Processing];

    public async Task<WarningRun> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var calendar = await workingTime.GetAsync(cancellationToken);
        var window = Duration.FromHours(options.Value.DueSoonWorkingHours);
        var escalate = Duration.FromHours(options.Value.EscalateAfterWorkingHours);
        // Anything due within the window is due within (window + 4 days) of wall-clock time, whatever the holidays.
        var horizon = now + window + Duration.FromDays(10);
        var candidates = await db.Dossiers
            .Where(d => Running.Contains(d.Status) && d.PausedAt == null
                && ((d.StepDueAt ?? d.DueAt ?? d.ReceiptDueAt) < horizon)
                && (d.LastWarning == null || d.LastWarning != WarningKind.EscalatedToParent))
            .OrderBy(d => d.StepDueAt ?? d.DueAt ?? d.ReceiptDueAt)
            .Take(5_000)
            .ToListAsync(cancellationToken);

        int dueSoon = 0, overdue = 0, leader = 0, parent = 0, drafts = 0;
        foreach (var d in candidates)
        {
            var due = d.Status == DossierStatus.Submitted ? d.ReceiptDueAt : d.StepDueAt ?? d.DueAt;
            if (due is not { } limit)
            {
                continue;
            }

            WarningKind? level = null;
            if (now > limit)
            {
                var late = calendar.WorkingTimeBetween(limit, now);
                level = late >= escalate * 2 ? WarningKind.EscalatedToParent
                    : late >= escalate ? WarningKind.EscalatedToLeader
                    : WarningKind.Overdue;
            }
            else if (calendar.WorkingTimeBetween(now, limit) <= window)
            {
                level = WarningKind.DueSoon;
            }

            if (level is not { } kind || (d.LastWarning is { } last && last >= kind))
            {
                continue;
            }

            var target = kind == WarningKind.EscalatedToParent ? await ParentCodeAsync(d.HolderUnitCode, cancellationToken) ?? d.HolderUnitCode : d.HolderUnitCode;
            var warned = new Warned(kind, target, d.StepIndex);
            // Notifications and the draft are staged first, so that they are saved with the event, in one transaction.
            await notifications.StageWarningAsync(d, warned, await RecipientsAsync(d, kind, target, cancellationToken), cancellationToken);
            if (d.Status != DossierStatus.Submitted && !d.Extended && d.DueAt is { } dossierDue
                && (d.StepDueAt is null || d.StepDueAt >= dossierDue || calendar.WorkingTimeBetween(now, dossierDue) <= window || now > dossierDue)
                && await PrepareDraftAsync(d, dossierDue, now, calendar, cancellationToken))
            {
                drafts++;
            }

            var result = await store.AppendAsync(d, Decision.Accept((warned, null)), Actor.System, cancellationToken);
            if (!result.Succeeded)
            {
                continue;
            }

            switch (kind)
            {
                case WarningKind.DueSoon: dueSoon++; break;
                case WarningKind.Overdue: overdue++; break;
                case WarningKind.EscalatedToLeader: leader++; break;
                default: parent++; break;
            }
        }

        return new WarningRun(dueSoon, overdue, leader, parent, drafts);
    }

    /// <summary>Prepares (once) a Mẫu 04 draft when the remaining steps cannot fit before the appointment: the
    /// proposed date gives the remaining steps their shares again from now.</summary>
    private async Task<bool> PrepareDraftAsync(Dossier d, Instant due, Instant now, IWorkingTime calendar, CancellationToken cancellationToken)
    {
        if (await db.ExtensionDrafts.AnyAsync(x => x.DossierId == d.Id, cancellationToken) || d.Terms is not { } terms)
        {
            return false;
        }

        var remainingShare = d.StepIndex is { } step ? terms.Steps.Skip(step).Sum(s => s.Share) : 0.1;
        var total = terms.ProcessingTime.Unit == DeadlineUnit.WorkingHours
            ? Duration.FromHours(terms.ProcessingTime.Amount)
            : calendar.WorkingDayLength * terms.ProcessingTime.Amount;
        var proposed = calendar.AddWorkingTime(now, Duration.FromMinutes(Math.Max(60, Math.Round(total.TotalMinutes * remainingShare))));
        if (proposed <= due)
        {
            proposed = calendar.AddWorkingTime(due, calendar.WorkingDayLength);
        }

        db.ExtensionDrafts.Add(new ExtensionDraft
        {
            DossierId = d.Id,
            CurrentDueAt = due,
            ProposedDueAt = proposed,
            Reason = $"Hồ sơ đang ở bước {d.StepName ?? "cuối"}, chưa thể hoàn thành đúng hẹn. Cơ quan giải quyết xin lỗi ông/bà và hẹn lại ngày trả kết quả.",
            PreparedAt = now,
        });
        return true;
    }

    private async Task<string?> ParentCodeAsync(string unitCode, CancellationToken cancellationToken) =>
        await db.Units.Where(u => u.Code == unitCode && u.Parent != null).Select(u => u.Parent!.Code).FirstOrDefaultAsync(cancellationToken);

    private async Task<IReadOnlyList<string>> RecipientsAsync(Dossier d, WarningKind kind, string targetUnitCode, CancellationToken cancellationToken)
    {
        var emails = new List<string>();
        if (kind is WarningKind.DueSoon or WarningKind.Overdue)
        {
            if (d.AssigneeId is not null && await users.FindByIdAsync(d.AssigneeId) is { Email: { } assigneeEmail })
            {
                emails.Add(assigneeEmail);
                return emails;
            }
        }

        var unitId = await db.Units.Where(u => u.Code == targetUnitCode).Select(u => (int?)u.Id).FirstOrDefaultAsync(cancellationToken);
        if (unitId is null)
        {
            return emails;
        }

        var role = kind switch
        {
            WarningKind.DueSoon or WarningKind.Overdue => Roles.Specialist,
            WarningKind.EscalatedToParent when targetUnitCode.Length <= 3 => Roles.ProvinceLeader,
            _ => Roles.UnitLeader,
        };
        var inRole = await users.GetUsersInRoleAsync(role);
        emails.AddRange(inRole.Where(u => u.UnitId == unitId && u.Email is not null).Select(u => u.Email!));
        return emails;
    }
}

/// <summary>Runs the warning job every few minutes in the web host.</summary>
public sealed class DossierWarningWorker(IServiceProvider services, ILogger<DossierWarningWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(5));
        do
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var run = await scope.ServiceProvider.GetRequiredService<DossierWarnings>().RunAsync(stoppingToken);
                if (run.DueSoon + run.Overdue + run.EscalatedToLeader + run.EscalatedToParent > 0)
                {
                    logger.LogInformation("Dossier warnings: {DueSoon} due soon, {Overdue} overdue, {Leader}+{Parent} escalated, {Drafts} apology drafts",
                        run.DueSoon, run.Overdue, run.EscalatedToLeader, run.EscalatedToParent, run.Drafts);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError("Dossier warning job failed: {Error}", ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
