using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain.EventLog;
using NodaTime;

namespace MotCua.Web.Features.Dossiers;

/// <summary>The outcome of applying a decision: the dossier after it, or why nothing was written.</summary>
public sealed record AppendResult(Dossier? Dossier, string? Error, bool Conflict = false)
{
    public bool Succeeded => Error is null;

    public static AppendResult Refused(string error) => new(null, error);
}

/// <summary>
/// Writes dossier events: each accepted decision becomes events appended to the dossier's stream (linked to the
/// previous hash), folded into the projection row, and saved in ONE transaction. Two officers acting at once
/// cannot both append the same position: the second gets a conflict and nothing of hers is written. This is
/// the only code that writes to the event log for dossiers; nothing updates or deletes an event. A payment event is
/// written with what the payments feature keeps of it (its order and numbered receipt, <see cref="IPaymentRecords"/>).
/// </summary>
public sealed class DossierStore(MotCuaDbContext db, Notifications.DossierNotifications notifications, IPaymentRecords payments, IClock clock)
{
    public const string ConflictMessage = "Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại và thử lại.";

    public Task<Dossier?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Dossiers.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);

    public Task<Dossier?> FindByCodeAsync(string code, CancellationToken cancellationToken) =>
        db.Dossiers.FirstOrDefaultAsync(d => d.Code == code, cancellationToken);

    /// <summary>The dossier's events in order.</summary>
    public async Task<List<LoggedEvent>> EventsAsync(Guid id, CancellationToken cancellationToken)
    {
        var events = new List<LoggedEvent>();
        await foreach (var e in EventsOf.For(db)(db, id).WithCancellation(cancellationToken))
        {
            events.Add(e);
        }

        return events;
    }

    /// <summary>A dossier's events in order, as a compiled query: every dossier page and public lookup reads them.</summary>
    private static readonly PerModel<Func<MotCuaDbContext, Guid, IAsyncEnumerable<LoggedEvent>>> EventsOf = new(() => EF.CompileAsyncQuery<MotCuaDbContext, Guid, LoggedEvent>(
        (MotCuaDbContext db, Guid id) => db.EventLog.AsNoTracking().Where(e => e.StreamKind == StreamKind.Dossier && e.StreamId == id).OrderBy(e => e.Sequence)));

    /// <summary>Starts a new dossier stream (intake or online submission) with its applicant.</summary>
    public async Task<AppendResult> CreateAsync(Guid id, Decision decision, Actor actor, DossierApplicant applicant, Instant? occurredAt, CancellationToken cancellationToken, bool imported = false)
    {
        if (!decision.Accepted)
        {
            return AppendResult.Refused(decision.Error!);
        }

        var dossier = new Dossier { Id = id };
        Stage(dossier, decision, actor, occurredAt, imported);
        applicant.DossierId = id;
        db.Dossiers.Add(dossier);
        db.DossierApplicants.Add(applicant);
        if (!imported)
        {
            await notifications.StageAsync(dossier, [.. decision.Events.Select(e => e.Event)], cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            return new AppendResult(null, $"Mã hồ sơ {dossier.Code} đã được dùng; vui lòng tiếp nhận lại.", Conflict: true);
        }

        return new AppendResult(dossier, null);
    }

    /// <summary>Appends the decision's events to an existing, tracked dossier and saves.</summary>
    public async Task<AppendResult> AppendAsync(Dossier dossier, Decision decision, Actor actor, CancellationToken cancellationToken, Instant? occurredAt = null, bool imported = false)
    {
        if (!decision.Accepted)
        {
            return AppendResult.Refused(decision.Error!);
        }

        var staged = StageEvents(dossier, decision, actor, occurredAt, imported);
        if (!imported)
        {
            await notifications.StageAsync(dossier, [.. decision.Events.Select(e => e.Event)], cancellationToken);
        }

        var payment = imported ? null : staged.Select(s => s.Event).OfType<PaymentCompleted>().FirstOrDefault();
        try
        {
            using (await WriteGate.EnterAsync(db, cancellationToken))
            {
                if (payment is null)
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                else
                {
                    // The receipt's number comes from a counter row updated in this transaction (gap-free).
                    await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                    var sequence = staged.First(s => ReferenceEquals(s.Event, payment)).Logged.Sequence;
                    await payments.StageAsync(dossier, payment, sequence, actor, cancellationToken);
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }
            }
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || DatabaseErrors.IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            return new AppendResult(null, ConflictMessage, Conflict: true);
        }

        return new AppendResult(dossier, null);
    }

    /// <summary>Adds the events to the context and folds them into the dossier, without saving (for callers that
    /// save several dossiers in one transaction, such as imports).</summary>
    public void Stage(Dossier dossier, Decision decision, Actor actor, Instant? occurredAt, bool imported) =>
        StageEvents(dossier, decision, actor, occurredAt, imported);

    private List<(IDossierEvent Event, LoggedEvent Logged)> StageEvents(Dossier dossier, Decision decision, Actor actor, Instant? occurredAt, bool imported)
    {
        var now = clock.GetCurrentInstant();
        var at = occurredAt ?? now;
        var staged = new List<(IDossierEvent, LoggedEvent)>(decision.Events.Count);
        foreach (var (e, reason) in decision.Events)
        {
            var logged = EventChain.Link(StreamKind.Dossier, dossier.Id, dossier.LastSequence + 1, dossier.LastHash,
                DossierEventCodec.ToNew(e, at, actor, reason, imported), now);
            dossier.Apply(logged, e);
            db.EventLog.Add(logged);
            staged.Add((e, logged));
        }

        return staged;
    }
}
