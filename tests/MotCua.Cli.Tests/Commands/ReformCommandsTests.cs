using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Domain.Reform;
using MotCua.Testing;
using MotCua.Web.Features.Reform.Assign;
using MotCua.Web.Infrastructure;
using NodaTime;

namespace MotCua.Cli.Tests.Commands;

public sealed class ReformCommandsTests
{
    [Theory, AllProviders]
    public async Task Remind_OverdueTask_WritesTheReminderOnceAndSaysSo(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        await using (var scope = database.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Data.Identity.UserAccount>>();
            var office = (await scope.ServiceProvider.GetRequiredService<CurrentStaff>().LoadAsync((await users.FindByNameAsync("vanphong"))!.Id, CancellationToken.None))!;
            var saved = await scope.ServiceProvider.GetRequiredService<AssignTasks>().SaveDirectiveAsync(
                new DirectiveInput("9/UBND-VP", new LocalDate(2020, 1, 2), "UBND", "Nhiệm vụ cũ", DirectiveKind.OfficialLetter, null),
                [new DraftToSave("t", 1, new ReformTaskDraft("Rà soát", "Sở Tư pháp", [], new LocalDate(2020, 1, 31), null))],
                null, office, CancellationToken.None);
            Assert.True(saved.Succeeded);
        }

        // The command runs on the real clock: on a working day the 2020 task, long overdue, is escalated at once; on a
        // day off nothing is sent. Either way a second run sends nothing more.
        var first = await CliRunner.RunAsync(database, "reform", "remind");
        var second = await CliRunner.RunAsync(database, "reform", "remind");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        var match = System.Text.RegularExpressions.Regex.Match(first.Output, @"^Nhắc trước hạn: 0; quá hạn: 0; báo cáo lãnh đạo: ([01]); tổng hợp tuần: (đã gửi|không)\.");
        Assert.True(match.Success, first.Output);
        Assert.StartsWith("Nhắc trước hạn: 0; quá hạn: 0; báo cáo lãnh đạo: 0; tổng hợp tuần: không.", second.Output, StringComparison.Ordinal);
        await using var context = database.NewContext();
        Assert.Equal(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), await context.EventLog.CountAsync(e => e.Type == "ReminderSent"));
    }
}
