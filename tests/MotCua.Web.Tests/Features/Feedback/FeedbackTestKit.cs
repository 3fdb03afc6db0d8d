using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain;
using MotCua.Domain.Feedback;
using MotCua.Domain.Notifications;
using MotCua.Domain.Satisfaction;
using MotCua.Testing;
using MotCua.Web.Features.Feedback;
using MotCua.Web.Features.Feedback.Follow;
using MotCua.Web.Features.Feedback.Manage;
using MotCua.Web.Features.Feedback.Warnings;
using NodaTime;

namespace MotCua.Web.Tests.Features.Feedback;

/// <summary>Intent methods for feedback tests on a seeded demo database. The Office is 92.VP ("vanphong" leads it,
/// "chuyenvien.vp" works in it); Sở Tư pháp 92.STP ("giamdoc.stp", "chuyenvien.stp"); Phường Ninh Kiều 31135
/// ("lanhdao.ninhkieu", "chuyenvien.ninhkieu", one-stop officer "motcua.ninhkieu").</summary>
internal static class FeedbackTestKit
{
    public static string Mail(string userName) => $"{userName}@demo.motcua.local";

    public static async Task<FeedbackActionOutcome> ActAsync(TestDatabase db, string userName, Guid id, FeedbackAction action)
    {
        var staff = await TestDossiers.StaffAsync(db, userName);
        await using var scope = db.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FeedbackActions>().RunAsync(id, staff, action, CancellationToken.None);
    }

    public static async Task MustAsync(TestDatabase db, string userName, Guid id, FeedbackAction action)
    {
        var outcome = await ActAsync(db, userName, id, action);
        Assert.True(outcome.Succeeded, outcome.Error ?? "not found");
    }

    /// <summary>The sender adds information (as the follow page does after checking who she is).</summary>
    public static async Task<SenderOutcome> ProvideAsync(TestDatabase db, Guid id, string text)
    {
        await using var scope = db.Services.CreateAsyncScope();
        var item = await scope.ServiceProvider.GetRequiredService<FeedbackStore>().FindAsync(id, CancellationToken.None);
        return await scope.ServiceProvider.GetRequiredService<SenderActions>().ProvideInformationAsync(item!, null, text, CancellationToken.None);
    }

    /// <summary>The sender rates the answer.</summary>
    public static async Task<SenderOutcome> RateAsync(TestDatabase db, Guid id, SatisfactionLevel level, string? comment = null)
    {
        await using var scope = db.Services.CreateAsyncScope();
        var item = await scope.ServiceProvider.GetRequiredService<FeedbackStore>().FindAsync(id, CancellationToken.None);
        return await scope.ServiceProvider.GetRequiredService<SenderActions>().RateAsync(item!, null, level, comment, CancellationToken.None);
    }

    public static async Task<FeedbackWarningRun> WarnAsync(TestDatabase db)
    {
        await using var scope = db.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FeedbackWarnings>().RunAsync(CancellationToken.None);
    }

    public static async Task<FeedbackItem> ItemAsync(TestDatabase db, Guid id)
    {
        await using var context = db.NewContext();
        return await context.Set<FeedbackItem>().AsNoTracking().SingleAsync(f => f.Id == id);
    }

    public static async Task<List<OutboxMessage>> OutboxAsync(TestDatabase db, string topicPart)
    {
        await using var context = db.NewContext();
        return await context.Outbox.AsNoTracking().Where(m => m.Topic.Contains(topicPart)).OrderBy(m => m.Id).ToListAsync();
    }

    /// <summary>Moves the test clock to a Vietnamese local time.</summary>
    public static void SetTime(TestDatabase db, int year, int month, int day, int hour, int minute = 0) =>
        db.Clock.Reset(VietnamTime.ToInstant(new LocalDateTime(year, month, day, hour, minute)));
}
