using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Calendar;
using MotCua.Web.Features.Calendar;
using NodaTime;

namespace MotCua.Web.Infrastructure.Seeding;

/// <summary>
/// Loads the official civil-service schedules shipped in <c>data/holidays/</c> (2024–2026) as published
/// national years, and the default office hours, on first start. Idempotent: runs once per data version
/// (<see cref="SeedKey"/>), and never replaces a year or office hours that already exist, so an
/// administrator's edits survive upgrades.
/// </summary>
public sealed class CalendarSeeder(MotCuaDbContext db, IClock clock, ILogger<CalendarSeeder> logger)
{
    public const string SeedKey = "calendar:vn-2024-2026:v1";

    /// <summary>Who the audit trail names for seeded data.</summary>
    public const string SeedUser = "data/holidays";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.SeedRecords.AnyAsync(s => s.Key == SeedKey, cancellationToken))
        {
            return;
        }

        var shipped = ScheduleFiles.LoadShipped();
        var now = clock.GetCurrentInstant();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var added = 0;
        foreach (var year in shipped)
        {
            if (await db.Set<CalendarYear>().AnyAsync(y => y.Scope == year.Scope && y.Year == year.Year, cancellationToken))
            {
                continue;
            }

            var entity = new CalendarYear
            {
                Scope = year.Scope,
                Year = year.Year,
                Sources = string.Join('\n', year.Sources),
                PublishedAt = now,
                PublishedBy = SeedUser,
                Version = 1,
            };
            foreach (var day in year.Days)
            {
                entity.Days.Add(new CalendarDay { Date = day.Date, Kind = day.Kind, Reason = day.Reason, Published = false });
                entity.Days.Add(new CalendarDay { Date = day.Date, Kind = day.Kind, Reason = day.Reason, Published = true });
            }

            db.Add(entity);
            db.Add(new CalendarChange
            {
                Scope = year.Scope,
                Year = year.Year,
                At = now,
                UserName = SeedUser,
                Action = CalendarActions.Seed,
                After = $"{year.Days.Count} ngày, theo {string.Join("; ", year.Sources)}",
            });
            added++;
        }

        if (!await db.Set<OfficePeriodSetting>().AnyAsync(p => p.Scope == CalendarYear.NationalScope, cancellationToken))
        {
            foreach (var period in OfficeHours.Default.Periods)
            {
                db.Add(new OfficePeriodSetting { Scope = CalendarYear.NationalScope, Start = period.Start, End = period.End });
            }

            db.Add(new CalendarChange
            {
                Scope = CalendarYear.NationalScope,
                At = now,
                UserName = SeedUser,
                Action = CalendarActions.OfficeHours,
                After = OfficeHours.Default.ToString(),
            });
        }

        db.SeedRecords.Add(new SeedRecord { Key = SeedKey, AppliedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Loaded {Years} official working-calendar year(s) from data/holidays", added);
    }
}
