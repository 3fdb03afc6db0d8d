using MotCua.Data;
using MotCua.Domain.Calendar;
using MotCua.Domain.Text;
using NodaTime;

namespace MotCua.Web.Features.Calendar.Edit;

/// <summary>
/// An administrator's edits to the draft of a year: add or change one day, remove one day, set the
/// documents the schedule follows. Each edit checks the version the administrator saw, the schedule rules
/// (<see cref="ScheduleRules"/>) and is written to the audit trail with the value before and after.
/// </summary>
public sealed class EditCalendarYear(MotCuaDbContext db, CalendarYearStore store, IClock clock)
{
    /// <summary>Adds a day to the draft, or replaces the entry of that date.</summary>
    public async Task<CalendarChangeResult> SaveDayAsync(string scope, int version, ScheduleDay day, string userName, CancellationToken cancellationToken)
    {
        day = day with { Reason = VietnameseText.NormalizeRequired(day.Reason) };
        if ((store.Check(scope, day.Date.Year) ?? ScheduleRules.CheckDay(day)) is { } problem)
        {
            return CalendarChangeResult.Fail(Capitalize(problem));
        }

        var entity = await store.LoadOrCreateAsync(scope, day.Date.Year, cancellationToken);
        if (entity.Version != version)
        {
            return CalendarChangeResult.Fail(CalendarYearStore.StaleMessage);
        }

        var existing = entity.Days.FirstOrDefault(d => !d.Published && d.Date == day.Date);
        var before = existing?.ToScheduleDay();
        if (before == day)
        {
            return new CalendarChangeResult(null, entity.Version);
        }

        if (existing is null)
        {
            entity.Days.Add(new CalendarDay { Date = day.Date, Kind = day.Kind, Reason = day.Reason, Published = false });
        }
        else
        {
            existing.Kind = day.Kind;
            existing.Reason = day.Reason;
        }

        CalendarYearStore.Touch(entity);
        CalendarAudit.Append(db, scope, day.Date.Year, clock.GetCurrentInstant(), userName,
            before is null ? CalendarActions.Add : CalendarActions.Change, before is null ? null : CalendarAudit.Describe(before), CalendarAudit.Describe(day));
        return await store.SaveAsync(entity, cancellationToken);
    }

    /// <summary>Removes the draft's entry of a date (the day becomes an ordinary weekday or weekend).</summary>
    public async Task<CalendarChangeResult> RemoveDayAsync(string scope, int version, LocalDate date, string userName, CancellationToken cancellationToken)
    {
        if (store.Check(scope, date.Year) is { } problem)
        {
            return CalendarChangeResult.Fail(problem);
        }

        var entity = await store.LoadOrCreateAsync(scope, date.Year, cancellationToken);
        if (entity.Version != version)
        {
            return CalendarChangeResult.Fail(CalendarYearStore.StaleMessage);
        }

        var existing = entity.Days.FirstOrDefault(d => !d.Published && d.Date == date);
        if (existing is null)
        {
            return CalendarChangeResult.Fail($"Bản nháp không có ngày {date:dd/MM/yyyy}.");
        }

        entity.Days.Remove(existing);
        CalendarYearStore.Touch(entity);
        CalendarAudit.Append(db, scope, date.Year, clock.GetCurrentInstant(), userName, CalendarActions.Remove, CalendarAudit.Describe(existing.ToScheduleDay()), null);
        return await store.SaveAsync(entity, cancellationToken);
    }

    /// <summary>Sets the documents (decisions, notices) the year's schedule follows, one per line.</summary>
    public async Task<CalendarChangeResult> SetSourcesAsync(string scope, int year, int version, string? sources, string userName, CancellationToken cancellationToken)
    {
        var text = VietnameseText.Normalize(sources)?.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (store.Check(scope, year) is { } problem)
        {
            return CalendarChangeResult.Fail(problem);
        }

        if (text is { Length: > 2000 })
        {
            return CalendarChangeResult.Fail("Căn cứ dài quá 2000 ký tự.");
        }

        var entity = await store.LoadOrCreateAsync(scope, year, cancellationToken);
        if (entity.Version != version)
        {
            return CalendarChangeResult.Fail(CalendarYearStore.StaleMessage);
        }

        if (entity.Sources == text)
        {
            return new CalendarChangeResult(null, entity.Version);
        }

        CalendarAudit.Append(db, scope, year, clock.GetCurrentInstant(), userName, CalendarActions.Sources, entity.Sources, text);
        entity.Sources = string.IsNullOrEmpty(text) ? null : text;
        entity.Version++;
        return await store.SaveAsync(entity, cancellationToken);
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
