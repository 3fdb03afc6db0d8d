using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Features.Dossiers.Audit;
using MotCua.Web.Infrastructure;

namespace MotCua.Cli.Commands;

/// <summary><c>motcua audit verify</c>: checks every hash chain of the event log.</summary>
public static class AuditCommands
{
    public const int Broken = 4;

    public static Command Build(CliContext context)
    {
        var verify = new Command("verify", "Kiểm tra toàn vẹn nhật ký sự kiện (verify the event log's hash chains)");
        verify.SetAction(async (_, cancellationToken) =>
        {
            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
            var report = await scope.ServiceProvider.GetRequiredService<VerifyEventLog>().RunAsync(cancellationToken);
            foreach (var b in report.Breaks)
            {
                await context.Output.WriteLineAsync($"BROKEN {b.Kind.ToString().ToLowerInvariant()} {b.StreamId} at event {b.Sequence} (id {b.EventId}): {b.Problem}");
            }

            await context.Output.WriteLineAsync(report.Breaks.Count == 0
                ? $"OK: {report.Streams} streams, {report.Events} events, every chain intact."
                : $"FAILED: {report.Breaks.Count} of {report.Streams} streams broken ({report.Events} events checked).");
            return report.Breaks.Count == 0 ? CliApp.Ok : Broken;
        });
        return new Command("audit", "Kiểm toán (audit)") { verify };
    }
}
