using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Testing;
using MotCua.Web.Features.Feedback.Manage;
using MotCua.Web.Features.Feedback.Queries;
using static MotCua.Web.Tests.Features.Feedback.FeedbackTestKit;

namespace MotCua.Web.Tests.Features.Feedback;

/// <summary>Who sees and does what: the handling unit acts, the Office routes, leaders of the province read, other
/// units do not even see it.</summary>
public sealed class FeedbackAccessTests
{
    private static async Task<(TestDatabase Db, Guid Id)> JusticeFeedbackAsync()
    {
        var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, Seed.Demo);
        var item = await TestFeedback.SubmitAsync(db, TestFeedback.AboutBirthRegistration());
        await MustAsync(db, "vanphong", item.Id, new FeedbackAction.Route("92.STP", null));
        return (db, item.Id);
    }

    [Fact]
    public async Task OtherUnits_DoNotSeeIt_AndCannotAct()
    {
        var (db, id) = await JusticeFeedbackAsync();
        await using var _ = db;
        foreach (var outsider in new[] { "chuyenvien.ninhkieu", "lanhdao.ninhkieu", "motcua.trungtam" })
        {
            var outcome = await ActAsync(db, outsider, id, new FeedbackAction.Answer("Trả lời"));
            Assert.True(outcome.NotFound, outsider);
            await using var scope = db.Services.CreateAsyncScope();
            var queries = scope.ServiceProvider.GetRequiredService<FeedbackQueries>();
            var staff = await TestDossiers.StaffAsync(db, outsider);
            Assert.Null(await queries.ForStaffAsync(staff, id, CancellationToken.None));
            var (items, counts, tally) = await queries.QueueAsync(staff, FeedbackQueue.Open, null, 50, CancellationToken.None);
            Assert.Empty(items);
            Assert.Equal(0, counts[FeedbackQueue.Open]);
            Assert.Equal(0, tally.Total);
        }
    }

    [Fact]
    public async Task TheUnitAnswers_TheOfficeRoutes_ProvinceLeadersOnlyRead()
    {
        var (db, id) = await JusticeFeedbackAsync();
        await using var _ = db;

        Assert.Equal(FeedbackActions.NotTheOffice, (await ActAsync(db, "giamdoc.stp", id, new FeedbackAction.Route("92.SXD", "Nhầm"))).Error);
        Assert.Equal(FeedbackActions.NotTheUnit, (await ActAsync(db, "lanhdao", id, new FeedbackAction.Answer("Trả lời"))).Error);
        Assert.Equal(FeedbackActions.NotTheUnit, (await ActAsync(db, "quantri", id, new FeedbackAction.Answer("Trả lời"))).Error);
        Assert.Contains("không có trong danh mục", (await ActAsync(db, "vanphong", id, new FeedbackAction.Route("99.XXX", "Nhầm"))).Error, StringComparison.Ordinal);

        await using (var scope = db.Services.CreateAsyncScope())
        {
            var queries = scope.ServiceProvider.GetRequiredService<FeedbackQueries>();
            var leader = await queries.ForStaffAsync(await TestDossiers.StaffAsync(db, "lanhdao"), id, CancellationToken.None);
            Assert.NotNull(leader);
            Assert.Null(leader.Sender);
            var unit = await queries.ForStaffAsync(await TestDossiers.StaffAsync(db, "chuyenvien.stp"), id, CancellationToken.None);
            Assert.Equal("Lê Thị Hoa", unit!.Sender!.FullName);
        }

        await MustAsync(db, "chuyenvien.stp", id, new FeedbackAction.Answer("Không phải nộp bản sao sổ hộ khẩu."));
        await MustAsync(db, "vanphong", id, new FeedbackAction.Publish("Không phải nộp sổ hộ khẩu", "Hỏi về giấy tờ", "Không phải nộp."));
        Assert.False((await ActAsync(db, "vanphong", id, new FeedbackAction.Route("92.SXD", "Nhầm"))).Succeeded);
    }

    [Fact]
    public async Task RefuseAndAsk_AfterTheirLimits_AreRefused()
    {
        var (db, id) = await JusticeFeedbackAsync();
        await using var _ = db;
        SetTime(db, 2025, 11, 26, 8, 1);                // received Mon 24/11 08:00: 2 working days have passed
        Assert.Contains("2 ngày làm việc", (await ActAsync(db, "chuyenvien.stp", id, new FeedbackAction.Refuse("Không thuộc phạm vi"))).Error, StringComparison.Ordinal);
        SetTime(db, 2025, 12, 1, 8, 1);                 // and 5
        Assert.Contains("5 ngày làm việc", (await ActAsync(db, "chuyenvien.stp", id, new FeedbackAction.RequestInformation("Hỏi thêm"))).Error, StringComparison.Ordinal);
        await MustAsync(db, "chuyenvien.stp", id, new FeedbackAction.Answer("Trả lời"));
    }
}
