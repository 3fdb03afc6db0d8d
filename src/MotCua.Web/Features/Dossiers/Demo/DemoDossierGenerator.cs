using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Domain.EventLog;
using MotCua.Domain.Organization;
using MotCua.Domain.Procedures;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Infrastructure.Files;
using NodaTime;

namespace MotCua.Web.Features.Dossiers.Demo;

/// <summary>What a generation run did.</summary>
public sealed record DemoGenerationReport(int Dossiers, long Events, TimeSpan Elapsed);

/// <summary>
/// Generates realistic demo dossiers for the demo province over the past year (<c>motcua demo generate</c>, and a
/// year of them on the web app's first start): channels, procedures of the catalog, late online receipts, steps
/// that overrun, supplements (some twice), fees paid online or at the counter, extensions, electronic results,
/// returns, a few withdrawals and stops, and open dossiers at every stage. Every dossier goes through the real
/// lifecycle (<see cref="DossierLifecycle"/>) with the real working calendar and is chained like any other; only
/// the writing is batched. Deterministic for a given seed and clock.
/// </summary>
public sealed class DemoDossierGenerator(
    MotCuaDbContext db,
    IProcedureTermsSource procedures,
    WorkingCalendarProvider calendars,
    IFileStore files,
    IClock clock)
{
    private sealed record Pick(string Code, ProcedureLevel Level, ProcedureForDossier Terms);

    public async Task<DemoGenerationReport> GenerateAsync(int count, int seed, CancellationToken cancellationToken, Action<int>? progress = null)
    {
        var watch = Stopwatch.StartNew();
        var random = new Random(seed);
        var now = clock.GetCurrentInstant();
        var today = now.InZone(VietnamTime.Zone).Date;
        var calendar = await calendars.GetAsync(cancellationToken);
        var pool = await PoolAsync(today, cancellationToken);
        if (pool.Count == 0)
        {
            return new DemoGenerationReport(0, 0, watch.Elapsed);
        }

        var communes = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Commune && u.ValidTo == null)
            .OrderBy(u => u.Code).Select(u => new { u.Code, u.Name }).ToListAsync(cancellationToken);
        var centre = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Centre && u.ValidTo == null)
            .OrderBy(u => u.Code).Select(u => u.Code).FirstAsync(cancellationToken);
        var unitNames = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Name, cancellationToken);
        var counters = (await db.Set<DossierCodeCounter>().AsNoTracking().ToListAsync(cancellationToken))
            .ToDictionary(c => (c.UnitCode, c.Day), c => c.Last);
        var result = await SampleResultAsync(cancellationToken);
        // A few busy wards and communes get most dossiers, as in real life.
        var busy = communes.Take(12).Select(c => c.Code).ToArray();

        long events = 0;
        var made = 0;
        var pending = new List<(Dossier Dossier, DossierApplicant Applicant, List<LoggedEvent> Events)>(1_000);
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        // On SQLite the event log's indexes outgrow the default 2 MB page cache after some 100,000 dossiers and
        // every batch then reads its index pages back from disk: one connection with a 256 MB cache for the run.
        var sqlite = db.Database.IsSqlite();
        if (sqlite)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144;", cancellationToken);
        }

        try
        {
            for (var i = 0; i < count; i++)
            {
                var pick = pool[Weighted(random, pool.Count)];
                var commune = random.NextDouble() < 0.6 ? busy[random.Next(busy.Length)] : communes[random.Next(communes.Count)].Code;
                var receiving = pick.Level == ProcedureLevel.Commune ? commune : centre;
                var competent = pick.Level == ProcedureLevel.Commune ? commune : pick.Terms.CompetentUnitCode;
                var channel = pick.Terms.OnlineOffered && random.NextDouble() < 0.45 ? Channel.Online
                    : random.NextDouble() < 0.05 ? Channel.Post : Channel.Counter;
                var submitted = RandomWorkingInstant(random, calendar, now - Duration.FromDays(365), now - Duration.FromDays(1));
                var day = submitted.InZone(VietnamTime.Zone).Date;
                var number = counters[(receiving, day)] = counters.GetValueOrDefault((receiving, day)) + 1;
                var code = DossierCodes.Format(receiving, day, number);
                var person = DemoPeople.Next(random);
                var dossier = new Dossier { Id = Guid.NewGuid() };
                var log = new List<LoggedEvent>(12);
                var actor = new Actor(null, $"Công chức {unitNames.GetValueOrDefault(receiving, receiving)}", receiving);
                Simulate(random, calendar, now, dossier, log, actor, unitNames, new IntakeFacts(code, channel, pick.Terms.Terms with { },
                    receiving, competent, [new ComponentRecord("TP1", "Tờ khai", [], Digitized: random.NextDouble() < 0.7, Reused: random.NextDouble() < 0.2)]),
                    submitted, result);
                var applicant = new DossierApplicant
                {
                    DossierId = dossier.Id,
                    FullName = person.Name,
                    IdNumber = person.IdNumber,
                    Phone = person.Phone,
                    VerifiedByEId = channel == Channel.Online && random.NextDouble() < 0.8,
                };
                if (log.Count == 0)
                {
                    continue;
                }

                pending.Add((dossier, applicant, log));
                events += log.Count;
                made++;
                if (pending.Count == 1_000)
                {
                    await FlushAsync(pending, cancellationToken);
                    progress?.Invoke(made);
                }
            }

            await FlushAsync(pending, cancellationToken);
            await SaveCountersAsync(counters, cancellationToken);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            if (sqlite)
            {
                // The connection goes back to the pool: give it back its default cache.
                await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -2000;", CancellationToken.None);
                await db.Database.CloseConnectionAsync();
            }
        }

        return new DemoGenerationReport(made, events, watch.Elapsed);
    }

    private static void Simulate(Random random, WorkingCalendar calendar, Instant now, Dossier d, List<LoggedEvent> log, Actor actor,
        IReadOnlyDictionary<string, string> unitNames, IntakeFacts intake, Instant t, FileRecord result)
    {
        bool Do(Decision decision, Instant at, Actor who)
        {
            if (!decision.Accepted || at > now)
            {
                return false;
            }

            foreach (var (e, reason) in decision.Events)
            {
                var logged = EventChain.Link(StreamKind.Dossier, d.Id, d.LastSequence + 1, d.LastHash, DossierEventCodec.ToNew(e, at, who, reason), at);
                d.Apply(logged, e);
                log.Add(logged);
            }

            return true;
        }

        Instant Later(Instant from, double workingHours) => calendar.AddWorkingTime(from, Duration.FromMinutes(Math.Max(1, workingHours * 60)));
        Actor Officer(string unit) => new(null, $"Công chức {unitNames.GetValueOrDefault(unit, unit)}", unit);

        if (intake.Channel == Channel.Online)
        {
            Do(DossierLifecycle.Submit(intake, t, calendar), t, new Actor(null, "Công dân", null));
            if (random.NextDouble() < 0.03)
            {
                Do(DossierLifecycle.Refuse(d, "Hồ sơ không thuộc thẩm quyền giải quyết; đề nghị nộp tại cơ quan có thẩm quyền."), Later(t, 1 + random.NextDouble() * 5), actor);
                return;
            }

            // About 30% of online dossiers are received after the 8 working hours (Hậu Giang 2024: 31.41%).
            t = Later(t, random.NextDouble() < 0.7 ? 0.5 + random.NextDouble() * 6 : 9 + random.NextDouble() * 16);
            if (!Do(DossierLifecycle.Receive(d, intake.Terms, t, calendar), t, actor))
            {
                return;
            }
        }
        else if (!Do(DossierLifecycle.ReceiveNew(intake, t, calendar), t, actor))
        {
            return;
        }

        var terms = intake.Terms;
        var total = terms.ProcessingTime.Unit == DeadlineUnit.WorkingHours ? terms.ProcessingTime.Amount : terms.ProcessingTime.Amount * 8.0;
        for (var step = 0; step < terms.Steps.Count; step++)
        {
            var unit = d.HolderUnitCode;
            if (step == 0 && random.NextDouble() < 0.12)
            {
                t = Later(t, 1 + random.NextDouble() * 4);
                if (!Do(DossierLifecycle.RequestSupplement(d, ["Bản sao giấy tờ tùy thân còn hiệu lực"], "Thành phần hồ sơ chưa đầy đủ"), t, Officer(unit)))
                {
                    return;
                }

                var rounds = random.NextDouble() < 0.15 ? 2 : 1;
                for (var round = 0; round < rounds; round++)
                {
                    t = Later(t, 8 + random.NextDouble() * 40);
                    if (!Do(DossierLifecycle.CompleteSupplement(d, [], t, calendar), t, new Actor(null, "Công dân", null)))
                    {
                        return;
                    }

                    if (round + 1 < rounds)
                    {
                        t = Later(t, 2);
                        Do(DossierLifecycle.RequestSupplement(d, ["Văn bản xác nhận của cơ quan có thẩm quyền"], "Nội dung bổ sung chưa đúng yêu cầu"), t, Officer(unit));
                    }
                }
            }

            if (step == Math.Min(1, terms.Steps.Count - 1) && terms.TotalFee > 0 && d.OnlinePaymentChannel == 0)
            {
                t = Later(t, 0.5);
                if (!Do(DossierLifecycle.RequestPayment(d, terms.TotalFee), t, Officer(unit)))
                {
                    return;
                }

                t = Later(t, 1 + random.NextDouble() * 16);
                var paymentChannel = random.NextDouble() < 0.35 ? 1 + random.Next(2) : 0;
                if (!Do(DossierLifecycle.CompletePayment(d, terms.TotalFee, paymentChannel, t, calendar), t, new Actor(null, "Công dân", null)))
                {
                    return;
                }
            }

            if (random.NextDouble() < 0.004)
            {
                Do(DossierLifecycle.Withdraw(d, "Công dân có đơn xin rút hồ sơ"), Later(t, 2), new Actor(null, "Công dân", null));
                return;
            }

            if (random.NextDouble() < 0.004)
            {
                Do(DossierLifecycle.Stop(d, "Có văn bản của cơ quan có thẩm quyền đề nghị tạm dừng"), Later(t, 2), Officer(unit));
                return;
            }

            // Most steps take part of their share; about one in ten overruns it.
            var factor = random.NextDouble() < 0.9 ? 0.2 + random.NextDouble() * 0.8 : 1.2 + random.NextDouble() * 1.6;
            var done = Later(t, Math.Max(0.25, terms.Steps[step].Share * total * factor));
            if (d.DueAt is { } due && done > due && !d.Extended && random.NextDouble() < 0.3)
            {
                var apology = due - Duration.FromHours(1);
                if (apology > t)
                {
                    Do(DossierLifecycle.Extend(d, calendar.AddWorkingTime(due, Duration.FromHours(8 + random.Next(16))), "Hồ sơ cần xác minh thêm; cơ quan giải quyết xin lỗi và hẹn lại.", apology), apology, Officer(unit));
                }
            }

            t = done;
            var decision = step < terms.Steps.Count - 1
                ? DossierLifecycle.CompleteStep(d, t, calendar)
                : DossierLifecycle.IssueResult(d, intake.Channel == Channel.Online ? random.NextDouble() < 0.8 : random.NextDouble() < 0.3, null, [result]);
            if (!Do(decision, t, Officer(d.HolderUnitCode)))
            {
                return;
            }
        }

        if (random.NextDouble() < 0.95)
        {
            t = Later(t, 0.5 + random.NextDouble() * 16);
            var method = d.ElectronicResult && intake.Channel == Channel.Online ? ReturnMethod.Online : random.NextDouble() < 0.1 ? ReturnMethod.Post : ReturnMethod.Counter;
            Do(DossierLifecycle.Return(d, method), t, actor);
        }
    }

    private async Task FlushAsync(List<(Dossier Dossier, DossierApplicant Applicant, List<LoggedEvent> Events)> pending, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await BulkWriter.InsertAsync(db, [.. pending.Select(p => p.Dossier)], cancellationToken);
        await BulkWriter.InsertAsync(db, [.. pending.Select(p => p.Applicant)], cancellationToken);
        await BulkWriter.InsertAsync(db, [.. pending.SelectMany(p => p.Events)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        pending.Clear();
    }

    private async Task SaveCountersAsync(Dictionary<(string UnitCode, LocalDate Day), int> counters, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var ((unit, day), last) in counters)
        {
            var dayValue = day.ToDateOnly();
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "DossierCodeCounters" ("UnitCode", "Day", "Last") VALUES ({unit}, {dayValue}, {last})
                ON CONFLICT ("UnitCode", "Day") DO UPDATE SET "Last" = CASE WHEN "DossierCodeCounters"."Last" < {last} THEN {last} ELSE "DossierCodeCounters"."Last" END
                """, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<List<Pick>> PoolAsync(LocalDate today, CancellationToken cancellationToken)
    {
        var versions = await db.ProcedureVersions.AsNoTracking()
            .Where(v => v.EffectiveFrom <= today && (v.EffectiveTo == null || v.EffectiveTo >= today))
            .Select(v => new { v.Procedure!.Code, v.Level })
            .ToListAsync(cancellationToken);
        var anyCommune = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Commune && u.ValidTo == null).Select(u => u.Code).FirstOrDefaultAsync(cancellationToken);
        var pool = new List<Pick>();
        foreach (var v in versions.OrderBy(v => v.Level).ThenBy(v => v.Code, StringComparer.Ordinal))
        {
            if (await procedures.FindAsync(v.Code, today, Channel.Counter, anyCommune, cancellationToken) is { } terms)
            {
                pool.Add(new Pick(v.Code, v.Level, terms));
            }
        }

        return pool;
    }

    /// <summary>Commune-level procedures (listed first) are chosen more often, as civil status dominates in practice.</summary>
    private static int Weighted(Random random, int count) => (int)Math.Floor(count * Math.Pow(random.NextDouble(), 1.6));

    private static Instant RandomWorkingInstant(Random random, WorkingCalendar calendar, Instant from, Instant to)
    {
        var span = (to - from).TotalSeconds;
        var candidate = from + Duration.FromSeconds(random.NextDouble() * span);
        return calendar.AddWorkingTime(candidate, Duration.Zero);
    }

    /// <summary>One small, real PDF stored once and shared by the demo's electronic results.</summary>
    private async Task<FileRecord> SampleResultAsync(CancellationToken cancellationToken)
    {
        const string Pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 420 595]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        await using var stream = new MemoryStream(Encoding.ASCII.GetBytes(Pdf));
        var stored = await files.SaveAsync(stream, "ket-qua-mau.pdf", cancellationToken);
        return stored with { Name = "ket-qua.pdf" };
    }
}
