using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Calendar;
using NodaTime;

namespace MotCua.Web.Features.Calendar.Admin;

/// <summary>A year as the administration list shows it.</summary>
public sealed record CalendarYearRow(string Scope, int Year, Instant? PublishedAt, string? PublishedBy, bool HasUnpublishedChanges, int DraftDays);

/// <summary>Everything the year page shows: draft, published copy, sources, version and audit trail.</summary>
public sealed record CalendarYearDetail(
    string Scope,
    int Year,
    int Version,
    string? Sources,
    Instant? PublishedAt,
    string? PublishedBy,
    IReadOnlyList<ScheduleDay> Draft,
    IReadOnlyList<ScheduleDay> Published,
    IReadOnlyList<CalendarChange> Changes)
{
    public IEnumerable<ScheduleDay> Added => Draft.Except(Published);

    public IEnumerable<ScheduleDay> Removed => Published.Except(Draft);
}

/// <summary>Reads for the administration pages.</summary>
public sealed class CalendarAdminQueries(MotCuaDbContext db, CalendarYearStore store)
{
    public async Task<IReadOnlyList<CalendarYearRow>> YearsAsync(CancellationToken cancellationToken)
    {
        var scopes = store.Scopes.ToList();
        var rows = await db.Set<CalendarYear>().AsNoTracking()
            .Where(y => scopes.Contains(y.Scope))
            .Select(y => new CalendarYearRow(y.Scope, y.Year, y.PublishedAt, y.PublishedBy, y.HasUnpublishedChanges, y.Days.Count(d => !d.Published)))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.Year).ThenBy(r => r.Scope == Domain.Calendar.CalendarYear.NationalScope ? 0 : 1)];
    }

    public async Task<CalendarYearDetail> YearAsync(string scope, int year, CancellationToken cancellationToken)
    {
        var entity = await db.Set<CalendarYear>().AsNoTracking().Include(y => y.Days)
            .FirstOrDefaultAsync(y => y.Scope == scope && y.Year == year, cancellationToken);
        var changes = await db.Set<CalendarChange>().AsNoTracking()
            .Where(c => c.Scope == scope && c.Year == year)
            .OrderByDescending(c => c.Id)
            .Take(200)
            .ToListAsync(cancellationToken);
        return entity is null
            ? new CalendarYearDetail(scope, year, 0, null, null, null, [], [], changes)
            : new CalendarYearDetail(scope, year, entity.Version, entity.Sources, entity.PublishedAt, entity.PublishedBy,
                CalendarYearStore.Days(entity, published: false), CalendarYearStore.Days(entity, published: true), changes);
    }

    /// <summary>The office hours set for a scope, or null.</summary>
    public async Task<OfficeHours?> OfficeHoursAsync(string scope, CancellationToken cancellationToken)
    {
        var rows = await db.Set<OfficePeriodSetting>().AsNoTracking().Where(p => p.Scope == scope).OrderBy(p => p.Start).ToListAsync(cancellationToken);
        return rows.Count > 0 && OfficeHours.TryCreate(rows.Select(p => new OfficePeriod(p.Start, p.End)), out var hours, out _) ? hours : null;
    }

    /// <summary>The office-hours audit of both scopes, newest first.</summary>
    public async Task<IReadOnlyList<CalendarChange>> OfficeHoursChangesAsync(CancellationToken cancellationToken) =>
        await db.Set<CalendarChange>().AsNoTracking()
            .Where(c => c.Action == CalendarActions.OfficeHours)
            .OrderByDescending(c => c.Id)
            .Take(50)
            .ToListAsync(cancellationToken);
}
