using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace MotCua.Domain.EventLog;

/// <summary>An event about to be appended: everything but its position and hashes.</summary>
public sealed record NewEvent(
    string Type,
    Instant OccurredAt,
    string Data,
    string? ActorId = null,
    string? ActorName = null,
    string? UnitCode = null,
    string? Reason = null,
    bool Imported = false);

/// <summary>The first broken link found in a stream.</summary>
public sealed record ChainBreak(StreamKind Kind, Guid StreamId, int Sequence, long EventId, string Problem);

/// <summary>
/// The hash chain of the event log. The canonical form of an event is a compact JSON object with a fixed
/// property order ({"v":1,"kind","stream","seq","type","occurredAt","recordedAt","actor","actorName","unit",
/// "reason","imported","data","prev"}), instants in ISO-8601 UTC with milliseconds, text in NFC; its SHA-256,
/// as 64 lower-case hex digits, is the event's hash. Instants are truncated to milliseconds before hashing
/// and storing, so that what is stored (both databases keep at least microseconds) hashes to the same value.
/// </summary>
public static class EventChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private static readonly InstantPattern InstantFormat = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss.fff'Z'");

    /// <summary>Truncates to whole milliseconds (the precision the chain commits to).</summary>
    public static Instant Truncate(Instant instant) =>
        Instant.FromUnixTimeMilliseconds(instant.ToUnixTimeMilliseconds());

    /// <summary>Builds the next event of a stream, linked to <paramref name="previous"/> (null for the first).</summary>
    public static LoggedEvent Append(StreamKind kind, Guid streamId, LoggedEvent? previous, NewEvent next, Instant recordedAt)
    {
        var sequence = (previous?.Sequence ?? 0) + 1;
        var prevHash = previous?.Hash ?? Genesis;
        return Link(kind, streamId, sequence, prevHash, next, recordedAt);
    }

    /// <summary>Builds the event at <paramref name="sequence"/> after a predecessor with hash <paramref name="previousHash"/>.</summary>
    public static LoggedEvent Link(StreamKind kind, Guid streamId, int sequence, string previousHash, NewEvent next, Instant recordedAt)
    {
        var draft = new LoggedEvent
        {
            StreamKind = kind,
            StreamId = streamId,
            Sequence = sequence,
            Type = next.Type,
            OccurredAt = Truncate(next.OccurredAt),
            RecordedAt = Truncate(recordedAt),
            ActorId = next.ActorId,
            ActorName = Text.VietnameseText.Normalize(next.ActorName),
            UnitCode = next.UnitCode,
            Reason = Text.VietnameseText.Normalize(next.Reason),
            Data = next.Data,
            Imported = next.Imported,
            PreviousHash = previousHash,
            Hash = string.Empty,
        };
        return new LoggedEvent
        {
            StreamKind = draft.StreamKind,
            StreamId = draft.StreamId,
            Sequence = draft.Sequence,
            Type = draft.Type,
            OccurredAt = draft.OccurredAt,
            RecordedAt = draft.RecordedAt,
            ActorId = draft.ActorId,
            ActorName = draft.ActorName,
            UnitCode = draft.UnitCode,
            Reason = draft.Reason,
            Data = draft.Data,
            Imported = draft.Imported,
            PreviousHash = draft.PreviousHash,
            Hash = ComputeHash(draft),
        };
    }

    /// <summary>SHA-256 of the canonical form of <paramref name="e"/> (its own <see cref="LoggedEvent.Hash"/> is ignored).</summary>
    public static string ComputeHash(LoggedEvent e)
    {
        var buffer = new ArrayBufferWriter<byte>(512 + e.Data.Length * 2);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("v", 1);
            writer.WriteNumber("kind", (int)e.StreamKind);
            writer.WriteString("stream", e.StreamId.ToString("D", CultureInfo.InvariantCulture));
            writer.WriteNumber("seq", e.Sequence);
            writer.WriteString("type", e.Type);
            writer.WriteString("occurredAt", InstantFormat.Format(e.OccurredAt));
            writer.WriteString("recordedAt", InstantFormat.Format(e.RecordedAt));
            writer.WriteString("actor", e.ActorId);
            writer.WriteString("actorName", e.ActorName);
            writer.WriteString("unit", e.UnitCode);
            writer.WriteString("reason", e.Reason);
            writer.WriteBoolean("imported", e.Imported);
            writer.WriteString("data", e.Data);
            writer.WriteString("prev", e.PreviousHash);
            writer.WriteEndObject();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    /// <summary>
    /// Checks one stream, given in stored order (by sequence): sequences 1…n without gaps, each previous hash
    /// equal to the predecessor's hash, each hash equal to the recomputed one, and — when given — the head
    /// recorded on the stream's projection equal to the last event. Returns the first break, or null.
    /// </summary>
    public static ChainBreak? Verify(StreamKind kind, Guid streamId, IReadOnlyList<LoggedEvent> events, (int Sequence, string Hash)? head = null)
    {
        var expectedPrevious = Genesis;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Sequence != i + 1)
            {
                return new ChainBreak(kind, streamId, i + 1, e.Id, $"expected event {i + 1}, found {e.Sequence} (missing or reordered event)");
            }

            if (!string.Equals(e.PreviousHash, expectedPrevious, StringComparison.Ordinal))
            {
                return new ChainBreak(kind, streamId, e.Sequence, e.Id, "previous-hash does not match the preceding event (deleted, inserted or reordered event)");
            }

            if (!string.Equals(ComputeHash(e), e.Hash, StringComparison.Ordinal))
            {
                return new ChainBreak(kind, streamId, e.Sequence, e.Id, "content does not match its hash (edited event)");
            }

            expectedPrevious = e.Hash;
        }

        if (head is { } h && (h.Sequence != events.Count || !string.Equals(h.Hash, events.Count == 0 ? Genesis : expectedPrevious, StringComparison.Ordinal)))
        {
            return new ChainBreak(kind, streamId, Math.Min(h.Sequence, events.Count + 1), events.Count == 0 ? 0 : events[^1].Id,
                $"the stream ends at event {events.Count} but its record says {h.Sequence} (events deleted from the end)");
        }

        return null;
    }
}
