using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Domain.EventLog;
using MotCua.Domain.Reform;
using MotCua.Testing;
using MotCua.Web.Features.Reform;
using MotCua.Web.Features.Reform.Actions;
using MotCua.Web.Features.Reform.Queries;
using MotCua.Web.Infrastructure.Files;
using NodaTime;

namespace MotCua.Web.Tests.Features.Reform;

public sealed class ReformTaskActionsTests
{
    private static readonly LocalDate Due = new(2025, 12, 31);

    private static UploadedEvidence Pdf(string name = "bien-ban.pdf") => new(new MemoryStream("%PDF-1.4 biên bản"u8.ToArray()), name);

    [Theory, AllProviders]
    public async Task Lifecycle_ReportWithEvidenceThenAccept_IsRecordedAndCounted(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var id = await ReformTestKit.JusticeTaskAsync(db, Due);

        var progress = await ReformTestKit.ActAsync(db, ReformTestKit.JusticeOfficer, id, new ReportProgress(40, "Đã rà soát 12/30 thủ tục", false, [Pdf()]));
        Assert.True(progress.Succeeded, progress.Error);
        var done = await ReformTestKit.ActAsync(db, "giamdoc.stp", id, new ReportProgress(100, "Đã trình Quyết định công bố", true, []));
        Assert.True(done.Succeeded, done.Error);
        // The Office is told that a result waits for it.
        Assert.Contains(ReformTestKit.Mail(ReformTestKit.OfficeLeader), (await ReformTestKit.OutboxAsync(db, ":ReportedDone")).Select(m => m.Recipient));

        var accepted = await ReformTestKit.ActAsync(db, ReformTestKit.OfficeLeader, id, new AcceptReport());
        Assert.True(accepted.Succeeded, accepted.Error);

        var task = await ReformTestKit.TaskAsync(db, id);
        Assert.Equal(ReformTaskState.Accepted, task.State);
        var completion = Assert.Single(task.Completions);
        Assert.True(completion.OnTime);

        await using var context = db.NewContext();
        var events = await context.EventLog.Where(e => e.StreamKind == StreamKind.ReformTask && e.StreamId == id).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(["TaskAssigned", "ProgressReported", "ProgressReported", "ReportAccepted"], events.Select(e => e.Type));
        Assert.Null(EventChain.Verify(StreamKind.ReformTask, id, events, (task.LastSequence, task.LastHash)));
        var evidence = Assert.Single(((ProgressReported)ReformTaskEventCodec.Deserialize(events[1].Type, events[1].Data)).Files);
        Assert.Equal("bien-ban.pdf", evidence.Name);
        await using var scope = db.Services.CreateAsyncScope();
        await using (var stored = scope.ServiceProvider.GetRequiredService<IFileStore>().Open(evidence.StorageKey))
        {
            Assert.NotNull(stored);
        }

        var figures = await scope.ServiceProvider.GetRequiredService<ReformQueries>().DashboardAsync(null, CancellationToken.None);
        var justice = figures.Agencies.Single(a => a.UnitCode == "92.STP");
        Assert.Equal((1, 1, 1.0), (justice.Tally.Assigned, justice.Tally.DoneOnTime, justice.Tally.CompletionRate));
    }

    [Theory, AllProviders]
    public async Task Report_ByAnotherAgencyOrTheOffice_IsRefusedAndWritesNothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var id = await ReformTestKit.JusticeTaskAsync(db, Due);

        // Phường Ninh Kiều is neither lead nor coordinator: for it the task does not exist.
        var outsider = await ReformTestKit.ActAsync(db, "chuyenvien.ninhkieu", id, new ReportProgress(10, "x", false, []));
        Assert.True(outsider.NotFound);
        var office = await ReformTestKit.ActAsync(db, ReformTestKit.Office, id, new ReportProgress(10, "x", false, []));
        Assert.Equal(ReformTaskActions.NotTheLead, office.Error);
        var badFile = await ReformTestKit.ActAsync(db, ReformTestKit.JusticeOfficer, id,
            new ReportProgress(10, "x", false, [new UploadedEvidence(new MemoryStream([0x4D, 0x5A, 0x90, 0x00]), "virus.exe")]));
        Assert.Contains("không phải PDF", badFile.Error, StringComparison.Ordinal);

