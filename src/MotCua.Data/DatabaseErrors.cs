using Microsoft.EntityFrameworkCore;

namespace MotCua.Data;

/// <summary>Reading what went wrong in a save, the same way on both providers.</summary>
public static class DatabaseErrors
{
    /// <summary>True for a unique-key violation (a stream position taken by another writer, a code or reference
    /// already used): PostgreSQL's 23505, SQLite's constraint error 19.</summary>
    public static bool IsUniqueViolation(DbUpdateException ex) =>
        ex.InnerException switch
        {
            Npgsql.PostgresException pg => pg.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
            Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19,
            _ => false,
        };
}
