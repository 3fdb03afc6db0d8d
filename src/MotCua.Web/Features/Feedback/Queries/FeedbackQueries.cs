using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.EventLog;
using MotCua.Domain.Feedback;
using MotCua.Domain.Text;
using MotCua.Web.Infrastructure;
using NodaTime;

namespace MotCua.Web.Features.Feedback.Queries;

/// <summary>One line of a feedback's history.</summary>
/// <param name="Sequence">Position in the stream.</param>
/// <param name="At">When it happened.</param>
/// <param name="Type">Event type.</param>
/// <param name="Text">What happened, in Vietnamese.</param>
/// <param name="Details">What was asked, added or answered.</param>
/// <param name="Actor">Officer's name and title (staff views only).</param>
/// <param name="UnitName">The unit that acted (staff views only).</param>
/// <param name="Reason">The reason given (refusal, moving to another unit, re-opening).</param>
public sealed record FeedbackHistoryEntry(int Sequence, Instant At, string Type, string Text, string? Details, string? Actor, string? UnitName, string? Reason);

/// <summary>A feedback as a page shows it.</summary>
/// <param name="Item">The projection.</param>
/// <param name="UnitName">The handling unit's name.</param>
/// <param name="History">Its events in words (for the sender, without internal ones).</param>
/// <param name="ChainIntact">The stream's hash chain verifies and ends at the projection's head.</param>
/// <param name="Sender">The sender, for staff who may act on it; null otherwise.</param>
/// <param name="RefusalReason">Why it was refused, when it was.</param>
/// <param name="InformationRequest">What the handling unit asked for, when it did.</param>
public sealed record FeedbackView(FeedbackItem Item, string UnitName, IReadOnlyList<FeedbackHistoryEntry> History, bool ChainIntact, FeedbackSender? Sender, string? RefusalReason, string? InformationRequest);

/// <summary>A line of a list.</summary>
public sealed record FeedbackLine(Guid Id, string Code, string Title, FeedbackSubject Subject, FeedbackState State, string UnitCode, string UnitName, Instant SubmittedAt, Instant DueAt, bool Overdue, bool Paused, bool Published);

/// <summary>An answered and published feedback, as the public sees it (no personal data).</summary>
public sealed record PublishedFeedback(Guid Id, string Title, string Question, string Answer, FeedbackSubject Subject, string? ProcedureCode, string? ProcedureName, string UnitName, Instant SubmittedAt, Instant? AnsweredAt, Instant? PublishedAt);

/// <summary>The staff queues of feedback.</summary>
public enum FeedbackQueue
{
    /// <summary>Open (waiting for routing, in processing, or waiting for the sender).</summary>
    Open,

    /// <summary>Waiting for the Office to choose a unit.</summary>
    ToRoute,

    /// <summary>Waiting for the sender's information (clock stopped).</summary>
    WaitingInformation,

    /// <summary>Open, running and past the due time.</summary>
    Overdue,

    /// <summary>Answered.</summary>
    Answered,

    /// <summary>Refused.</summary>
    Refused,
}

/// <summary>Reading feedback: staff queues with counts and figures, one feedback for staff or for its sender, a
/// citizen's own, and the public page of published answers.</summary>
public sealed class FeedbackQueries(MotCuaDbContext db, FeedbackStore store, FeedbackAccess access, IClock clock)
{
    public const int PageSize = 20;

    /// <summary>A queue for a staff member, with every queue's count and the figures of all she may see.</summary>
    public async Task<(IReadOnlyList<FeedbackLine> Items, IReadOnlyDictionary<FeedbackQueue, int> Counts, FeedbackTally Tally)> QueueAsync(
        StaffMember staff, FeedbackQueue queue, string? search, int limit, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var visible = access.Visible(store.Items.AsNoTracking(), staff);
        var counts = new Dictionary<FeedbackQueue, int>();
        foreach (var q in Enum.GetValues<FeedbackQueue>())
        {
            counts[q] = await Filter(visible, q, now).CountAsync(cancellationToken);
        }

        var query = Filter(visible, queue, now);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var code = search.Trim().ToUpperInvariant();
            var key = VietnameseText.SearchKey(search);
            query = query.Where(f => f.Code == code || f.DossierCode == search.Trim() || (key.Length > 0 && f.TextKey.Contains(key)));
        }

