using MotCua.Data;
using MotCua.Domain.Calendar;
using NodaTime;

namespace MotCua.Web.Features.Calendar.Draft;

/// <summary>The proposed days of a draft, or why none was made.</summary>
public sealed record DraftResult(string? Error, IReadOnlyList<ScheduleDay> Days, int Version = 0)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// Proposes a year's schedule from the Labour Code (<see cref="HolidayRules.Draft"/>) as the draft of a
/// scope, for an administrator to review, complete (swaps, make-up days) and publish. The published copy
/// is never touched. An existing draft or published year is kept unless <c>replace</c> is asked for.
/// </summary>
public sealed class DraftYear(MotCuaDbContext db, CalendarYearStore store, IClock clock)
{
    public async Task<DraftResult> DraftAsync(string scope, int year, bool replace, string userName, CancellationToken cancellationToken)
    {
        if (store.Check(scope, year) is { } problem)
        {
            return new DraftResult(problem, []);
        }

        var entity = await store.LoadOrCreateAsync(scope, year, cancellationToken);
        var draft = CalendarYearStore.Days(entity, published: false);
        if (!replace && (draft.Count > 0 || entity.IsPublished))
        {
            return new DraftResult(
                $"Năm {year} ({scope}) đã có lịch{(entity.IsPublished ? " đã công bố" : "")} với {draft.Count} ngày trong bản nháp; " +
                "muốn thay bản nháp bằng đề xuất mới thì chọn thay thế (--replace).", draft);
        }

        var proposed = HolidayRules.Draft(year);
        entity.Days.RemoveAll(d => !d.Published);
        entity.Days.AddRange(proposed.Select(d => new CalendarDay { Date = d.Date, Kind = d.Kind, Reason = d.Reason, Published = false }));
        entity.Sources ??= "Bộ luật Lao động 2019, Điều 111 khoản 3 và Điều 112";
        CalendarYearStore.Touch(entity);
        CalendarAudit.Append(db, scope, year, clock.GetCurrentInstant(), userName, CalendarActions.Draft, CalendarAudit.Describe(draft), CalendarAudit.Describe(proposed));
        var saved = await store.SaveAsync(entity, cancellationToken);
        return new DraftResult(saved.Error, proposed, saved.Version);
    }
}
