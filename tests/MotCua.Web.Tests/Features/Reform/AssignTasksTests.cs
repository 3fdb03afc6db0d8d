using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.EventLog;
using MotCua.Domain.Reform;
using MotCua.Testing;
using NodaTime;

namespace MotCua.Web.Tests.Features.Reform;

public sealed class AssignTasksTests
{
    [Theory, AllProviders]
    public async Task SaveDirective_ReviewedTasks_WritesDirectiveEventsProjectionAndMailsInOneGo(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var result = await ReformTestKit.SaveAsync(db,
            ReformTestKit.Draft(1, "Rà soát thủ tục hộ tịch", "Sở Tư pháp", new LocalDate(2025, 12, 31), "Sở Nội vụ", "Bộ Tư pháp"),
            ReformTestKit.Draft(2, "Số hóa hồ sơ", "sở nội vụ", null) with { WithinMonth = true });

        Assert.True(result.Succeeded, string.Join("; ", result.Problems.Select(p => p.Value)));
        await using var context = db.NewContext();
        var directive = await context.Set<Directive>().SingleAsync();
        Assert.Equal(("123/UBND-VP", 2, "Lý Thị Kim Chi, Chuyên viên Phòng Kiểm soát thủ tục hành chính"), (directive.Number, directive.TaskCount, directive.RecordedBy));

        var tasks = await context.Set<ReformTask>().Include(t => t.Coordinators).OrderBy(t => t.Number).ToListAsync();
        Assert.Equal([("92.STP", "Sở Tư pháp"), ("92.SNV", "Sở Nội vụ")], tasks.Select(t => (t.LeadUnitCode!, t.LeadName)));
        Assert.Equal([("Sở Nội vụ", "92.SNV"), ("Bộ Tư pháp", (string?)null)], tasks[0].Coordinators.OrderBy(c => c.Position).Select(c => (c.Name, c.UnitCode)));
        Assert.Equal((TaskDeadlineKind.Date, new LocalDate(2025, 12, 31)), (tasks[0].DeadlineKind, tasks[0].DueOn!.Value));
        Assert.Equal((TaskDeadlineKind.None, ReformTaskState.Assigned), (tasks[1].DeadlineKind, tasks[1].State));
        Assert.Equal(new TaskTarget(IndicatorFamily.Index766, "2.1"), tasks[0].Target);

        foreach (var task in tasks)
        {
            var events = await context.EventLog.Where(e => e.StreamKind == StreamKind.ReformTask && e.StreamId == task.Id).OrderBy(e => e.Sequence).ToListAsync();
            Assert.Equal(["TaskAssigned"], events.Select(e => e.Type));
            Assert.Null(EventChain.Verify(StreamKind.ReformTask, task.Id, events, (task.LastSequence, task.LastHash)));
            var refolded = new ReformTask { Id = task.Id };
            foreach (var e in events)
            {
                refolded.Apply(e, ReformTaskEventCodec.Deserialize(e.Type, e.Data));
            }

            Assert.Equivalent(task, refolded);
        }

        // The lead agencies' leaders are told, each about their own task.
        var mails = await context.Outbox.Where(m => m.Topic.EndsWith(":Assigned")).ToListAsync();
        Assert.Equal([ReformTestKit.Mail("giamdoc.stp")], mails.Where(m => m.Topic.Contains(tasks[0].Id.ToString("N"), StringComparison.Ordinal)).Select(m => m.Recipient));
        Assert.Contains("Rà soát thủ tục hộ tịch", mails[0].Body, StringComparison.Ordinal);
        Assert.Contains("123/UBND-VP", mails[0].Body, StringComparison.Ordinal);
    }

    [Theory, AllProviders]
    public async Task SaveDirective_OneBadTask_SavesNothingAndNamesTheRow(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var result = await ReformTestKit.SaveAsync(db,
            ReformTestKit.Draft(1, "Rà soát", "Sở Tư pháp", null),
            ReformTestKit.Draft(2, "Báo cáo", "các sở, ban, ngành tỉnh", null),
            ReformTestKit.Draft(3, "", "Sở Y tế", null));

        Assert.False(result.Succeeded);
        Assert.Equal(["Drafts[1].Lead", "Drafts[2].Text"], result.Problems.Select(p => p.Key));
        Assert.Contains("nhóm cơ quan", result.Problems[0].Value, StringComparison.Ordinal);
        await using var context = db.NewContext();
        Assert.Equal(0, await context.Set<Directive>().CountAsync());
        Assert.Equal(0, await context.Set<ReformTask>().CountAsync());
        Assert.Equal(0, await context.EventLog.CountAsync());
        Assert.Equal(0, await context.Outbox.CountAsync());
    }

    [Theory, AllProviders]
    public async Task SaveDirective_SameNumberAndDayTwice_IsRefused(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        await ReformTestKit.JusticeTaskAsync(db, null);
        var again = await ReformTestKit.SaveAsync(db, ReformTestKit.Draft(1, "Rà soát", "Sở Tư pháp", null));
        Assert.Equal("Number", Assert.Single(again.Problems).Key);
        Assert.Contains("đã được lưu", again.Problems[0].Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveDirective_NotTheOffice_IsRefused()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, Seed.Demo);
        var result = await ReformTestKit.SaveAsAsync(db, ReformTestKit.JusticeOfficer, ReformTestKit.Directive(), ReformTestKit.Draft(1, "Rà soát", "Sở Tư pháp", null));
        Assert.Equal("Chỉ Văn phòng UBND giao nhiệm vụ cải cách hành chính.", Assert.Single(result.Problems).Value);
    }

    [Fact]
    public async Task SaveDirective_BadParticulars_AreNamed()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, Seed.Demo);
        var result = await ReformTestKit.SaveAsAsync(db, ReformTestKit.Office, new DirectiveInput("", null, "", "", null, null));
        Assert.Equal(["", "IssuedOn", "Issuer", "Kind", "Number", "Title"], result.Problems.Select(p => p.Key).Order(StringComparer.Ordinal));
    }
}
