using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain.EventLog;
using MotCua.Domain.Reform;
using NodaTime;

namespace MotCua.Web.Features.Reform;

/// <summary>The outcome of applying a decision to a task: the task after it, or why nothing was written.</summary>
public sealed record ReformAppendResult(ReformTask? Task, string? Error, bool Conflict = false)
{
    public bool Succeeded => Error is null;

    public static ReformAppendResult Refused(string error) => new(null, error);
}

/// <summary>
/// Writes reform-task events to the shared event log (stream kind <see cref="StreamKind.ReformTask"/>, ADR 0040):
/// each accepted decision becomes events linked to the stream's previous hash, folded into the
/// <see cref="ReformTask"/> projection and saved with whatever else the caller staged (notifications, the
/// directive) in ONE transaction. The projection's <see cref="ReformTask.LastSequence"/> is the concurrency token:
/// of two people acting on one task at once, the second gets a conflict and nothing of hers is written. This is the
/// only code that writes reform-task events; nothing updates or deletes an event.
/// </summary>
public sealed class ReformTaskStore(MotCuaDbContext db, IClock clock)
{
    public const string ConflictMessage = "Nhiệm vụ vừa được người khác cập nhật. Vui lòng tải lại và thử lại.";

    public IQueryable<ReformTask> Tasks => db.Set<ReformTask>();

    /// <summary>A task, tracked, with its coordinators.</summary>
    public Task<ReformTask?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<ReformTask>().Include(t => t.Coordinators).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);

    /// <summary>The task's events in order.</summary>
    public Task<List<LoggedEvent>> EventsAsync(Guid id, CancellationToken cancellationToken) =>
        db.EventLog.AsNoTracking()
            .Where(e => e.StreamKind == StreamKind.ReformTask && e.StreamId == id)
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellationToken);

    /// <summary>Starts a new task stream with an accepted assignment and adds the projection, without saving.</summary>
    public ReformTask StageNew(Guid id, ReformDecision decision, Actor actor)
    {
        if (!decision.Accepted)
        {
            throw new InvalidOperationException("A refused decision cannot start a task: " + decision.Error);
        }

        var task = new ReformTask { Id = id };
        Stage(task, decision, actor);
        db.Set<ReformTask>().Add(task);
        return task;
    }

    /// <summary>Adds the decision's events to the context and folds them into the task, without saving.</summary>
    public void Stage(ReformTask task, ReformDecision decision, Actor actor)
    {
        var now = clock.GetCurrentInstant();
        foreach (var (e, reason) in decision.Events)
        {
            var logged = EventChain.Link(StreamKind.ReformTask, task.Id, task.LastSequence + 1, task.LastHash,
                ReformTaskEventCodec.ToNew(e, now, actor, reason), now);
            task.Apply(logged, e);
            db.EventLog.Add(logged);
        }
    }

    /// <summary>Appends the decision's events to a tracked task and saves (with anything else staged).</summary>
    public async Task<ReformAppendResult> AppendAsync(ReformTask task, ReformDecision decision, Actor actor, CancellationToken cancellationToken)
    {
        if (!decision.Accepted)
        {
            return ReformAppendResult.Refused(decision.Error!);
        }

        Stage(task, decision, actor);
        return await SaveAsync(cancellationToken) ? new ReformAppendResult(task, null) : new ReformAppendResult(null, ConflictMessage, Conflict: true);
    }

    /// <summary>Saves what is staged; false (and nothing written) when another writer got there first.</summary>
    public async Task<bool> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || DatabaseErrors.IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
