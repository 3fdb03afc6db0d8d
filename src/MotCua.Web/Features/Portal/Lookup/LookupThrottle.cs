using Microsoft.Extensions.Caching.Memory;
using NodaTime;

namespace MotCua.Web.Features.Portal.Lookup;

/// <summary>
/// Slows down guessing on the public lookup: a client (by network address) that makes <see cref="MaxWrong"/> wrong
/// attempts (unknown code, or a phone/ID that does not match) within <see cref="Window"/> is refused until the
/// window ends, so the phone or ID number behind a code cannot be found by trying. Counts live in memory
/// (one web process; a restart forgets them, which only helps a guesser once).
/// </summary>
public sealed class LookupThrottle(IMemoryCache cache, IClock clock)
{
    public const int MaxWrong = 5;

    public static readonly Duration Window = Duration.FromMinutes(15);

    private readonly Lock _gate = new();

    /// <summary>When the client may try again, or null when it may try now.</summary>
    public Instant? BlockedUntil(string client)
    {
        var now = clock.GetCurrentInstant();
        return cache.TryGetValue(Key(client), out Attempts? attempts) && attempts is { } a && a.Start + Window > now && a.Count >= MaxWrong
            ? a.Start + Window
            : null;
    }

    /// <summary>Counts one wrong attempt.</summary>
    public void Wrong(string client)
    {
        var now = clock.GetCurrentInstant();
        var key = Key(client);
        lock (_gate)
        {
            var current = cache.TryGetValue(key, out Attempts? a) && a is not null && a.Start + Window > now ? a : new Attempts(now, 0);
            cache.Set(key, current with { Count = current.Count + 1 }, Window.ToTimeSpan());
        }
    }

    private static string Key(string client) => "lookup-wrong:" + client;

    private sealed record Attempts(Instant Start, int Count);
}
