using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MotCua.Data;

/// <summary>The database engines MotCua runs on (ADR 0002).</summary>
public enum DatabaseProvider
{
    Sqlite = 1,
    Postgres = 2,
}

/// <summary>A configuration problem that stops MotCua from starting. Its message is one readable
/// sentence in Vietnamese (with the English gist), printed instead of a stack trace.</summary>
public sealed class StartupException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Which database MotCua uses, from configuration: <c>MotCua:Database:Provider</c> (<c>sqlite</c> or
/// <c>postgres</c>, default <c>sqlite</c>) and <c>ConnectionStrings:MotCua</c> (default: the SQLite file
/// <c>motcua.db</c> in MotCua's data folder).
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string SqliteMigrationsAssembly = "MotCua.Data.Sqlite";
    public const string PostgresMigrationsAssembly = "MotCua.Data.Postgres";

    /// <summary>Statements Npgsql prepares automatically per connection when the connection string does not say.</summary>
    public const int DefaultMaxAutoPrepare = 64;

    /// <summary>Reads and checks the settings; throws <see cref="StartupException"/> when they are wrong.</summary>
    public static DatabaseSettings From(string? provider, string? connectionString, string dataFolder)
    {
        var parsed = (provider ?? "sqlite").Trim().ToLowerInvariant() switch
        {
            "sqlite" or "" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
            _ => throw new StartupException(
                $"Cấu hình MotCua:Database:Provider = \"{provider}\" không hợp lệ; chỉ nhận \"sqlite\" hoặc \"postgres\". " +
                $"(Unknown database provider \"{provider}\": use sqlite or postgres.)"),
        };

        if (parsed == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new StartupException(
                    "Chọn PostgreSQL nhưng thiếu ConnectionStrings:MotCua. (PostgreSQL needs ConnectionStrings:MotCua.)");
            }

            NpgsqlConnectionStringBuilder postgres;
            try
            {
                postgres = new NpgsqlConnectionStringBuilder(connectionString);
            }
            catch (ArgumentException ex)
            {
                throw new StartupException($"Chuỗi kết nối PostgreSQL không hợp lệ: {ex.Message} (Invalid PostgreSQL connection string.)", ex);
            }

            // EF sends the same few statements all day (queues, lookups, the event log): prepared once per connection,
            // PostgreSQL parses them once instead of on every call (ADR 0074). An operator's own value wins.
            var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
            if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
            {
                postgres.MaxAutoPrepare = DefaultMaxAutoPrepare;
            }

            return new DatabaseSettings(parsed, postgres.ConnectionString);
        }

        var sqlite = string.IsNullOrWhiteSpace(connectionString)
            ? $"Data Source={Path.Combine(dataFolder, "motcua.db")}"
            : connectionString;
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(sqlite);
        }
        catch (ArgumentException ex)
        {
            throw new StartupException($"Chuỗi kết nối SQLite không hợp lệ: {ex.Message} (Invalid SQLite connection string.)", ex);
        }

        if (builder.Mode != SqliteOpenMode.Memory && !builder.DataSource.Equals(":memory:", StringComparison.Ordinal))
        {
            var full = Path.GetFullPath(builder.DataSource);
            EnsureWritableFolder(Path.GetDirectoryName(full)!);
            builder.DataSource = full;
        }

        builder.DefaultTimeout = Math.Max(builder.DefaultTimeout, 30);
        return new DatabaseSettings(parsed, builder.ToString());
    }

    /// <summary>Configures EF Core for this provider, with its migrations assembly.</summary>
    public void Configure(DbContextOptionsBuilder options)
    {
        MotCuaDbContext.AddAppendOnlyGuard(options);
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(ConnectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(ConnectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly));
                break;
            default:
                throw new InvalidOperationException($"Unknown provider {Provider}");
        }
    }

    /// <summary>A short description without secrets, for logs and /health.</summary>
    public string Describe() => Provider switch
    {
        DatabaseProvider.Sqlite => $"SQLite {new SqliteConnectionStringBuilder(ConnectionString).DataSource}",
        DatabaseProvider.Postgres => DescribePostgres(ConnectionString),
        _ => Provider.ToString(),
    };

    public string ProviderName => Provider switch
    {
        DatabaseProvider.Sqlite => "sqlite",
        DatabaseProvider.Postgres => "postgres",
        _ => Provider.ToString(),
    };

    private static string DescribePostgres(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL {b.Host}:{b.Port}/{b.Database}";
    }

    private static void EnsureWritableFolder(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".write-test-{Environment.ProcessId}");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StartupException(
                $"Không ghi được vào thư mục dữ liệu \"{folder}\": {ex.Message} (The data folder is not writable.)", ex);
        }
    }
}
