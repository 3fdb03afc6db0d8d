using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Data;
using MotCua.Domain.Payments;
using MotCua.Web.Features.Payments.Gateways;
using MotCua.Web.Features.Payments.Notices;
using NodaTime;

namespace MotCua.Web.Features.Payments.Reconcile;

/// <summary>What one reconciliation run did.</summary>
public sealed record ReconcileRun(int Checked, int Paid, int Failed, int Expired, int RefundDue, int StillPending, int Errors);

/// <summary>
/// The reconciliation job (đối soát): asks each gateway about every pending order and applies its answer exactly as
/// a notice (<see cref="PaymentNotices.ApplyAsync"/>), so a payment whose notice was lost is still recorded — once.
/// An order the gateway still holds as pending, or does not know, expires when its time is up.
/// </summary>
public sealed class ReconcilePayments(MotCuaDbContext db, PaymentGateways gateways, PaymentNotices notices, IClock clock, ILogger<ReconcilePayments> logger)
{
    public async Task<ReconcileRun> RunAsync(CancellationToken cancellationToken)
    {
        var pending = await db.Set<PaymentOrder>().AsNoTracking()
            .Where(o => o.State == PaymentState.Pending)
            .OrderBy(o => o.CreatedAt)
            .Take(1_000)
            .ToListAsync(cancellationToken);
        int paid = 0, failed = 0, expired = 0, refund = 0, still = 0, errors = 0;
        foreach (var order in pending)
        {
            var gateway = gateways.Find(order.Gateway);
            if (gateway is null)
            {
                still++;
                continue;
            }

            try
            {
                var now = clock.GetCurrentInstant();
                var answer = await gateway.QueryAsync(order, cancellationToken);
                if (answer is null || answer.State == PaymentState.Pending)
                {
                    if (now <= order.ExpiresAt)
                    {
                        still++;
                        continue;
                    }

                    answer = new PaymentNotice(order.Id, order.GatewayReference, PaymentState.Expired, order.Amount, order.ExpiresAt);
                }

                var result = await notices.ApplyAsync(gateway, answer, null, NoticeSource.Query, cancellationToken);
                switch (result.State)
                {
                    case PaymentState.Paid:
                        paid++;
                        break;
                    case PaymentState.Failed:
                        failed++;
                        break;
                    case PaymentState.Expired:
                        expired++;
                        break;
                    case PaymentState.RefundDue:
                        refund++;
                        break;
                    default:
                        still++;
                        break;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                errors++;
                logger.LogError("Reconciliation of order {OrderId} at {Gateway} failed: {Error}", order.Id, order.Gateway, ex.GetType().Name);
            }
        }

        return new ReconcileRun(pending.Count, paid, failed, expired, refund, still, errors);
    }
}

/// <summary>Runs reconciliation every <see cref="PaymentOptions.ReconcileIntervalMinutes"/> in the web host.</summary>
public sealed class PaymentReconciliationWorker(IServiceProvider services, IOptions<PaymentOptions> options, ILogger<PaymentReconciliationWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.Value.ReconcileIntervalMinutes)));
        do
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var run = await scope.ServiceProvider.GetRequiredService<ReconcilePayments>().RunAsync(stoppingToken);
                if (run.Paid + run.Failed + run.Expired + run.RefundDue + run.Errors > 0)
                {
                    logger.LogInformation("Payment reconciliation: {Checked} checked, {Paid} paid, {Failed} failed, {Expired} expired, {Refund} to refund, {Errors} errors",
                        run.Checked, run.Paid, run.Failed, run.Expired, run.RefundDue, run.Errors);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError("Payment reconciliation failed: {Error}", ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
