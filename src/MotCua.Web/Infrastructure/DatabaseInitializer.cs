using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Data;
using MotCua.Web.Infrastructure.Seeding;
using Npgsql;

namespace MotCua.Web.Infrastructure;

/// <summary>Brings the database to the current schema and loads reference and demo data. Safe to run
/// at every start: migrations and seeds already applied are skipped.</summary>
public sealed class DatabaseInitializer(
    MotCuaDbContext db,
    DatabaseSettings settings,
    AreaSeeder areas,
    CalendarSeeder calendar,
    DemoProvinceSeeder demo,
    IOptions<MotCuaOptions> options,
    ILogger<DatabaseInitializer> logger)
{
    /// <summary>Applies pending migrations. Throws <see cref="StartupException"/> when the database
    /// cannot be reached.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (settings.Provider == DatabaseProvider.Sqlite)
            {
                await db.Database.OpenConnectionAsync(cancellationToken);
                // WAL lets the web app read while a writer commits; the setting is stored in the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                await db.Database.CloseConnectionAsync();
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s) on {Database}", pending.Count, settings.Describe());
                await db.Database.MigrateAsync(cancellationToken);
            }
        }
        catch (Exception ex) when (ex is NpgsqlException or SqliteException or DbException or TimeoutException or InvalidOperationException)
        {
            throw new StartupException(
                $"Không kết nối hoặc cập nhật được cơ sở dữ liệu {settings.Describe()}: {Innermost(ex).Message} " +
                "(Cannot reach or migrate the database.)", ex);
        }
    }

    /// <summary>Migrates, then loads the national area lists, the official working calendars and, when
    /// enabled, the demo province.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await MigrateAsync(cancellationToken);
        try
        {
            await areas.SeedAsync(cancellationToken);
            await calendar.SeedAsync(cancellationToken);
            if (options.Value.Demo.Enabled)
            {
                await demo.SeedAsync(cancellationToken);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidDataException)
        {
            throw new StartupException(
                $"Không đọc được dữ liệu tham chiếu đi kèm phần mềm (thư mục data/): {ex.Message} (Reference data missing or unreadable.)", ex);
        }
    }

    /// <summary>The newest migration applied to the database, for /health.</summary>
    public async Task<string?> AppliedMigrationAsync(CancellationToken cancellationToken) =>
        (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault();

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is not null)
        {
            ex = ex.InnerException;
        }

        return ex;
    }
}

/// <summary>Runs <see cref="DatabaseInitializer"/> when the web host starts, before it serves requests.
/// A <see cref="StartupException"/> propagates to Program, which prints it as one line.</summary>
public sealed class DatabaseStartup(IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
