using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.EventLog;

namespace MotCua.Web.Features.Dossiers.Audit;

/// <summary>Result of verifying the whole event log.</summary>
public sealed record AuditReport(int Streams, long Events, IReadOnlyList<ChainBreak> Breaks);

/// <summary>
/// Verifies every stream of the event log (<c>motcua audit verify</c>): recomputes each event's hash, checks
/// the links and the sequence, and compares the head recorded by each stream's projection (last sequence and hash
/// of a dossier, a reform task or a feedback) with the end of its stream, so an edited, deleted, inserted or reordered event — or one cut from the end — is reported
/// with the first broken link of each stream. Streams are read one at a time (memory stays flat).
/// </summary>
public sealed class VerifyEventLog(MotCuaDbContext db)
{
    public async Task<AuditReport> RunAsync(CancellationToken cancellationToken)
    {
        // Each stream's projection records its head (last sequence and hash): events cut from the end are found
        // by comparing it with the stream.
        var heads = new Dictionary<(StreamKind, Guid), (int, string)>();
        foreach (var d in await db.Dossiers.AsNoTracking().Select(d => new { d.Id, d.LastSequence, d.LastHash }).ToListAsync(cancellationToken))
        {
            heads[(StreamKind.Dossier, d.Id)] = (d.LastSequence, d.LastHash);
        }

        foreach (var t in await db.Set<Domain.Reform.ReformTask>().AsNoTracking().Select(t => new { t.Id, t.LastSequence, t.LastHash }).ToListAsync(cancellationToken))
        {
            heads[(StreamKind.ReformTask, t.Id)] = (t.LastSequence, t.LastHash);
        }

        foreach (var f in await db.Set<Domain.Feedback.FeedbackItem>().AsNoTracking().Select(f => new { f.Id, f.LastSequence, f.LastHash }).ToListAsync(cancellationToken))
        {
            heads[(StreamKind.Feedback, f.Id)] = (f.LastSequence, f.LastHash);
        }

        var breaks = new List<ChainBreak>();
        var seen = new HashSet<(StreamKind, Guid)>();
        long events = 0;
        var streams = 0;
        var current = new List<LoggedEvent>();

        // One ordered pass over the whole log; a stream is checked when the next one starts.
        var all = db.EventLog.AsNoTracking()
            .OrderBy(e => e.StreamKind).ThenBy(e => e.StreamId).ThenBy(e => e.Sequence).ThenBy(e => e.Id)
            .AsAsyncEnumerable();
        await foreach (var e in all.WithCancellation(cancellationToken))
        {
            if (current.Count > 0 && (current[0].StreamKind != e.StreamKind || current[0].StreamId != e.StreamId))
            {
                Check(current);
                current.Clear();
            }

            current.Add(e);
            events++;
        }

        if (current.Count > 0)
        {
            Check(current);
        }

        // A stream whose every event was deleted still has its head.
        foreach (var ((kind, id), head) in heads.Where(h => h.Value.Item1 > 0 && !seen.Contains(h.Key)))
        {
            breaks.Add(new ChainBreak(kind, id, 1, 0, $"the record says {head.Item1} events but none is in the log"));
        }

        return new AuditReport(streams, events, breaks);

        void Check(List<LoggedEvent> stream)
        {
            streams++;
            var kind = stream[0].StreamKind;
            var id = stream[0].StreamId;
            seen.Add((kind, id));
            (int, string)? head = heads.TryGetValue((kind, id), out var h) ? h : null;

            if (EventChain.Verify(kind, id, stream, head) is { } broken)
            {
                breaks.Add(broken);
            }
        }
    }
}
