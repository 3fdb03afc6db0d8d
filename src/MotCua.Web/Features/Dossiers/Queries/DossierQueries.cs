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

/// <summary>Reading dossiers: details with timeline, queues with counts, a citizen's own, and the public lookup.</summary>
public sealed class DossierQueries(MotCuaDbContext db, DossierStore store, DossierVisibility visibility, Calendar.WorkingCalendarProvider calendars, IClock clock, Units.UnitDirectory units)
{
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

        var d = await Lookup.For(db)(db, code.Trim(), phone, key, cancellationToken);
        return d is null ? null : await ViewAsync(d, staffView: false, cancellationToken);
    }

    /// <summary>The dossier with this code whose applicant has this phone (normalized) or ID number, in one query;
    /// compiled, since anyone may ask it at any rate.</summary>
    private static readonly PerModel<Func<MotCuaDbContext, string, string?, string, CancellationToken, Task<Dossier?>>> Lookup = new(() => EF.CompileAsyncQuery(
        (MotCuaDbContext db, string code, string? phone, string key, CancellationToken cancellationToken) => db.Dossiers.AsNoTracking().FirstOrDefault(x => x.Code == code
            && db.DossierApplicants.Any(a => a.DossierId == x.Id && ((phone != null && a.Phone == phone) || a.IdNumber == key)))));

    /// <summary>A queue for a staff member (its first <paramref name="limit"/> dossiers, soonest due first), with every
    /// queue's count (for the badges that refresh).</summary>
    public async Task<(IReadOnlyList<QueueItem> Items, IReadOnlyDictionary<Queue, int> Counts)> QueueAsync(
        StaffMember staff, Queue queue, string? search, int limit, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var endOfToday = VietnamTime.ToInstant(VietnamTime.Today(clock).PlusDays(1).AtMidnight());
        var scope = staff.ScopeUnitCodes.ToArray();
        var counts = await DossierQueues.CountAsync(db, staff.SeesProvince, scope, staff.UserId, now, endOfToday, cancellationToken);
        var lines = await DossierQueues.ListAsync(
            db, queue, staff.SeesProvince, scope, staff.UserId, now, endOfToday, search?.Trim() ?? string.Empty, limit, cancellationToken);
        return ([.. lines.Select(line => Item(line, now))], counts.ToDictionary());
    }

    private static QueueItem Item(Dossier d, Instant now) =>
        new(d.Id, d.Code, d.ProcedureName, d.Status, d.StepName, d.AssigneeName, d.DueAt, d.StepDueAt, d.ReceiptDueAt,
            IsOverdue(d.Status, d.PausedAt, d.DueAt, d.ReceiptDueAt, now));

    private static QueueItem Item(DossierQueues.Line d, Instant now) =>
        new(d.Id, d.Code, d.ProcedureName, d.Status, d.StepName, d.AssigneeName, d.DueAt, d.StepDueAt, d.ReceiptDueAt,
            IsOverdue(d.Status, d.PausedAt, d.DueAt, d.ReceiptDueAt, now));

    /// <summary>Past its appointment (or, not yet received, past the 8 working hours to receive it), clock running.</summary>
    private static bool IsOverdue(DossierStatus status, Instant? pausedAt, Instant? dueAt, Instant? receiptDueAt, Instant now) =>
        !DossierStatusText.IsTerminal(status) && status != DossierStatus.Finished && pausedAt is null
        && ((dueAt is { } due && due < now) || (status == DossierStatus.Submitted && receiptDueAt < now));

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
