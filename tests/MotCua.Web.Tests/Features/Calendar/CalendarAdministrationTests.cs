using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Calendar;
using MotCua.Testing;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Calendar.Draft;
using MotCua.Web.Features.Calendar.Edit;
using MotCua.Web.Features.Calendar.Hours;
using MotCua.Web.Features.Calendar.Publish;
using MotCua.Web.Infrastructure.Seeding;
using NodaTime;

namespace MotCua.Web.Tests.Features.Calendar;

/// <summary>Seeding, drafting, editing and publishing calendar years, and the calendar in force, on both databases.</summary>
public sealed class CalendarAdministrationTests
{
    private static Instant At(int year, int month, int day, int hour, int minute = 0) =>
        VietnamTime.ToInstant(new LocalDateTime(year, month, day, hour, minute));

    private static async Task<TestDatabase> SeededAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider, Seed.Areas);
        await using var scope = database.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CalendarSeeder>().SeedAsync(CancellationToken.None);
        return database;
    }

    private static async Task<T> WithAsync<T>(TestDatabase database, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = database.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    [Theory, AllProviders]
    public async Task Seed_FreshDatabase_PublishesTheOfficial2024To2026Schedules(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using var db = database.NewContext();
        var years = await db.Set<CalendarYear>().Include(y => y.Days).OrderBy(y => y.Year).ToListAsync();
        Assert.Equal([2024, 2025, 2026], years.Select(y => y.Year));
        Assert.All(years, y => Assert.True(y.IsPublished && !y.HasUnpublishedChanges && y.Scope == CalendarYear.NationalScope));
        var y2025 = years[1].Days.Where(d => d.Published).ToList();
        Assert.Contains(y2025, d => d.Date == new LocalDate(2025, 5, 2) && d.Kind == ScheduleDayKind.SwappedDayOff);
        Assert.Contains(y2025, d => d.Date == new LocalDate(2025, 4, 26) && d.Kind == ScheduleDayKind.MakeupWorkday);
        Assert.Equal(2, await db.Set<OfficePeriodSetting>().CountAsync(p => p.Scope == CalendarYear.NationalScope));
        Assert.Equal(4, await db.Set<CalendarChange>().CountAsync());
    }

    [Theory, AllProviders]
    public async Task Seed_Twice_ChangesNothing(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await WithAsync(database, async sp =>
        {
            await sp.GetRequiredService<CalendarSeeder>().SeedAsync(CancellationToken.None);
            return 0;
        });
        await using var db = database.NewContext();
        Assert.Equal(3, await db.Set<CalendarYear>().CountAsync());
        Assert.Equal(4, await db.Set<CalendarChange>().CountAsync());
    }

    [Theory, AllProviders]
    public async Task Provider_SeededDatabase_ComputesTheIssueExample(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var calendar = await WithAsync(database, sp => sp.GetRequiredService<WorkingCalendarProvider>().GetAsync());
        Assert.Equal(At(2025, 2, 5, 15), calendar.Due(At(2025, 1, 24, 15), Deadline.WorkingDays(3)));
        Assert.Equal(OfficeHours.Default, calendar.OfficeHours);
    }

    [Theory, AllProviders]
    public async Task Draft_2027_IsADraftNotUsedUntilPublished(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var draft = await WithAsync(database, sp => sp.GetRequiredService<DraftYear>().DraftAsync(CalendarYear.NationalScope, 2027, false, "quantri", CancellationToken.None));
        Assert.True(draft.Succeeded, draft.Error);
        Assert.Contains(draft.Days, d => d.Date == new LocalDate(2027, 4, 16));

        var calendar = await WithAsync(database, sp => sp.GetRequiredService<WorkingCalendarProvider>().GetAsync());
        Assert.True(calendar.IsWorkingDay(new LocalDate(2027, 4, 16)), "an unpublished draft must not change deadlines");

        await using var db = database.NewContext();
        var year = await db.Set<CalendarYear>().SingleAsync(y => y.Year == 2027);
        Assert.Null(year.PublishedAt);
        Assert.True(year.HasUnpublishedChanges);
        Assert.Contains(await db.Set<CalendarChange>().Where(c => c.Year == 2027).ToListAsync(), c => c.Action == CalendarActions.Draft && c.UserName == "quantri");
    }

    [Theory, AllProviders]
    public async Task Draft_ExistingYearWithoutReplace_IsRefused(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var result = await WithAsync(database, sp => sp.GetRequiredService<DraftYear>().DraftAsync(CalendarYear.NationalScope, 2026, false, "quantri", CancellationToken.None));
        Assert.False(result.Succeeded);
        Assert.Contains("--replace", result.Error, StringComparison.Ordinal);
    }

    [Theory, AllProviders]
    public async Task EditThenPublish_2027_ChangesDeadlinesAndKeepsAnAudit(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var draft = await WithAsync(database, sp => sp.GetRequiredService<DraftYear>().DraftAsync(CalendarYear.NationalScope, 2027, false, "quantri", CancellationToken.None));
        var version = draft.Version;

        // A swap: Friday 30/4/2027 is a holiday; say Monday 3/5 is the compensatory day already; add a swap for Friday 10/9 and a make-up Saturday 18/9.
        var swap = await WithAsync(database, sp => sp.GetRequiredService<EditCalendarYear>().SaveDayAsync(CalendarYear.NationalScope, version,
            new ScheduleDay(new LocalDate(2027, 9, 10), ScheduleDayKind.SwappedDayOff, "Nghỉ hoán đổi, làm bù thứ Bảy 18/9/2027"), "quantri", CancellationToken.None));
        Assert.True(swap.Succeeded, swap.Error);
        var makeup = await WithAsync(database, sp => sp.GetRequiredService<EditCalendarYear>().SaveDayAsync(CalendarYear.NationalScope, swap.Version,
            new ScheduleDay(new LocalDate(2027, 9, 18), ScheduleDayKind.MakeupWorkday, "Làm bù cho thứ Sáu 10/9/2027"), "quantri", CancellationToken.None));
        Assert.True(makeup.Succeeded, makeup.Error);

        var stale = await WithAsync(database, sp => sp.GetRequiredService<PublishYear>().PublishAsync(CalendarYear.NationalScope, 2027, swap.Version, "quantri", CancellationToken.None));
        Assert.Equal(CalendarYearStore.StaleMessage, stale.Error);

        var published = await WithAsync(database, sp => sp.GetRequiredService<PublishYear>().PublishAsync(CalendarYear.NationalScope, 2027, makeup.Version, "quantri", CancellationToken.None));
        Assert.True(published.Succeeded, published.Error);

        var calendar = await WithAsync(database, sp => sp.GetRequiredService<WorkingCalendarProvider>().GetAsync());
        Assert.False(calendar.IsWorkingDay(new LocalDate(2027, 4, 16)));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2027, 9, 10)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2027, 9, 18)));

        await using var db = database.NewContext();
        var actions = await db.Set<CalendarChange>().Where(c => c.Year == 2027).OrderBy(c => c.Id).Select(c => c.Action).ToListAsync();
        Assert.Equal([CalendarActions.Draft, CalendarActions.Add, CalendarActions.Add, CalendarActions.Publish], actions);
        var year = await db.Set<CalendarYear>().SingleAsync(y => y.Year == 2027);
        Assert.False(year.HasUnpublishedChanges);
        Assert.Equal("quantri", year.PublishedBy);
    }

    [Theory, AllProviders]
    public async Task Republish_PublishedYear_ReplacesThePublishedCopy(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        // 24/11/2026: Ngày Văn hóa Việt Nam, if the Labour Code is amended (an administrator's decision).
        var day = new ScheduleDay(new LocalDate(2026, 11, 24), ScheduleDayKind.Holiday, "Ngày Văn hóa Việt Nam");
        var saved = await WithAsync(database, sp => sp.GetRequiredService<EditCalendarYear>().SaveDayAsync(CalendarYear.NationalScope, 1, day, "quantri", CancellationToken.None));
        Assert.True(saved.Succeeded, saved.Error);
        var before = await WithAsync(database, sp => sp.GetRequiredService<WorkingCalendarProvider>().GetAsync());
        Assert.True(before.IsWorkingDay(day.Date));

        var published = await WithAsync(database, sp => sp.GetRequiredService<PublishYear>().PublishAsync(CalendarYear.NationalScope, 2026, saved.Version, "quantri", CancellationToken.None));
        Assert.True(published.Succeeded, published.Error);
        var after = await WithAsync(database, sp => sp.GetRequiredService<WorkingCalendarProvider>().GetAsync());
        Assert.False(after.IsWorkingDay(day.Date));
        Assert.False(after.IsWorkingDay(new LocalDate(2026, 2, 17)));

        await using var db = database.NewContext();
        Assert.Equal(17, await db.Set<CalendarDay>().CountAsync(d => d.Published && d.Date >= new LocalDate(2026, 1, 1) && d.Date <= new LocalDate(2026, 12, 31)));
    }

    [Theory, AllProviders]
    public async Task SaveDay_MakeupOnAWeekday_IsRefusedAndNothingChanges(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var result = await WithAsync(database, sp => sp.GetRequiredService<EditCalendarYear>().SaveDayAsync(CalendarYear.NationalScope, 1,
            new ScheduleDay(new LocalDate(2026, 3, 4), ScheduleDayKind.MakeupWorkday, "Làm bù"), "quantri", CancellationToken.None));
        Assert.False(result.Succeeded);
        Assert.Contains("thứ Bảy hoặc Chủ nhật", result.Error, StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.Equal(0, await db.Set<CalendarChange>().CountAsync(c => c.Action == CalendarActions.Add));
    }

    [Theory, AllProviders]
    public async Task ProvinceYear_Published_ReplacesTheNationalYearForTheProvince(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var day = new ScheduleDay(new LocalDate(2026, 12, 4), ScheduleDayKind.OtherDayOff, "Nghỉ theo quyết định của UBND thành phố");
        var saved = await WithAsync(database, sp => sp.GetRequiredService<EditCalendarYear>().SaveDayAsync("92", 0, day, "quantri", CancellationToken.None));
        Assert.True(saved.Succeeded, saved.Error);
        var sources = await WithAsync(database, sp => sp.GetRequiredService<EditCalendarYear>().SetSourcesAsync("92", 2026, saved.Version, "Quyết định thử của UBND thành phố", "quantri", CancellationToken.None));
        var published = await WithAsync(database, sp => sp.GetRequiredService<PublishYear>().PublishAsync("92", 2026, sources.Version, "quantri", CancellationToken.None));
        Assert.True(published.Succeeded, published.Error);

        var calendar = await WithAsync(database, sp => sp.GetRequiredService<WorkingCalendarProvider>().GetAsync());
        Assert.False(calendar.IsWorkingDay(new LocalDate(2026, 12, 4)));
        // The province's year replaces the national one entirely: it has only the day entered.
        Assert.True(calendar.IsWorkingDay(new LocalDate(2026, 9, 1)));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2025, 9, 1)));
    }

    [Theory, AllProviders]
    public async Task SetOfficeHours_Province_IsUsedByTheCalendar(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        var before = await WithAsync(database, sp => sp.GetRequiredService<WorkingCalendarProvider>().GetAsync());
        Assert.Equal(Duration.FromHours(8), before.WorkingDayLength);
        var result = await WithAsync(database, sp => sp.GetRequiredService<SetOfficeHours>().SetAsync("92", "07:30-11:30, 13:30-17:00", "quantri", CancellationToken.None));
        Assert.True(result.Succeeded, result.Error);
        var after = await WithAsync(database, sp => sp.GetRequiredService<WorkingCalendarProvider>().GetAsync());
        Assert.Equal(Duration.FromHours(7.5), after.WorkingDayLength);

        var bad = await WithAsync(database, sp => sp.GetRequiredService<SetOfficeHours>().SetAsync("92", "13:30-17:00, 07:00-11:30", "quantri", CancellationToken.None));
        Assert.False(bad.Succeeded);
    }
}