        await using var context = db.NewContext();
        Assert.Equal(1, await context.EventLog.CountAsync(e => e.StreamId == id));
        Assert.Empty(Directory.Exists(Path.Combine(db.DataFolder, "files")) ? Directory.EnumerateFiles(Path.Combine(db.DataFolder, "files"), "*", SearchOption.AllDirectories) : []);
    }

    [Theory, AllProviders]
    public async Task Accept_OnlyTheOffice_MayDecide(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var id = await ReformTestKit.JusticeTaskAsync(db, Due);
        Assert.True((await ReformTestKit.ActAsync(db, ReformTestKit.JusticeOfficer, id, new ReportProgress(100, "Xong", true, []))).Succeeded);

        Assert.Equal(ReformTaskActions.NotTheOffice, (await ReformTestKit.ActAsync(db, "giamdoc.stp", id, new AcceptReport())).Error);
        Assert.Equal(ReformTaskActions.NotTheOffice, (await ReformTestKit.ActAsync(db, "lanhdao", id, new AcceptReport())).Error);
        Assert.Equal(ReformTaskActions.NotTheOffice, (await ReformTestKit.ActAsync(db, "chuyenvien.stp", id, new CancelTask("x"))).Error);

        var back = await ReformTestKit.ActAsync(db, ReformTestKit.Office, id, new SendBackReport("Thiếu quyết định công bố"));
        Assert.True(back.Succeeded, back.Error);
        Assert.Equal(ReformTaskState.InProgress, (await ReformTestKit.TaskAsync(db, id)).State);
        var mail = Assert.Single(await ReformTestKit.OutboxAsync(db, ":SentBack"));
        Assert.Equal(ReformTestKit.Mail("giamdoc.stp"), mail.Recipient);
        Assert.Contains("Thiếu quyết định công bố", mail.Body, StringComparison.Ordinal);
    }

    [Theory, AllProviders]
    public async Task Visibility_ADepartmentSeesTheTasksItLeadsOrCoordinates(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var justiceTask = await ReformTestKit.JusticeTaskAsync(db, Due);
        var health = await ReformTestKit.SaveAsAsync(db, ReformTestKit.Office, ReformTestKit.Directive("124/UBND-VP"),
            ReformTestKit.Draft(1, "Số hóa hồ sơ y tế", "Sở Y tế", Due));
        Assert.True(health.Succeeded);

        async Task<IReadOnlyList<Guid>> VisibleTo(string userName)
        {
            var staff = await ReformTestKit.StaffAsync(db, userName);
            await using var scope = db.Services.CreateAsyncScope();
            var (rows, _) = await scope.ServiceProvider.GetRequiredService<ReformQueries>().ListAsync(staff, new TaskFilter(), CancellationToken.None);
            return [.. rows.Select(r => r.Id)];
        }

        Assert.Equal([justiceTask], await VisibleTo("chuyenvien.stp"));
        Assert.Empty(await VisibleTo("chuyenvien.ninhkieu"));
        Assert.Equal(2, (await VisibleTo("chuyenvien.vp")).Count);
        Assert.Equal(2, (await VisibleTo("lanhdao")).Count);

        // Sở Nội vụ coordinates the justice task: it sees it but does not report on it.
        await using var context = db.NewContext();
        var home = await ReformTestKit.StaffAsync(db, ReformTestKit.JusticeOfficer) with { UnitCode = "92.SNV", ScopeUnitCodes = new HashSet<string>(["92.SNV"], StringComparer.Ordinal) };
        await using var scope2 = db.Services.CreateAsyncScope();
        var access = scope2.ServiceProvider.GetRequiredService<ReformAccess>();
        var task = await context.Set<ReformTask>().Include(t => t.Coordinators).SingleAsync(t => t.Id == justiceTask);
        Assert.True(access.CanSee(home, task));
        Assert.False(access.CanReport(home, task));
    }

    [Theory, AllProviders]
    public async Task Append_TwoWritersAtOnce_TheSecondGetsAConflictAndWritesNothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var id = await ReformTestKit.JusticeTaskAsync(db, Due);
        var staff = await ReformTestKit.StaffAsync(db, ReformTestKit.JusticeOfficer);
        await using var first = db.Services.CreateAsyncScope();
        await using var second = db.Services.CreateAsyncScope();
        var store1 = first.ServiceProvider.GetRequiredService<ReformTaskStore>();
        var store2 = second.ServiceProvider.GetRequiredService<ReformTaskStore>();
        var task1 = (await store1.FindAsync(id, CancellationToken.None))!;
        var task2 = (await store2.FindAsync(id, CancellationToken.None))!;

        var a = await store1.AppendAsync(task1, ReformTaskRules.ReportProgress(task1, 10, "Một", [], false), staff.Actor, CancellationToken.None);
        var b = await store2.AppendAsync(task2, ReformTaskRules.ReportProgress(task2, 20, "Hai", [], false), staff.Actor, CancellationToken.None);

        Assert.True(a.Succeeded);
        Assert.True(b.Conflict);
        Assert.Equal(ReformTaskStore.ConflictMessage, b.Error);
        Assert.Equal(10, (await ReformTestKit.TaskAsync(db, id)).Percent);
    }

    [Fact]
    public async Task Actor_IsRecordedWithNameAndUnit()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, Seed.Demo);
        var id = await ReformTestKit.JusticeTaskAsync(db, Due);
        await ReformTestKit.ActAsync(db, ReformTestKit.JusticeOfficer, id, new ReportProgress(10, "Bắt đầu", false, []));
        await using var context = db.NewContext();
        var e = await context.EventLog.SingleAsync(x => x.StreamId == id && x.Sequence == 2);
        Assert.Equal(("Nguyễn Thanh Tùng, Chuyên viên", "92.STP"), (e.ActorName, e.UnitCode));
    }
}
