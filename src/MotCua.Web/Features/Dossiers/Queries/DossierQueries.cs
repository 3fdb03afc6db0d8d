using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.EventLog;
using MotCua.Web.Infrastructure;
using NodaTime;

namespace MotCua.Web.Features.Dossiers.Queries;

/// <summary>One line of a dossier's history.</summary>
/// <param name="Sequence">Position in the stream.</param>
/// <param name="At">When it happened.</param>
/// <param name="Type">Event type.</param>
/// <param name="Text">What happened, in Vietnamese.</param>
/// <param name="UnitCode">The unit that acted.</param>
/// <param name="UnitName">Its name.</param>
/// <param name="Actor">Officer's name and title (staff views only; null for citizens and the public).</param>
/// <param name="Reason">The reason given, where the event has one.</param>
/// <param name="Imported">Imported from another system.</param>
public sealed record TimelineEntry(int Sequence, Instant At, string Type, string Text, string? UnitCode, string? UnitName, string? Actor, string? Reason, bool Imported);

/// <summary>A dossier as a page or the API shows it, with its due times and history.</summary>
public sealed record DossierView(
    Guid Id,
    string Code,
    string ProcedureCode,
    string ProcedureName,
    Channel Channel,
    DossierStatus Status,
    string StatusText,
    string ReceivingUnit,
    string CompetentUnit,
    string HolderUnit,
    string? StepName,
    int? StepNumber,
    int StepCount,
    Instant? SubmittedAt,
    Instant? ReceivedAt,
    Instant? DueAt,
    Instant? OriginalDueAt,
    Instant? StepDueAt,
    Duration? TimeLeft,
    Timeliness Timeliness,
    int SupplementCount,
    bool Paused,
    IReadOnlyList<TimelineEntry> Timeline);

/// <summary>A line of a queue.</summary>
public sealed record QueueItem(Guid Id, string Code, string ProcedureName, DossierStatus Status, string? StepName, string? AssigneeName, Instant? DueAt, Instant? StepDueAt, Instant? ReceiptDueAt, bool Overdue);

/// <summary>The row of the one query that counts every queue (one property per <see cref="Queue"/>, same name).</summary>
public sealed class QueueCountRow
{
    public int ToReceive { get; set; }

    public int Mine { get; set; }

    public int Unit { get; set; }

    public int DueToday { get; set; }

    public int Overdue { get; set; }

    public int WaitingSupplement { get; set; }

    public int ToReturn { get; set; }
}

/// <summary>The queues of the officer workspace.</summary>
public enum Queue
{
    /// <summary>Online submissions waiting to be received at my unit.</summary>
    ToReceive,

    /// <summary>Steps assigned to me.</summary>
    Mine,

    /// <summary>At my unit (holder in scope), open.</summary>
    Unit,

    /// <summary>Open, with the dossier or step due today.</summary>
    DueToday,

    /// <summary>Open and past the dossier's or step's due time.</summary>
    Overdue,

    /// <summary>Waiting for the applicant's supplement.</summary>
    WaitingSupplement,

    /// <summary>Finished, waiting to be returned at my unit.</summary>
    ToReturn,
}

/// <summary>Reading dossiers: details with timeline, queues with counts, a citizen's own, and the public lookup.</summary>
public sealed class DossierQueries(MotCuaDbContext db, DossierStore store, DossierVisibility visibility, Calendar.WorkingCalendarProvider calendars, IClock clock, Units.UnitDirectory units)
{
    private static readonly DossierStatus[] Open =
        [DossierStatus.Submitted, DossierStatus.Received, DossierStatus.Processing, DossierStatus.WaitingSupplement, DossierStatus.WaitingPayment];

    /// <summary>Every status some queue holds: the open ones and finished dossiers to return.</summary>
    private static readonly DossierStatus[] Queued = [.. Open, DossierStatus.Finished];

    /// <summary>Where each queue's count lands in <see cref="QueueCountRow"/> (looked up once).</summary>
    private static readonly IReadOnlyDictionary<Queue, System.Reflection.PropertyInfo> CountProperties =
        Enum.GetValues<Queue>().ToDictionary(q => q, q => typeof(QueueCountRow).GetProperty(q.ToString())!);

    /// <summary>A dossier for staff (null when missing or outside her scope).</summary>
    public async Task<DossierView?> ForStaffAsync(Guid id, StaffMember staff, CancellationToken cancellationToken)
    {
        var d = await db.Dossiers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        return d is null || !visibility.CanSee(staff, d) ? null : await ViewAsync(d, staffView: true, cancellationToken);
    }

