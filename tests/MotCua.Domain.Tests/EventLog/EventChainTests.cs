using MotCua.Domain.EventLog;
using NodaTime;

namespace MotCua.Domain.Tests.EventLog;

public sealed class EventChainTests
{
    private static readonly Guid Stream = Guid.Parse("6f9b1c1e-0000-4000-8000-000000000001");
    private static readonly Instant T0 = Instant.FromUtc(2025, 3, 3, 2, 0);

    private static List<LoggedEvent> Chain(int count)
    {
        var list = new List<LoggedEvent>();
        for (var i = 0; i < count; i++)
        {
            var e = EventChain.Append(StreamKind.Dossier, Stream, list.LastOrDefault(),
                new NewEvent("Step", T0.Plus(Duration.FromMinutes(i)), $$"""{"n":{{i}}}""", "u1", "Nguyễn Văn A, Chuyên viên", "92.STP", i == 1 ? "Lý do" : null),
                T0.Plus(Duration.FromMinutes(i)));
            list.Add(e);
        }

        return list;
    }

    private static LoggedEvent With(LoggedEvent e, string? data = null, int? sequence = null, string? reason = null, string? previous = null) => new()
    {
        Id = e.Id,
        StreamKind = e.StreamKind,
        StreamId = e.StreamId,
        Sequence = sequence ?? e.Sequence,
        Type = e.Type,
        OccurredAt = e.OccurredAt,
        RecordedAt = e.RecordedAt,
        ActorId = e.ActorId,
        ActorName = e.ActorName,
        UnitCode = e.UnitCode,
        Reason = reason ?? e.Reason,
        Data = data ?? e.Data,
        Imported = e.Imported,
        PreviousHash = previous ?? e.PreviousHash,
        Hash = e.Hash,
    };

    [Fact]
    public void Append_LinksEachEventToThePreviousHash()
    {
        var chain = Chain(3);
        Assert.Equal(EventChain.Genesis, chain[0].PreviousHash);
        Assert.Equal(chain[0].Hash, chain[1].PreviousHash);
        Assert.Equal(chain[1].Hash, chain[2].PreviousHash);
        Assert.Equal([1, 2, 3], chain.Select(e => e.Sequence));
        Assert.All(chain, e => Assert.Matches("^[0-9a-f]{64}$", e.Hash));
        Assert.Null(EventChain.Verify(StreamKind.Dossier, Stream, chain, (3, chain[2].Hash)));
    }

    [Fact]
    public void Hash_IsStableForTheSameContent()
    {
        Assert.Equal(Chain(2)[1].Hash, Chain(2)[1].Hash);
    }

    [Fact]
    public void Verify_EditedData_BreaksAtThatEvent()
    {
        var chain = Chain(4);
        chain[2] = With(chain[2], data: """{"n":99}""");
        var broken = EventChain.Verify(StreamKind.Dossier, Stream, chain);
        Assert.Equal(3, broken!.Sequence);
        Assert.Contains("edited", broken.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_EditedReason_IsDetected()
    {
        var chain = Chain(3);
        chain[1] = With(chain[1], reason: "Lý do khác");
        Assert.Equal(2, EventChain.Verify(StreamKind.Dossier, Stream, chain)!.Sequence);
    }

    [Fact]
    public void Verify_DeletedMiddleEvent_IsDetected()
    {
        var chain = Chain(4);
        chain.RemoveAt(1);
        Assert.Equal(2, EventChain.Verify(StreamKind.Dossier, Stream, chain)!.Sequence);
    }

    [Fact]
    public void Verify_DeletedMiddleEventWithRenumbering_IsDetectedByTheLinks()
    {
        var chain = Chain(4);
        chain.RemoveAt(1);
        chain[1] = With(chain[1], sequence: 2);
        chain[2] = With(chain[2], sequence: 3);
        Assert.Equal(2, EventChain.Verify(StreamKind.Dossier, Stream, chain)!.Sequence);
    }

    [Fact]
    public void Verify_ReorderedEvents_IsDetected()
    {
        var chain = Chain(4);
        (chain[1], chain[2]) = (With(chain[2], sequence: 2), With(chain[1], sequence: 3));
        Assert.NotNull(EventChain.Verify(StreamKind.Dossier, Stream, chain));
    }

    [Fact]
    public void Verify_LastEventDeleted_IsDetectedAgainstTheHead()
    {
        var chain = Chain(3);
        var head = (3, chain[2].Hash);
        chain.RemoveAt(2);
        Assert.Null(EventChain.Verify(StreamKind.Dossier, Stream, chain));
        Assert.Contains("deleted from the end", EventChain.Verify(StreamKind.Dossier, Stream, chain, head)!.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_TruncatesInstantsToMilliseconds()
    {
        var e = EventChain.Append(StreamKind.Dossier, Stream, null, new NewEvent("X", T0.PlusNanoseconds(1_234_567), "{}"), T0.PlusNanoseconds(999_999));
        Assert.Equal(T0.PlusNanoseconds(1_000_000), e.OccurredAt);
        Assert.Equal(T0, e.RecordedAt);
    }
}
