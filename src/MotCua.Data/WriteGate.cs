namespace MotCua.Data;

/// <summary>
/// SQLite has one writer at a time; when several requests of this process write at once, they otherwise wait in
/// SQLite's busy-retry loop, which wastes most of the time (measured: 4 concurrent writers were 5× slower than
/// one). Writers of hot paths queue here instead, in-process and in order. On PostgreSQL the gate is open.
/// </summary>
public static class WriteGate
{
    private static readonly SemaphoreSlim Sqlite = new(1, 1);

    /// <summary>Enters the gate for a write on <paramref name="db"/>'s provider; dispose to leave it.</summary>
    public static async ValueTask<IDisposable> EnterAsync(MotCuaDbContext db, CancellationToken cancellationToken)
    {
        if (db.Provider != DatabaseProvider.Sqlite)
        {
            return Open.Instance;
        }

        await Sqlite.WaitAsync(cancellationToken);
        return new Release();
    }

    private sealed class Release : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                Sqlite.Release();
            }
        }
    }

    private sealed class Open : IDisposable
    {
        public static readonly Open Instance = new();

        public void Dispose()
        {
        }
    }
}
