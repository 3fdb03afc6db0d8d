using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Data;
using MotCua.Domain.Calendar;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Calendar;

/// <summary>Outcome of a change to a calendar year: an error in Vietnamese, or the new version.</summary>
public sealed record CalendarChangeResult(string? Error, int Version = 0)
{
    public bool Succeeded => Error is null;

    public static CalendarChangeResult Fail(string error) => new(error);
}

/// <summary>What the calendar use cases share: which scopes exist, loading a year for change with its
/// version check, and whether the draft still differs from the published copy.</summary>
public sealed class CalendarYearStore(MotCuaDbContext db, IOptions<MotCuaOptions> options)
{
    public const int MinYear = 1900;
    public const int MaxYear = 2199;

    public const string StaleMessage = "Lịch năm này vừa được người khác thay đổi; hãy tải lại trang rồi làm lại. (Changed by someone else.)";

    /// <summary>The national default and the deployment's province.</summary>
    public IReadOnlyList<string> Scopes => [CalendarYear.NationalScope, options.Value.Province.Code];

    /// <summary>A problem with the scope or year, or <c>null</c>.</summary>
    public string? Check(string scope, int year) =>
        !Scopes.Contains(scope) ? $"Phạm vi \"{scope}\" không hợp lệ: chỉ {string.Join(" hoặc ", Scopes)}."
        : year is < MinYear or > MaxYear ? $"Năm {year} nằm ngoài {MinYear}–{MaxYear}."
        : null;

    /// <summary>The year with all its days (tracked), or a new empty one added to the context.</summary>
    public async Task<CalendarYear> LoadOrCreateAsync(string scope, int year, CancellationToken cancellationToken)
    {
        var entity = await db.Set<CalendarYear>().Include(y => y.Days)
            .FirstOrDefaultAsync(y => y.Scope == scope && y.Year == year, cancellationToken);
        if (entity is null)
        {
            entity = new CalendarYear { Scope = scope, Year = year };
            db.Add(entity);
        }

        return entity;
    }

    /// <summary>Bumps the version and recomputes whether the draft differs from the published copy.</summary>
    public static void Touch(CalendarYear year)
    {
        year.Version++;
        year.HasUnpublishedChanges = !SameDays(Days(year, published: false), Days(year, published: true))
            || (!year.IsPublished && year.Days.Any(d => !d.Published));
    }

    public static List<ScheduleDay> Days(CalendarYear year, bool published) =>
        [.. year.Days.Where(d => d.Published == published).Select(d => d.ToScheduleDay()).OrderBy(d => d.Date)];

    /// <summary>Saves, turning a lost race (the concurrency token) into <see cref="StaleMessage"/>.</summary>
    public async Task<CalendarChangeResult> SaveAsync(CalendarYear year, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new CalendarChangeResult(null, year.Version);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CalendarChangeResult.Fail(StaleMessage);
        }
        catch (DbUpdateException)
        {
            // A concurrent insert of the same year or day (unique indexes).
            return CalendarChangeResult.Fail(StaleMessage);
        }
    }

    private static bool SameDays(List<ScheduleDay> a, List<ScheduleDay> b) => a.SequenceEqual(b);
}