    /// <summary>A dossier for the citizen who submitted it (null otherwise).</summary>
    public async Task<DossierView?> ForCitizenAsync(Guid id, string userId, CancellationToken cancellationToken)
    {
        var owned = await db.DossierApplicants.AsNoTracking().AnyAsync(a => a.DossierId == id && a.UserId == userId, cancellationToken);
        if (!owned)
        {
            return null;
        }

        var d = await db.Dossiers.AsNoTracking().FirstAsync(x => x.Id == id, cancellationToken);
        return await ViewAsync(d, staffView: false, cancellationToken);
    }

    /// <summary>A citizen's dossiers, newest first.</summary>
    public async Task<IReadOnlyList<QueueItem>> OfCitizenAsync(string userId, CancellationToken cancellationToken)
    {
        var ids = db.DossierApplicants.Where(a => a.UserId == userId).Select(a => a.DossierId);
        var rows = await db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.Id))
            .OrderByDescending(d => d.SubmittedAt).Take(200).ToListAsync(cancellationToken);
        var now = clock.GetCurrentInstant();
        return [.. rows.Select(d => Item(d, now))];
    }

    /// <summary>
    /// Public lookup by dossier code plus the applicant's phone or ID number (both compared exactly after
    /// normalisation). Shows status and timeline only: no name, no number, no officer. A wrong pair answers the
    /// same as an unknown code.
    /// </summary>
    public async Task<DossierView?> PublicLookupAsync(string code, string phoneOrId, CancellationToken cancellationToken)
    {
        var key = phoneOrId.Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
        var phone = ApplicantRules.NormalizePhone(key);
        if (string.IsNullOrEmpty(code) || key.Length < 9)
        {
            return null;
        }

        var trimmed = code.Trim();
        var d = await db.Dossiers.AsNoTracking().FirstOrDefaultAsync(x => x.Code == trimmed
            && db.DossierApplicants.Any(a => a.DossierId == x.Id && ((phone != null && a.Phone == phone) || a.IdNumber == key)), cancellationToken);
        return d is null ? null : await ViewAsync(d, staffView: false, cancellationToken);
    }

    /// <summary>A queue for a staff member, with every queue's count (for the badges that refresh).</summary>
    public async Task<(IReadOnlyList<QueueItem> Items, IReadOnlyDictionary<Queue, int> Counts)> QueueAsync(
        StaffMember staff, Queue queue, string? search, int limit, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var endOfToday = VietnamTime.ToInstant(VietnamTime.Today(clock).PlusDays(1).AtMidnight());
        var visible = visibility.Visible(db.Dossiers.AsNoTracking(), staff);
        // Every queue's count in ONE query (a conditional count per queue), not one query per queue: the badges
        // are on every workspace page and refresh on their own.
        var group = Expression.Parameter(typeof(IGrouping<int, Dossier>), "g");
        var bindings = CountProperties.Select(p => Expression.Bind(
            p.Value,
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(Dossier)], group, Predicate(staff, p.Key, now, endOfToday))));
        var selector = Expression.Lambda<Func<IGrouping<int, Dossier>, QueueCountRow>>(
            Expression.MemberInit(Expression.New(typeof(QueueCountRow)), bindings), group);
        // Only dossiers some queue can hold, found through the (unit, status) indexes, are counted.
        var scope = staff.ScopeUnitCodes.ToList();
        var queued = Queued;
        var candidates = visible.Where(d => EF.Constant(queued).Contains(d.Status)
            && (EF.Constant(scope).Contains(d.HolderUnitCode) || EF.Constant(scope).Contains(d.ReceivingUnitCode) || d.AssigneeId == staff.UserId));
        var row = await candidates.GroupBy(d => 1).Select(selector).FirstOrDefaultAsync(cancellationToken) ?? new QueueCountRow();
        var counts = CountProperties.ToDictionary(p => p.Key, p => (int)p.Value.GetValue(row)!);

        var query = visible.Where(Predicate(staff, queue, now, endOfToday));
        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim();
            query = query.Where(d => d.Code.Contains(s) || d.ProcedureCode == s);
        }

        var rows = await query.OrderBy(d => d.StepDueAt ?? d.DueAt ?? d.ReceiptDueAt).Take(limit).ToListAsync(cancellationToken);
        return ([.. rows.Select(d => Item(d, now))], counts);
    }

    /// <summary>Which dossiers a queue holds, as a predicate the database evaluates (both in the list and in the
    /// conditional counts).</summary>
    private static Expression<Func<Dossier, bool>> Predicate(StaffMember staff, Queue queue, Instant now, Instant endOfToday)
    {
        var scope = staff.ScopeUnitCodes.ToList();
        var open = Open;
        return queue switch
        {
            Queue.ToReceive => (d => d.Status == DossierStatus.Submitted && EF.Constant(scope).Contains(d.ReceivingUnitCode)),
            Queue.Mine => (d => d.AssigneeId == staff.UserId && EF.Constant(open).Contains(d.Status)),
            Queue.Unit => (d => EF.Constant(scope).Contains(d.HolderUnitCode) && EF.Constant(open).Contains(d.Status)),
            Queue.DueToday => (d => EF.Constant(scope).Contains(d.HolderUnitCode) && EF.Constant(open).Contains(d.Status)
                && ((d.StepDueAt != null && d.StepDueAt >= now && d.StepDueAt < endOfToday) || (d.DueAt != null && d.DueAt >= now && d.DueAt < endOfToday))),
            Queue.Overdue => (d => EF.Constant(scope).Contains(d.HolderUnitCode) && EF.Constant(open).Contains(d.Status) && d.PausedAt == null
                && ((d.DueAt != null && d.DueAt < now) || (d.StepDueAt != null && d.StepDueAt < now) || (d.Status == DossierStatus.Submitted && d.ReceiptDueAt < now))),
            Queue.WaitingSupplement => (d => d.Status == DossierStatus.WaitingSupplement && (EF.Constant(scope).Contains(d.HolderUnitCode) || EF.Constant(scope).Contains(d.ReceivingUnitCode))),
            Queue.ToReturn => (d => d.Status == DossierStatus.Finished && EF.Constant(scope).Contains(d.ReceivingUnitCode)),
            _ => d => false,
        };
    }

    private static QueueItem Item(Dossier d, Instant now) =>
        new(d.Id, d.Code, d.ProcedureName, d.Status, d.StepName, d.AssigneeName, d.DueAt, d.StepDueAt, d.ReceiptDueAt,
            !DossierStatusText.IsTerminal(d.Status) && d.Status != DossierStatus.Finished && d.PausedAt is null
            && ((d.DueAt is { } due && due < now) || (d.Status == DossierStatus.Submitted && d.ReceiptDueAt < now)));

    private async Task<DossierView> ViewAsync(Dossier d, bool staffView, CancellationToken cancellationToken)
    {
        var events = await store.EventsAsync(d.Id, cancellationToken);
        var unitCodes = events.Select(e => e.UnitCode).Append(d.ReceivingUnitCode).Append(d.CompetentUnitCode).Append(d.HolderUnitCode)
            .Where(c => c is not null).Distinct().ToList();
        var names = await units.NamesAsync(unitCodes!, cancellationToken);
        string Name(string? code) => code is not null && names.TryGetValue(code, out var n) ? n : code ?? string.Empty;

        var english = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var timeline = events
            .Where(e => staffView || DossierEventText.IsPublic(e.Type))
            .Select(e => new TimelineEntry(e.Sequence, e.OccurredAt, e.Type, DossierEventText.Describe(e, english), e.UnitCode, Name(e.UnitCode),
                staffView ? e.ActorName : null, staffView || PublicReason(e) ? e.Reason : null, e.Imported))
            .ToList();
        var now = clock.GetCurrentInstant();
        var calendar = await calendars.GetAsync(cancellationToken);
        // Working time left: what the officer (and the citizen) can still count on, paused clocks stopped.
        Duration? left = d.DueAt is { } due && !DossierStatusText.IsTerminal(d.Status) && d.Status != DossierStatus.Finished
            ? calendar.WorkingTimeBetween(d.PausedAt ?? now, due)
            : null;
        return new DossierView(d.Id, d.Code, d.ProcedureCode, d.ProcedureName, d.Channel, d.Status, DossierStatusText.Vietnamese(d.Status),
            Name(d.ReceivingUnitCode), Name(d.CompetentUnitCode), Name(d.HolderUnitCode), d.StepName, d.StepIndex + 1, d.Terms?.Steps.Count ?? 0,
            d.SubmittedAt, d.ReceivedAt, d.DueAt, d.OriginalDueAt, d.StepDueAt, left, d.TimelinessAt(now), d.SupplementCount, d.IsPaused, timeline);
    }

    /// <summary>Reasons the applicant must read: refusal, supplement, send-back, extension, stop.</summary>
    private static bool PublicReason(LoggedEvent e) =>
        e.Type is nameof(Refused) or nameof(SupplementRequested) or nameof(SentBack) or nameof(Extended) or nameof(Stopped) or nameof(Withdrawn);
}
