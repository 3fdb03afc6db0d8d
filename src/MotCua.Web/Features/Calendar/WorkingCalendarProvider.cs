using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using MotCua.Data;
using MotCua.Domain.Calendar;
using MotCua.Web.Infrastructure;
using NodaTime;

namespace MotCua.Web.Features.Calendar;

/// <summary>The schedule in force for the deployment's province: for each year, the province's published
/// year if it has one, else the national one; office hours of the province, else the national ones, else
/// the default. Years nobody has published have weekends only (<see cref="PublishedYears"/> tells).</summary>
public sealed record EffectiveSchedule(
    string Province,
    WorkingCalendar Calendar,
    IReadOnlyDictionary<LocalDate, ScheduleDay> Days,
    IReadOnlySet<int> PublishedYears)
{
    public OfficeHours OfficeHours => Calendar.OfficeHours;
}

/// <summary>
/// Gives the <see cref="WorkingCalendar"/> of the current province, read from the published schedules in
/// the database. Every deadline in MotCua (dossiers, feedback, reform tasks) takes its calendar from here:
/// <code>var calendar = await provider.GetAsync(ct); var due = calendar.Due(receivedAt, procedure.Deadline, pauses);</code>
/// Cached in memory; publishing a year or changing office hours calls <see cref="Invalidate"/>. Other
/// instances of a multi-server deployment pick the change up within <see cref="CacheLifetime"/>.
/// </summary>
public sealed class WorkingCalendarProvider(MotCuaDbContext db, IMemoryCache cache, IOptions<MotCuaOptions> options)
{
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(5);

    private string Province => options.Value.Province.Code;

    private string CacheKey => "working-calendar:" + Province;

    /// <summary>The working calendar in force for the province.</summary>
    public async Task<WorkingCalendar> GetAsync(CancellationToken cancellationToken = default) =>
        (await GetScheduleAsync(cancellationToken)).Calendar;

    /// <summary>The calendar with the published days and their reasons (for pages).</summary>
    public async Task<EffectiveSchedule> GetScheduleAsync(CancellationToken cancellationToken = default) =>
        await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheLifetime;
            return await LoadAsync(cancellationToken);
        }) ?? await LoadAsync(cancellationToken);

    /// <summary>Forgets the cached calendar (after a publication or an office-hours change).</summary>
    public void Invalidate() => cache.Remove(CacheKey);

    private async Task<EffectiveSchedule> LoadAsync(CancellationToken cancellationToken)
    {
        var province = Province;
        var scopes = new[] { CalendarYear.NationalScope, province };
        var years = await db.Set<CalendarYear>().AsNoTracking()
            .Where(y => scopes.Contains(y.Scope) && y.PublishedAt != null)
            .Select(y => new { y.Id, y.Scope, y.Year })
            .ToListAsync(cancellationToken);
        var chosen = years
            .GroupBy(y => y.Year)
            .Select(g => g.FirstOrDefault(y => y.Scope == province) ?? g.First())
            .ToList();
        var ids = chosen.Select(y => y.Id).ToList();
        var days = await db.Set<CalendarDay>().AsNoTracking()
            .Where(d => d.Published && ids.Contains(d.CalendarYearId))
            .ToListAsync(cancellationToken);

        var periods = await db.Set<OfficePeriodSetting>().AsNoTracking()
            .Where(p => scopes.Contains(p.Scope))
            .ToListAsync(cancellationToken);
        var own = periods.Where(p => p.Scope == province).ToList();
        var used = own.Count > 0 ? own : periods.Where(p => p.Scope == CalendarYear.NationalScope).ToList();
        var hours = used.Count > 0 && OfficeHours.TryCreate(used.OrderBy(p => p.Start).Select(p => new OfficePeriod(p.Start, p.End)), out var parsed, out _)
            ? parsed
            : OfficeHours.Default;

        var schedule = days.Select(d => d.ToScheduleDay()).ToList();
        return new EffectiveSchedule(
            province,
            WorkingCalendar.FromSchedule(schedule, hours),
            schedule.ToDictionary(d => d.Date),
            chosen.Select(y => y.Year).ToHashSet());
    }
}
