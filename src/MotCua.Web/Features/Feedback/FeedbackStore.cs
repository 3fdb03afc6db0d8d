using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain.EventLog;
using MotCua.Domain.Feedback;
using NodaTime;

namespace MotCua.Web.Features.Feedback;

/// <summary>
/// Writes feedback events to the shared event log (stream kind <see cref="StreamKind.Feedback"/>, ADR 0040, ADR 0091):
/// each accepted decision becomes events linked to the stream's previous hash, folded into the
/// <see cref="FeedbackItem"/> projection and saved with whatever else the caller staged (the sender, notifications)
/// in ONE transaction. The projection's <see cref="FeedbackItem.LastSequence"/> is the concurrency token: of two
/// people acting on one feedback at once, the second gets a conflict and nothing of hers is written. This is the only
/// code that writes feedback events; nothing updates or deletes an event.
/// </summary>
public sealed class FeedbackStore(MotCuaDbContext db, IClock clock)
{
    public const string ConflictMessage = "Phản ánh vừa được người khác cập nhật. Vui lòng tải lại và thử lại.";

    public IQueryable<FeedbackItem> Items => db.Set<FeedbackItem>();

    /// <summary>A feedback, tracked.</summary>
    public Task<FeedbackItem?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<FeedbackItem>().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);

    /// <summary>A feedback by its code (any case), tracked.</summary>
    public Task<FeedbackItem?> FindByCodeAsync(string code, CancellationToken cancellationToken)
    {
        var normal = code.Trim().ToUpperInvariant();
        return db.Set<FeedbackItem>().FirstOrDefaultAsync(f => f.Code == normal, cancellationToken);
    }

    /// <summary>The sender of a feedback (personal data; show it only to those entitled).</summary>
    public Task<FeedbackSender?> SenderAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<FeedbackSender>().AsNoTracking().FirstOrDefaultAsync(s => s.FeedbackId == id, cancellationToken);

    /// <summary>The feedback's events in order.</summary>
    public Task<List<LoggedEvent>> EventsAsync(Guid id, CancellationToken cancellationToken) =>
        db.EventLog.AsNoTracking()
            .Where(e => e.StreamKind == StreamKind.Feedback && e.StreamId == id)
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellationToken);

    /// <summary>Starts a new stream with an accepted submission and adds the projection and the sender, without saving.</summary>
    public FeedbackItem StageNew(Guid id, FeedbackDecision decision, Actor actor, FeedbackSender sender)
    {
        if (!decision.Accepted)
        {
            throw new InvalidOperationException("A refused decision cannot start a feedback: " + decision.Error);
        }

        var item = new FeedbackItem { Id = id };
        Stage(item, decision, actor);
        sender.FeedbackId = id;
        db.Set<FeedbackItem>().Add(item);
        db.Set<FeedbackSender>().Add(sender);
        return item;
    }

    /// <summary>Adds the decision's events to the context and folds them into the feedback, without saving.</summary>
    public void Stage(FeedbackItem item, FeedbackDecision decision, Actor actor)
    {
        var now = clock.GetCurrentInstant();
        foreach (var (e, reason) in decision.Events)
        {
            var logged = EventChain.Link(StreamKind.Feedback, item.Id, item.LastSequence + 1, item.LastHash,
                FeedbackEventCodec.ToNew(e, now, actor, reason), now);
            item.Apply(logged, e);
            db.EventLog.Add(logged);
        }
    }

    /// <summary>Saves what is staged; false (and nothing written) when another writer got there first or a unique
    /// key (a stream position, a feedback code) is taken.</summary>
    public async Task<bool> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            using (await WriteGate.EnterAsync(db, cancellationToken))
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            return true;
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || DatabaseErrors.IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
