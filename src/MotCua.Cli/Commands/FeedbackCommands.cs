using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Features.Feedback.Warnings;
using MotCua.Web.Infrastructure;

namespace MotCua.Cli.Commands;

/// <summary><c>motcua feedback remind</c>: runs the feedback (PAKN) warning job once (for deployments that run jobs
/// from cron instead of the web host).</summary>
public static class FeedbackCommands
{
    public static Command Build(CliContext context)
    {
        var remind = new Command("remind",
            "Cảnh báo phản ánh, kiến nghị sắp đến hạn, quá hạn và báo cáo Văn phòng (run the feedback warnings once; mail goes to the outbox)");
        remind.SetAction(async (_, cancellationToken) =>
        {
            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
            var run = await scope.ServiceProvider.GetRequiredService<FeedbackWarnings>().RunAsync(cancellationToken);
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Sắp đến hạn: {run.DueSoon}; quá hạn: {run.Overdue}; báo cáo Văn phòng: {run.Escalated}."));
            return CliApp.Ok;
        });
        return new Command("feedback", "Phản ánh, kiến nghị (feedback, PAKN)") { remind };
    }
}
