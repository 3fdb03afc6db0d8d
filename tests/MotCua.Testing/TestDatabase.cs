using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MotCua.Data;
using MotCua.Web.Infrastructure;
using Npgsql;
using NodaTime;
using NodaTime.Testing;

namespace MotCua.Testing;

/// <summary>How much data a test database starts with.</summary>
public enum Seed
{
    /// <summary>Schema only.</summary>
    Empty,

    /// <summary>Schema and the national area lists.</summary>
    Areas,

    /// <summary>Schema, areas and the demo province (units and accounts).</summary>
    Demo,
}

/// <summary>
/// A fresh, real database for one test, on SQLite (a temporary file) or PostgreSQL (a new database in the
/// cluster named by <c>MOTCUA_TEST_POSTGRES</c>, which <c>./test.sh</c> starts). Each seed level is built
/// once per test run as a template and copied, so tests stay fast. Disposing drops the database.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "MOTCUA_TEST_POSTGRES";
    public const string DemoPassword = "Test-Password-2025";

    private static readonly ConcurrentDictionary<(DatabaseProvider, Seed), Lazy<Task<string>>> Templates = new();
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "motcua-tests", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private readonly string? _postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string dataFolder, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        DataFolder = dataFolder;
        _postgresName = postgresName;
        Services = BuildServices(provider, connectionString, dataFolder, Clock);
    }

    /// <summary>Monday 24/11/2025 08:00 in Vietnam: the test clock's start (a working day of a published year).</summary>
    public static readonly Instant Start = Instant.FromUtc(2025, 11, 24, 1, 0);

    /// <summary>The clock every service of this database sees; tests move it.</summary>
    public FakeClock Clock { get; } = new(Start);

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The data folder of this test (keys, files, mail drop).</summary>
    public string DataFolder { get; }

    /// <summary>MotCua's core services wired to this database (as the CLI builds them).</summary>
    public ServiceProvider Services { get; }

    /// <summary>Configuration entries that point MotCua at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings => SettingsFor(Provider, ConnectionString, DataFolder);

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, Seed seed = Seed.Empty)
    {
        var template = await Templates.GetOrAdd((provider, seed), key => new Lazy<Task<string>>(() => BuildTemplateAsync(key.Item1, key.Item2))).Value;
        var dataFolder = Path.Combine(Root, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataFolder);
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(dataFolder, "motcua.db");
            File.Copy(template, file);
            return new TestDatabase(provider, $"Data Source={file};Pooling=False", dataFolder, null);
        }

        var name = "t_" + Guid.NewGuid().ToString("N");
        await ExecutePostgresAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        return new TestDatabase(provider, PostgresConnection(name), dataFolder, name);
    }

    /// <summary>A new context on this database.</summary>
    public MotCuaDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<MotCuaDbContext>();
        new DatabaseSettings(Provider, ConnectionString).Configure(options);
        return new MotCuaDbContext(options.Options);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            try
            {
                await ExecutePostgresAsync($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)");
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege)
            {
                // An autovacuum worker (a superuser process) was busy in the database and FORCE may not end it. The
                // database is left to the throw-away cluster; failing the test for it would be a false alarm.
            }
        }
        else
        {
            SqliteConnection.ClearAllPools();
        }

        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing host; the whole folder goes with the test run's temp dir.
        }
    }

    /// <summary>The PostgreSQL admin connection string from the environment, or a loud failure.</summary>
    public static string PostgresAdminConnection()
    {
        var value = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"PostgreSQL tests need {PostgresVariable} (a connection string to a server where the user may CREATE DATABASE). " +
                "Run ./test.sh, which starts a throw-away PostgreSQL cluster.");
        }

        return value;
    }

    private static string PostgresConnection(string database) =>
        new NpgsqlConnectionStringBuilder(PostgresAdminConnection()) { Database = database, Pooling = false }.ToString();

    private static async Task ExecutePostgresAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresAdminConnection()) { Database = "postgres", Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static IReadOnlyDictionary<string, string?> SettingsFor(DatabaseProvider provider, string connectionString, string dataFolder) =>
        new Dictionary<string, string?>
        {
            ["MotCua:Database:Provider"] = provider == DatabaseProvider.Sqlite ? "sqlite" : "postgres",
            ["ConnectionStrings:MotCua"] = connectionString,
            ["MotCua:DataFolder"] = dataFolder,
            ["MotCua:Demo:Password"] = DemoPassword,
            ["MotCua:Demo:Enabled"] = "true",
            ["MotCua:Jobs:Enabled"] = "false",
            ["MotCua:Demo:Dossiers"] = "0",
        };

    private static ServiceProvider BuildServices(DatabaseProvider provider, string connectionString, string dataFolder, IClock? clock = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(SettingsFor(provider, connectionString, dataFolder)).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddMotCuaCore(configuration, dataFolder);
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        return services.BuildServiceProvider();
    }

    private static async Task<string> BuildTemplateAsync(DatabaseProvider provider, Seed seed)
    {
        var dataFolder = Path.Combine(Root, $"template-{provider}-{seed}");
        Directory.CreateDirectory(dataFolder);
        string connectionString;
        string result;
        if (provider == DatabaseProvider.Sqlite)
        {
            result = Path.Combine(dataFolder, "motcua.db");
            connectionString = $"Data Source={result};Pooling=False";
        }
        else
        {
            result = $"tmpl_{Environment.ProcessId}_{seed.ToString().ToLowerInvariant()}_{Guid.NewGuid():N}"[..40];
            await ExecutePostgresAsync($"CREATE DATABASE \"{result}\"");
            connectionString = PostgresConnection(result);
        }

        await using (var services = BuildServices(provider, connectionString, dataFolder))
        {
            await using var scope = services.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            await sp.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
            if (seed >= Seed.Areas)
            {
                await sp.GetRequiredService<MotCua.Web.Infrastructure.Seeding.AreaSeeder>().SeedAsync(CancellationToken.None);
            }

            if (seed >= Seed.Demo)
            {
                await sp.GetRequiredService<MotCua.Web.Infrastructure.Seeding.DemoProvinceSeeder>().SeedAsync(CancellationToken.None);
            }
        }

        if (provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            // Fold the WAL into the main file so that copying the file copies everything.
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var checkpoint = new SqliteCommand("PRAGMA wal_checkpoint(TRUNCATE);", connection);
            await checkpoint.ExecuteNonQueryAsync();
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
        }

        return result;
    }
}
