using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Domain.EventLog;
using MotCua.Testing;
using MotCua.Web.Features.Dossiers.Audit;
using MotCua.Web.Features.Feedback.Manage;
using static MotCua.Web.Tests.Features.Feedback.FeedbackTestKit;

namespace MotCua.Web.Tests.Features.Feedback;

/// <summary><c>audit verify</c> on feedback streams: someone with database access drops the guards and rewrites or
/// cuts a feedback's history; the chain or the head stored on the feedback row gives it away.</summary>
public sealed class FeedbackTamperTests
{
    /// <summary>A feedback sent to the Office (1), routed to Sở Tư pháp (2) and answered there (3).</summary>
    private static async Task<(TestDatabase Db, Guid Id)> AnsweredFeedbackAsync(DatabaseProvider provider)
    {
        var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var item = await TestFeedback.SubmitAsync(db, TestFeedback.AboutBirthRegistration());
        await MustAsync(db, "vanphong", item.Id, new FeedbackAction.Route("92.STP", null));
        await MustAsync(db, "chuyenvien.stp", item.Id, new FeedbackAction.Answer("Bản sao sổ hộ khẩu không còn là thành phần hồ sơ; Sở đã nhắc Ủy ban nhân dân phường."));
        return (db, item.Id);
    }

    private static async Task<AuditReport> VerifyAsync(TestDatabase db)
    {
        await using var scope = db.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VerifyEventLog>().RunAsync(CancellationToken.None);
    }

    private static async Task DropGuardsAsync(MotCuaDbContext context) =>
        await context.Database.ExecuteSqlRawAsync(context.Provider == DatabaseProvider.Sqlite ? EventLogGuards.SqliteDrop : EventLogGuards.PostgresDrop);

    [Theory, AllProviders]
    public async Task Verify_EditedFeedbackEvent_ReportsItsStreamAndPosition(DatabaseProvider provider)
    {
        var (db, id) = await AnsweredFeedbackAsync(provider);
        await using (db)
        {
            Assert.Empty((await VerifyAsync(db)).Breaks);
            await using (var context = db.NewContext())
            {
                await DropGuardsAsync(context);
                // Someone puts the answer in another officer's name.
                await context.Database.ExecuteSqlAsync($"UPDATE \"EventLog\" SET \"ActorName\" = 'Giám đốc Sở' WHERE \"StreamId\" = {id} AND \"Sequence\" = 3");
            }

            var broken = Assert.Single((await VerifyAsync(db)).Breaks);
            Assert.Equal((StreamKind.Feedback, id, 3), (broken.Kind, broken.StreamId, broken.Sequence));
            Assert.Contains("edited", broken.Problem, StringComparison.Ordinal);
        }
    }

    [Theory, AllProviders]
    public async Task Verify_AnswerCutFromTheEnd_IsDetectedByTheFeedbackHead(DatabaseProvider provider)
    {
        var (db, id) = await AnsweredFeedbackAsync(provider);
        await using (db)
        {
            await using (var context = db.NewContext())
            {
                await DropGuardsAsync(context);
                // The remaining chain (submitted, routed) is intact by itself: only the head on the row tells.
                await context.Database.ExecuteSqlAsync($"DELETE FROM \"EventLog\" WHERE \"StreamId\" = {id} AND \"Sequence\" = 3");
            }

            var broken = Assert.Single((await VerifyAsync(db)).Breaks);
            Assert.Equal((StreamKind.Feedback, id), (broken.Kind, broken.StreamId));
            Assert.Contains("deleted from the end", broken.Problem, StringComparison.Ordinal);
        }
    }
}
