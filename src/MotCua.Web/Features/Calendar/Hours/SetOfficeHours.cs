using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Calendar;
using NodaTime;

namespace MotCua.Web.Features.Calendar.Hours;

/// <summary>Sets the office hours of a scope (the national default or the province); takes effect at once
/// for every deadline computed afterwards, and is written to the audit trail.</summary>
public sealed class SetOfficeHours(MotCuaDbContext db, CalendarYearStore store, WorkingCalendarProvider provider, IClock clock)
{
    public async Task<CalendarChangeResult> SetAsync(string scope, string? periods, string userName, CancellationToken cancellationToken)
    {
        if (!store.Scopes.Contains(scope))
        {
            return CalendarChangeResult.Fail($"Phạm vi \"{scope}\" không hợp lệ.");
        }

        if (!OfficeHours.TryParse(periods, out var hours, out var problem))
        {
            return CalendarChangeResult.Fail("Giờ làm việc không hợp lệ: " + problem);
        }

        var rows = await db.Set<OfficePeriodSetting>().Where(p => p.Scope == scope).OrderBy(p => p.Start).ToListAsync(cancellationToken);
        var before = rows.Count == 0 ? null : OfficeHours.Create(rows.Select(p => new OfficePeriod(p.Start, p.End)));
        if (hours.Equals(before))
        {
            return new CalendarChangeResult(null);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.RemoveRange(rows);
        // Deleted first: a new period may start at the same time as an old one (unique index).
        await db.SaveChangesAsync(cancellationToken);
        db.AddRange(hours.Periods.Select(p => new OfficePeriodSetting { Scope = scope, Start = p.Start, End = p.End }));
        CalendarAudit.Append(db, scope, 0, clock.GetCurrentInstant(), userName, CalendarActions.OfficeHours, before?.ToString(), hours.ToString());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        provider.Invalidate();
        return new CalendarChangeResult(null);
    }
}
