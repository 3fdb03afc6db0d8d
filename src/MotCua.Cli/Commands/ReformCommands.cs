using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Features.Reform.Reminders;
using MotCua.Web.Infrastructure;

namespace MotCua.Cli.Commands;

/// <summary><c>motcua reform remind</c>: runs the reform-task chasing job once (for deployments that run jobs
/// from cron instead of the web host).</summary>
public static class ReformCommands
{
    public static Command Build(CliContext context)
    {
        var remind = new Command("remind",
            "Gửi nhắc việc nhiệm vụ CCHC đến hạn, quá hạn, báo cáo lãnh đạo và bản tổng hợp tuần (run the reform reminders once; mail goes to the outbox)");
        remind.SetAction(async (_, cancellationToken) =>
        {
            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
            var run = await scope.ServiceProvider.GetRequiredService<ReformReminders>().RunAsync(cancellationToken);
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Nhắc trước hạn: {run.BeforeDeadline}; quá hạn: {run.Overdue}; báo cáo lãnh đạo: {run.Escalated}; tổng hợp tuần: {(run.DigestSent ? "đã gửi" : "không")}."));
            return CliApp.Ok;
        });
        return new Command("reform", "Nhiệm vụ cải cách hành chính (reform tasks)") { remind };
    }
}
