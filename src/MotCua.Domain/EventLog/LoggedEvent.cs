using NodaTime;

namespace MotCua.Domain.EventLog;

/// <summary>Which kind of thing an event stream belongs to.</summary>
public enum StreamKind
{
    Dossier = 1,
    Feedback = 2,
    ReformTask = 3,
}

/// <summary>
/// One entry of MotCua's append-only, hash-chained event log. Every change to a dossier (and later to a
/// feedback or a reform task) is one of these; the current state is a projection of them. An event is never
/// updated or deleted: the database refuses it (triggers) and the application has no code path that tries.
/// A correction is a new event with a reason. Each event carries the SHA-256 of its predecessor in the same
/// stream, and its own hash over a canonical form (<see cref="EventChain"/>), so any edit, deletion or
/// reordering is detected by <c>motcua audit verify</c>.
/// </summary>
public sealed class LoggedEvent
{
    /// <summary>Database identity (insertion order across all streams).</summary>
    public long Id { get; init; }

    public StreamKind StreamKind { get; init; }

    public Guid StreamId { get; init; }

    /// <summary>1, 2, 3 … within the stream, without gaps.</summary>
    public int Sequence { get; init; }

    /// <summary>Event type name, e.g. "Received" (see the stream's event catalogue).</summary>
    public required string Type { get; init; }

    /// <summary>When it happened (business time; for imported history, the historical time).</summary>
    public Instant OccurredAt { get; init; }

    /// <summary>When MotCua wrote it.</summary>
    public Instant RecordedAt { get; init; }

    /// <summary>The user who did it; null for the system (background jobs) and imports.</summary>
    public string? ActorId { get; init; }

    /// <summary>Name and title of the actor at the time, as shown in the history ("Nguyễn Văn A, Chuyên viên").</summary>
    public string? ActorName { get; init; }

    /// <summary>Code of the unit acting.</summary>
    public string? UnitCode { get; init; }

    /// <summary>Why, in the actor's words (required for refusals, supplements, send-backs, corrections…).</summary>
    public string? Reason { get; init; }

    /// <summary>The event's data as canonical JSON (no personal data beyond what the event needs).</summary>
    public required string Data { get; init; }

    /// <summary>True when the event was imported from another system, not done in MotCua.</summary>
    public bool Imported { get; init; }

    /// <summary>Hash of the previous event of the stream (64 hex digits; zeros for the first).</summary>
    public required string PreviousHash { get; init; }

    /// <summary>SHA-256 of this event's canonical form, including <see cref="PreviousHash"/>.</summary>
    public required string Hash { get; init; }
}
