using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Reform;
using MotCua.Testing;
using MotCua.Web.Features.Reform.Actions;
using MotCua.Web.Features.Reform.Reminders;
using NodaTime;

namespace MotCua.Web.Tests.Features.Reform;

public sealed class ReformRemindersTests
{
    /// <summary>Friday 19/12/2025.</summary>
    private static readonly LocalDate Due = new(2025, 12, 19);

    /// <summary>Runs the job twice on every day from <paramref name="from"/> (default: the test clock's start, Mon
    /// 24/11/2025) to <paramref name="to"/>.</summary>
    private static async Task<List<(LocalDate Day, ReminderRun Run)>> RunDailyAsync(TestDatabase db, LocalDate to, LocalDate? from = null)
    {
        var runs = new List<(LocalDate, ReminderRun)>();
        for (var day = from ?? new LocalDate(2025, 11, 24); day <= to; day = day.PlusDays(1))
        {
            ReformTestKit.SetDay(db, day);
            runs.Add((day, await ReformTestKit.RemindAsync(db)));
            runs.Add((day, await ReformTestKit.RemindAsync(db)));
        }

        return runs;
    }

    [Theory, AllProviders]
    public async Task Run_EveryDay_RemindsTheLeadersOnTheRightDaysOnceThenEscalatesToProvinceLeaders(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var id = await ReformTestKit.JusticeTaskAsync(db, Due);

        var runs = await RunDailyAsync(db, new LocalDate(2026, 1, 9));

        await using var context = db.NewContext();
        var reminders = (await context.EventLog.Where(e => e.StreamId == id && e.Type == "ReminderSent").OrderBy(e => e.Sequence).ToListAsync())
            .Select(e => (Day: e.OccurredAt.InZone(Domain.VietnamTime.Zone).Date, Sent: (ReminderSent)ReformTaskEventCodec.Deserialize(e.Type, e.Data)))
            .ToList();
        Assert.Equal(
        [
            (new LocalDate(2025, 12, 10), ReminderKind.BeforeDeadline),
            (new LocalDate(2025, 12, 16), ReminderKind.BeforeDeadline),
            (new LocalDate(2025, 12, 18), ReminderKind.BeforeDeadline),
            (new LocalDate(2025, 12, 22), ReminderKind.Overdue),
            (new LocalDate(2025, 12, 26), ReminderKind.Escalated),
        ],
            reminders.Select(r => (r.Day, r.Sent.Kind)));
        Assert.Equal([7, 3, 1], reminders.Take(3).Select(r => r.Sent.Threshold!.Value));

        var mails = await ReformTestKit.OutboxAsync(db, id.ToString("N"));
        var before = mails.Where(m => m.Topic.Contains(":BeforeDeadline", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, before.Count);
        Assert.All(before, m => Assert.Equal(ReformTestKit.Mail("giamdoc.stp"), m.Recipient));
        Assert.Contains("còn 7 ngày làm việc", before[0].Body, StringComparison.Ordinal);
        Assert.Equal([ReformTestKit.Mail("giamdoc.stp")], mails.Where(m => m.Topic.Contains(":Overdue", StringComparison.Ordinal)).Select(m => m.Recipient));
        Assert.Equal([ReformTestKit.Mail("lanhdao"), ReformTestKit.Mail("vanphong")],
            mails.Where(m => m.Topic.Contains(":Escalated", StringComparison.Ordinal)).Select(m => m.Recipient).Order(StringComparer.Ordinal));

        // Weekly digests to the Office: one per week, on its first working day.
        var digests = await ReformTestKit.OutboxAsync(db, "reform:digest:");
        Assert.Equal(["2025-W48", "2025-W49", "2025-W50", "2025-W51", "2025-W52", "2026-W01", "2026-W02"],
            digests.Select(m => m.Topic["reform:digest:".Length..]).Distinct());
        Assert.All(digests.GroupBy(m => m.Topic), g => Assert.Equal([ReformTestKit.Mail("chuyenvien.vp"), ReformTestKit.Mail("vanphong")], g.Select(m => m.Recipient).Order(StringComparer.Ordinal)));
        Assert.Contains("Quá hạn (1)", digests.Single(m => m.Topic.EndsWith("2026-W02", StringComparison.Ordinal) && m.Recipient.StartsWith("vanphong", StringComparison.Ordinal)).Body, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2025, 12, 29), runs.First(r => r.Run.DigestSent && r.Day.Year == 2025 && r.Day.Month == 12 && r.Day.Day > 26).Day);
    }

    [Theory, AllProviders]
    public async Task Run_ReportedDoneInTime_StopsTheChase(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var id = await ReformTestKit.JusticeTaskAsync(db, Due);
        await RunDailyAsync(db, new LocalDate(2025, 12, 16));
        ReformTestKit.SetDay(db, new LocalDate(2025, 12, 17));
        Assert.True((await ReformTestKit.ActAsync(db, ReformTestKit.JusticeOfficer, id, new ReportProgress(100, "Xong", true, []))).Succeeded);

        await RunDailyAsync(db, new LocalDate(2026, 1, 9), from: new LocalDate(2025, 12, 17));

        await using var context = db.NewContext();
        var kinds = (await context.EventLog.Where(e => e.StreamId == id && e.Type == "ReminderSent").ToListAsync())
            .Select(e => ((ReminderSent)ReformTaskEventCodec.Deserialize(e.Type, e.Data)).Threshold);
        Assert.Equal([7, 3], kinds);
    }

    [Fact]
    public async Task Run_AgencyOutsideTheProvince_RemindsTheOffice()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, Seed.Demo);
        var saved = await ReformTestKit.SaveAsync(db, ReformTestKit.Draft(1, "Hướng dẫn nghiệp vụ", "Bộ Tư pháp", new LocalDate(2025, 11, 26)));
        var id = saved.Tasks[0].Id;

        var run = await ReformTestKit.RemindAsync(db);

        Assert.Equal(1, run.BeforeDeadline);
        Assert.Equal([ReformTestKit.Mail("chuyenvien.vp"), ReformTestKit.Mail("vanphong")],
            (await ReformTestKit.OutboxAsync(db, id.ToString("N") + ":BeforeDeadline")).Select(m => m.Recipient).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Run_OnASunday_SendsNothing()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, Seed.Demo);
        await ReformTestKit.JusticeTaskAsync(db, new LocalDate(2025, 11, 25));
        ReformTestKit.SetDay(db, new LocalDate(2025, 11, 30));
        Assert.Equal(new ReminderRun(0, 0, 0, false), await ReformTestKit.RemindAsync(db));
    }

    [Fact]
    public void DigestTopic_IsTheIsoWeek() =>
        Assert.Equal("reform:digest:2026-W01", ReformReminders.DigestTopic(new LocalDate(2025, 12, 29)));
}
