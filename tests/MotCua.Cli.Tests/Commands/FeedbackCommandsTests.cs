using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Feedback;
using MotCua.Testing;

namespace MotCua.Cli.Tests.Commands;

public sealed class FeedbackCommandsTests
{
    [Theory, AllProviders]
    public async Task Remind_LongOverdueFeedback_EscalatesItOnceAndSaysSo(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        // Sent on the test clock (November 2025), due mid-December 2025: long overdue on the real clock.
        var item = await TestFeedback.SubmitAsync(database, TestFeedback.AboutBirthRegistration() with { ProcedureCode = "1.004222" });

        // The command runs on the real clock: on a working day the feedback is escalated at once (the warning that
        // applies now, not a burst); on a day off nothing is sent. Either way a second run sends nothing more.
        var first = await CliRunner.RunAsync(database, "feedback", "remind");
        var second = await CliRunner.RunAsync(database, "feedback", "remind");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        var match = System.Text.RegularExpressions.Regex.Match(first.Output, @"^Sắp đến hạn: 0; quá hạn: 0; báo cáo Văn phòng: ([01])\.");
        Assert.True(match.Success, first.Output);
        Assert.StartsWith("Sắp đến hạn: 0; quá hạn: 0; báo cáo Văn phòng: 0.", second.Output, StringComparison.Ordinal);
        await using var context = database.NewContext();
        var warned = await context.EventLog.CountAsync(e => e.StreamId == item.Id && e.Type == nameof(FeedbackWarned));
        Assert.Equal(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), warned);
        Assert.Equal(warned, await context.Outbox.CountAsync(m => m.Topic.Contains(item.Code + ":Escalated")));
    }
}
