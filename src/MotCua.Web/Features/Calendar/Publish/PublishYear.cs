using MotCua.Data;
using MotCua.Domain.Calendar;
using NodaTime;

namespace MotCua.Web.Features.Calendar.Publish;

/// <summary>
/// Publishes the reviewed draft of a year: its days replace the published copy, which every deadline of
/// the province uses from then on (the cached calendar is dropped). Requires the version the administrator
/// reviewed, a schedule that satisfies <see cref="ScheduleRules"/> and the documents it follows.
/// </summary>
public sealed class PublishYear(MotCuaDbContext db, CalendarYearStore store, WorkingCalendarProvider provider, IClock clock)
{
    public async Task<CalendarChangeResult> PublishAsync(string scope, int year, int version, string userName, CancellationToken cancellationToken)
    {
        if (store.Check(scope, year) is { } problem)
        {
            return CalendarChangeResult.Fail(problem);
        }

        var entity = await store.LoadOrCreateAsync(scope, year, cancellationToken);
        if (entity.Version != version)
        {
            return CalendarChangeResult.Fail(CalendarYearStore.StaleMessage);
        }

        var draft = CalendarYearStore.Days(entity, published: false);
        if (draft.Count == 0)
        {
            return CalendarChangeResult.Fail($"Bản nháp năm {year} chưa có ngày nào; hãy đề xuất hoặc nhập lịch trước khi công bố.");
        }

        if (ScheduleRules.Check(draft) is { } invalid)
        {
            return CalendarChangeResult.Fail("Chưa công bố được: " + invalid);
        }

        if (string.IsNullOrWhiteSpace(entity.Sources))
        {
            return CalendarChangeResult.Fail("Hãy ghi căn cứ (văn bản của Chính phủ, Bộ Nội vụ hoặc UBND tỉnh) trước khi công bố.");
        }

        var before = CalendarYearStore.Days(entity, published: true);
        entity.Days.RemoveAll(d => d.Published);
        entity.Days.AddRange(draft.Select(d => new CalendarDay { Date = d.Date, Kind = d.Kind, Reason = d.Reason, Published = true }));
        var now = clock.GetCurrentInstant();
        entity.PublishedAt = now;
        entity.PublishedBy = userName;
        CalendarYearStore.Touch(entity);
        CalendarAudit.Append(db, scope, year, now, userName, CalendarActions.Publish, CalendarAudit.Describe(before), CalendarAudit.Describe(draft));
        var result = await store.SaveAsync(entity, cancellationToken);
        if (result.Succeeded)
        {
            provider.Invalidate();
        }

        return result;
    }
}
