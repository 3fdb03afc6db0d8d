using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MotCua.Domain.Dossiers;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Dossiers.Demo;
using MotCua.Web.Infrastructure;
using Npgsql;
using NodaTime;

namespace MotCua.Benchmarks.Dossiers;

/// <summary>
/// Sustained dossier transitions per second through the domain and data layer — load the dossier, let the
/// lifecycle decide (supplement requested / completed, alternately, which is legal forever), link the event into
/// the hash chain, fold it into the projection, save both in one transaction — next to a baseline of plain
/// inserts of the same rows (the event row, the projection update and, on a supplement request, the SMS outbox row; raw SQL, no domain, no EF) on the same
/// database. Each worker owns its dossiers, so there are no conflicts. Not a BenchmarkDotNet benchmark: it
/// measures a database under sustained load, so it runs for a fixed time per phase.
/// </summary>
public static class TransitionThroughput
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = Parse(args);
        var provider = options.GetValueOrDefault("provider", "sqlite");
        var workers = int.Parse(options.GetValueOrDefault("workers", "4"), CultureInfo.InvariantCulture);
        var seconds = double.Parse(options.GetValueOrDefault("seconds", "20"), CultureInfo.InvariantCulture);
        var folder = Path.Combine(Path.GetTempPath(), "motcua-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var connection = provider == "sqlite"
            ? $"Data Source={Path.Combine(folder, "motcua.db")}"
            : options.GetValueOrDefault("connection") ?? throw new ArgumentException("--connection is required for postgres");

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MotCua:Database:Provider"] = provider,
            ["ConnectionStrings:MotCua"] = connection,
            ["MotCua:DataFolder"] = folder,
            ["MotCua:Demo:Dossiers"] = "0",
            ["MotCua:Demo:Password"] = "Bench-Password-1",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddMotCuaCore(configuration, folder);
        await using var root = services.BuildServiceProvider();

        await using (var scope = root.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
            // A year of history around the dossiers being worked on, so that indexes are not empty.
            await scope.ServiceProvider.GetRequiredService<DemoDossierGenerator>().GenerateAsync(5_000, 1, CancellationToken.None);
        }

        // Each worker gets its own open dossiers, received at the counter of Phường Ninh Kiều.
        var open = new List<Guid>();
        for (var i = 0; i < workers * 25; i++)
        {
            await using var scope = root.CreateAsyncScope();
            var intake = scope.ServiceProvider.GetRequiredService<MotCua.Web.Features.Dossiers.Intake.DossierIntake>();
            var result = await intake.ReceiveAsync(
                new MotCua.Web.Features.Dossiers.Intake.IntakeRequest("1.001193", "31135", Channel.Counter, new ApplicantInput("Người Thử", "092080000001", "0912000000", null, null), []),
                new Actor(null, "Bench", "31135"), "31135", CancellationToken.None);
            open.Add(result.Dossier?.Id ?? throw new InvalidOperationException(string.Join("; ", result.Problems.Values)));
        }

        if (open.Count < workers)
        {
            Console.Error.WriteLine($"Only {open.Count} open dossiers to work on.");
            return 1;
        }

        Console.WriteLine($"provider={provider} workers={workers} seconds={seconds} dossiers={open.Count} machine={Environment.ProcessorCount} cores");
        var motcua = await MeasureAsync("MotCua (domain + EF + hash chain)", workers, seconds, open, (w, ids) => MotCuaWorkerAsync(root, ids));
        var baseline = await MeasureAsync("Baseline (plain INSERT + UPDATE)", workers, seconds, open, (w, ids) => BaselineWorkerAsync(provider, connection, ids));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio MotCua / baseline = {motcua / baseline:P0}"));
        return 0;
    }

    private static async Task<double> MeasureAsync(string name, int workers, double seconds, List<Guid> ids,
        Func<int, Guid[], Func<CancellationToken, Task<long>>> worker)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var watch = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, workers)
            .Select(w => Task.Run(() => worker(w, [.. ids.Where((_, i) => i % workers == w)])(cts.Token)))
            .ToArray();
        var counts = await Task.WhenAll(tasks);
        var rate = counts.Sum() / watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {counts.Sum()} transitions in {watch.Elapsed.TotalSeconds:0.0} s = {rate:0} /s"));
        return rate;
    }

    private static Func<CancellationToken, Task<long>> MotCuaWorkerAsync(IServiceProvider root, Guid[] ids) => async cancellationToken =>
    {
        long done = 0;
        var i = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var id = ids[i++ % ids.Length];
            await using var scope = root.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<DossierStore>();
            var calendar = await scope.ServiceProvider.GetRequiredService<WorkingCalendarProvider>().GetAsync(CancellationToken.None);
            var now = scope.ServiceProvider.GetRequiredService<IClock>().GetCurrentInstant();
            var d = (await store.FindAsync(id, CancellationToken.None))!;
            var decision = d.Status == DossierStatus.WaitingSupplement
                ? DossierLifecycle.CompleteSupplement(d, [], now, calendar)
                : DossierLifecycle.RequestSupplement(d, ["Giấy tờ"], "Thiếu giấy tờ");
            var result = await store.AppendAsync(d, decision, Actor.System, CancellationToken.None);
            if (result.Succeeded)
            {
                done++;
            }
        }

        return done;
    };

    private static Func<CancellationToken, Task<long>> BaselineWorkerAsync(string provider, string connectionString, Guid[] ids) => async cancellationToken =>
    {
        long done = 0;
        var sequence = 1_000_000;
        var hash = new string('a', 64);
        await using System.Data.Common.DbConnection connection = provider == "sqlite"
            ? new SqliteConnection(connectionString + ";Default Timeout=30")
            : new NpgsqlConnection(connectionString);
        await connection.OpenAsync(CancellationToken.None);
        var i = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var id = ids[i++ % ids.Length];
            sequence++;
            await using var transaction = await connection.BeginTransactionAsync(CancellationToken.None);
            await using (var insert = connection.CreateCommand())
            {
                insert.Transaction = transaction;
                insert.CommandText = """
                    INSERT INTO "EventLog" ("StreamKind","StreamId","Sequence","Type","OccurredAt","RecordedAt","ActorId","ActorName","UnitCode","Reason","Data","Imported","PreviousHash","Hash")
                    VALUES (9, @id, @seq, 'SupplementRequested', @at, @at, NULL, 'Hệ thống MotCua', NULL, 'Thiếu giấy tờ', '{"number":1,"items":["Giấy tờ"]}', FALSE, @hash, @hash)
                    """;
                Add(insert, "@id", id);
                Add(insert, "@seq", sequence);
                Add(insert, "@at", TimeProvider.System.GetUtcNow().UtcDateTime);
                Add(insert, "@hash", hash);
                await insert.ExecuteNonQueryAsync(CancellationToken.None);
            }

            // MotCua tells the applicant by SMS on every supplement request (every other transition here): the
            // baseline writes that outbox row too, so both sides write the same rows.
            if (sequence % 2 == 0)
            {
                await using var outbox = connection.CreateCommand();
                outbox.Transaction = transaction;
                outbox.CommandText = """
                    INSERT INTO "Outbox" ("Channel","Recipient","Subject","Body","Topic","CreatedAt","NextAttemptAt","Attempts")
                    VALUES (2, '0912000000', '', 'MotCua: Hồ sơ cần bổ sung: Giấy tờ. Vui lòng bổ sung để tiếp tục giải quyết.', 'dossier:bench:SupplementRequested', @at, @at, 0)
                    """;
                Add(outbox, "@at", TimeProvider.System.GetUtcNow().UtcDateTime);
                await outbox.ExecuteNonQueryAsync(CancellationToken.None);
            }

            await using (var update = connection.CreateCommand())
            {
                update.Transaction = transaction;
                update.CommandText = "UPDATE \"Dossiers\" SET \"UpdatedAt\" = @at WHERE \"Id\" = @id";
                Add(update, "@id", id);
                Add(update, "@at", TimeProvider.System.GetUtcNow().UtcDateTime);
                await update.ExecuteNonQueryAsync(CancellationToken.None);
            }

            await transaction.CommitAsync(CancellationToken.None);
            done++;
        }

        return done;
    };

    private static void Add(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static Dictionary<string, string> Parse(string[] args)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            result[args[i].TrimStart('-')] = args[i + 1];
        }

        return result;
    }
}
