using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Features.Payments.Reconcile;
using MotCua.Web.Infrastructure;

namespace MotCua.Cli.Commands;

/// <summary><c>motcua payments reconcile</c>: asks the gateways about every pending payment order once and settles
/// what they say (for deployments that run jobs from cron instead of the web host).</summary>
public static class PaymentCommands
{
    public static Command Build(CliContext context)
    {
        var reconcile = new Command("reconcile",
            "Đối soát các lệnh thanh toán đang chờ với cổng thanh toán (reconcile pending payment orders once)");
        reconcile.SetAction(async (_, cancellationToken) =>
        {
            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
            var run = await scope.ServiceProvider.GetRequiredService<ReconcilePayments>().RunAsync(cancellationToken);
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Đã đối soát {run.Checked} lệnh: {run.Paid} đã thanh toán, {run.Failed} không thành công, {run.Expired} hết hạn, {run.RefundDue} cần hoàn tiền, {run.StillPending} còn chờ, {run.Errors} lỗi."));
            return run.Errors > 0 ? CliApp.Unexpected : CliApp.Ok;
        });
        return new Command("payments", "Thanh toán phí, lệ phí (payments)") { reconcile };
    }
}