        var rows = await (queue is FeedbackQueue.Answered or FeedbackQueue.Refused
                ? query.OrderByDescending(f => f.UpdatedAt)
                : query.OrderBy(f => f.DueAt))
            .Take(limit).ToListAsync(cancellationToken);
        var tally = await TallyAsync(visible, now, cancellationToken);
        return (await LinesAsync(rows, now, cancellationToken), counts, tally);
    }

    /// <summary>The figures of indicators 5.1 and 5.2 over the feedback received since 1 January of this year (Vietnam
    /// time), judged now; only the columns the tally needs are read.</summary>
    private static async Task<FeedbackTally> TallyAsync(IQueryable<FeedbackItem> visible, Instant now, CancellationToken cancellationToken)
    {
        var yearStart = Domain.VietnamTime.ToInstant(new LocalDate(Domain.VietnamTime.ToLocal(now).Year, 1, 1).AtMidnight());
        var rows = await visible.Where(f => f.SubmittedAt >= yearStart)
            .Select(f => new FeedbackItem { State = f.State, Late = f.Late, PausedAt = f.PausedAt, DueAt = f.DueAt, EverUnsatisfied = f.EverUnsatisfied, Reopened = f.Reopened })
            .ToListAsync(cancellationToken);
        return FeedbackTally.Of(rows, now);
    }

    /// <summary>A feedback for staff (null when missing or not theirs to see).</summary>
    public async Task<FeedbackView?> ForStaffAsync(StaffMember staff, Guid id, CancellationToken cancellationToken)
    {
        var item = await store.Items.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (item is null || !access.CanSee(staff, item))
        {
            return null;
        }

        var sender = access.SeesSender(staff, item) ? await store.SenderAsync(id, cancellationToken) : null;
        return await ViewAsync(item, staffView: true, sender, cancellationToken);
    }

    /// <summary>A feedback for its sender (the caller has checked that she is).</summary>
    public async Task<FeedbackView> ForSenderAsync(FeedbackItem item, CancellationToken cancellationToken) =>
        await ViewAsync(item, staffView: false, null, cancellationToken);

    /// <summary>The feedback with this code whose sender has this e-mail address or phone number; null otherwise (an
    /// unknown code and a wrong contact look the same).</summary>
    public async Task<FeedbackItem?> LookupAsync(string? code, string? contact, CancellationToken cancellationToken)
    {
        if (!FeedbackCodes.LooksLikeCode(code) || string.IsNullOrWhiteSpace(contact))
        {
            return null;
        }

        var item = await store.FindByCodeAsync(code!, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var sender = await store.SenderAsync(item.Id, cancellationToken);
        return sender is not null && FeedbackSenderRules.Matches(sender, contact) ? item : null;
    }

    /// <summary>True when the signed-in <paramref name="userId"/> sent <paramref name="id"/>.</summary>
    public Task<bool> IsSenderAsync(Guid id, string? userId, CancellationToken cancellationToken) =>
        userId is null
            ? Task.FromResult(false)
            : db.Set<FeedbackSender>().AnyAsync(s => s.FeedbackId == id && s.UserId == userId, cancellationToken);

    /// <summary>A citizen's feedback, newest first.</summary>
    public async Task<IReadOnlyList<FeedbackLine>> MineAsync(string userId, CancellationToken cancellationToken)
    {
        var ids = db.Set<FeedbackSender>().Where(s => s.UserId == userId).Select(s => s.FeedbackId);
        var rows = await store.Items.AsNoTracking().Where(f => ids.Contains(f.Id)).OrderByDescending(f => f.SubmittedAt).Take(200).ToListAsync(cancellationToken);
        return await LinesAsync(rows, clock.GetCurrentInstant(), cancellationToken);
    }

    /// <summary>Published answers, newest first, searched without accents in their public texts; a page of them and
    /// whether there are more.</summary>
    public async Task<(IReadOnlyList<PublishedFeedback> Items, bool More)> PublishedAsync(string? search, int page, CancellationToken cancellationToken)
    {
        var query = store.Items.AsNoTracking().Where(f => f.Published);
        var key = VietnameseText.SearchKey(search);
        if (key.Length > 0)
        {
            foreach (var word in key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8))
            {
                query = query.Where(f => f.PublicKey!.Contains(word));
            }
        }

        var skip = Math.Max(0, page - 1) * PageSize;
        var rows = await query.OrderByDescending(f => f.PublishedAt).Skip(skip).Take(PageSize + 1).ToListAsync(cancellationToken);
        var names = await UnitNamesAsync(rows.Select(r => r.UnitCode), cancellationToken);
        return ([.. rows.Take(PageSize).Select(f => Public(f, names))], rows.Count > PageSize);
    }

    /// <summary>One published answer (null when missing or not published).</summary>
    public async Task<PublishedFeedback?> PublishedItemAsync(Guid id, CancellationToken cancellationToken)
    {
        var f = await store.Items.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id && x.Published, cancellationToken);
        return f is null ? null : Public(f, await UnitNamesAsync([f.UnitCode], cancellationToken));
    }

    /// <summary>Current units for the Office's routing choice.</summary>
    public async Task<IReadOnlyList<(string Code, string Name)>> UnitsAsync(CancellationToken cancellationToken) =>
        [.. (await db.Units.AsNoTracking().Where(u => u.ValidTo == null).OrderBy(u => u.Code).Select(u => new { u.Code, u.Name }).ToListAsync(cancellationToken))
            .Select(u => (u.Code, u.Name))];

    private static PublishedFeedback Public(FeedbackItem f, IReadOnlyDictionary<string, string> names) =>
        new(f.Id, f.PublicTitle!, f.PublicQuestion!, f.PublicAnswer!, f.Subject, f.ProcedureCode, f.ProcedureName,
            names.GetValueOrDefault(f.UnitCode, f.UnitCode), f.SubmittedAt, f.AnsweredAt, f.PublishedAt);

    private static IQueryable<FeedbackItem> Filter(IQueryable<FeedbackItem> visible, FeedbackQueue queue, Instant now) => queue switch
    {
        FeedbackQueue.Open => visible.Where(f => f.State == FeedbackState.Routing || f.State == FeedbackState.Processing || f.State == FeedbackState.WaitingInformation),
        FeedbackQueue.ToRoute => visible.Where(f => f.State == FeedbackState.Routing),
        FeedbackQueue.WaitingInformation => visible.Where(f => f.State == FeedbackState.WaitingInformation),
        FeedbackQueue.Overdue => visible.Where(f => (f.State == FeedbackState.Routing || f.State == FeedbackState.Processing) && f.DueAt < now),
        FeedbackQueue.Answered => visible.Where(f => f.State == FeedbackState.Answered),
        FeedbackQueue.Refused => visible.Where(f => f.State == FeedbackState.Refused),
        _ => visible.Where(f => false),
    };

    private async Task<IReadOnlyList<FeedbackLine>> LinesAsync(List<FeedbackItem> rows, Instant now, CancellationToken cancellationToken)
    {
        var names = await UnitNamesAsync(rows.Select(r => r.UnitCode), cancellationToken);
        return [.. rows.Select(f => new FeedbackLine(f.Id, f.Code, f.Title, f.Subject, f.State, f.UnitCode, names.GetValueOrDefault(f.UnitCode, f.UnitCode),
            f.SubmittedAt, f.DueAt, f.TimelinessAt(now) == FeedbackTimeliness.Late && f.IsOpen, f.IsPaused, f.Published))];
    }

    private async Task<FeedbackView> ViewAsync(FeedbackItem item, bool staffView, FeedbackSender? sender, CancellationToken cancellationToken)
    {
        var events = await store.EventsAsync(item.Id, cancellationToken);
        var codes = new List<string> { item.UnitCode };
        foreach (var e in events)
        {
            if (e.UnitCode is not null)
            {
                codes.Add(e.UnitCode);
            }

            switch (FeedbackEventCodec.Deserialize(e.Type, e.Data))
            {
                case FeedbackSubmitted s:
                    codes.Add(s.UnitCode);
                    break;
                case FeedbackRouted r:
                    codes.Add(r.FromUnitCode);
                    codes.Add(r.ToUnitCode);
                    break;
                default:
                    break;
            }
        }

        var names = await UnitNamesAsync(codes, cancellationToken);
        string Name(string? code) => code is not null && names.TryGetValue(code, out var n) ? n : code ?? string.Empty;

        var history = events
            .Where(e => staffView || FeedbackEventText.IsPublic(e.Type))
            .Select(e => new FeedbackHistoryEntry(e.Sequence, e.OccurredAt, e.Type, FeedbackEventText.Describe(e, Name), FeedbackEventText.Details(e),
                staffView ? e.ActorName : null, staffView ? Name(e.UnitCode) : null, e.Reason))
            .ToList();
        var intact = EventChain.Verify(StreamKind.Feedback, item.Id, events, (item.LastSequence, item.LastHash)) is null;
        var refusal = events.LastOrDefault(e => e.Type == nameof(FeedbackRefused))?.Reason;
        var request = events.Where(e => e.Type == nameof(InformationRequested)).Select(e => FeedbackEventText.Details(e)).LastOrDefault();
        return new FeedbackView(item, Name(item.UnitCode), history, intact, sender, refusal, request);
    }

    private async Task<IReadOnlyDictionary<string, string>> UnitNamesAsync(IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        var list = codes.Distinct(StringComparer.Ordinal).ToList();
        return await db.Units.AsNoTracking().Where(u => list.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Name, cancellationToken);
    }
}
