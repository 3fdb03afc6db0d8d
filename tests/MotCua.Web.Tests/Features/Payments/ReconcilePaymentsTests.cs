using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Payments;
using MotCua.Testing;
using MotCua.Web.Features.Payments.Gateways;
using MotCua.Web.Features.Payments.Reconcile;
using NodaTime;
using static MotCua.Web.Tests.Features.Payments.PaymentTestKit;

namespace MotCua.Web.Tests.Features.Payments;

/// <summary>The reconciliation job on both databases: it learns from the gateway what notices did not say, once.</summary>
public sealed class ReconcilePaymentsTests
{
    private static async Task<ReconcileRun> ReconcileAsync(TestDatabase db)
    {
        await using var scope = db.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReconcilePayments>().RunAsync(CancellationToken.None);
    }

    [Theory, AllProviders]
    public async Task Reconcile_PaidAtTheBankWithTheNoticeLost_RecordsThePaymentOnce(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var d = await WaitingForPaymentAsync(db);
        var order = await StartAsync(db, d.Id, "provincial");
        db.Clock.Advance(Duration.FromMinutes(4));
        var bank = Gateway(db, "provincial").Act(order.GatewayReference!, LocalBankAction.Pay, loseNotice: true)!;
        Assert.Null(bank.Notice);
        Assert.Equal(PaymentState.Pending, (await OrderAsync(db, order.Id)).State);

        var first = await ReconcileAsync(db);
        var second = await ReconcileAsync(db);

        Assert.Equal((1, 1), (first.Checked, first.Paid));
        Assert.Equal(0, second.Checked);
        var after = await SnapshotAsync(db, d.Id);
        Assert.Equal((DossierStatus.Processing, 2, 1, 1), (after.Status, after.OnlinePaymentChannel, after.PaymentEvents, after.Receipts));
        Assert.Equal(PaymentState.Paid, (await OrderAsync(db, order.Id)).State);
    }

    [Theory, AllProviders]
    public async Task Reconcile_UnpaidPastItsExpiry_ExpiresTheOrder(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var d = await WaitingForPaymentAsync(db);
        var order = await StartAsync(db, d.Id);

        db.Clock.Advance(Duration.FromMinutes(10));
        var early = await ReconcileAsync(db);
        db.Clock.Advance(Duration.FromMinutes(10));
        var late = await ReconcileAsync(db);

        Assert.Equal((1, 0, 1), (early.StillPending, early.Expired, late.Expired));
        Assert.Equal(PaymentState.Expired, (await OrderAsync(db, order.Id)).State);
        Assert.Equal(DossierStatus.WaitingPayment, (await SnapshotAsync(db, d.Id)).Status);
    }

    [Theory, AllProviders]
    public async Task Reconcile_FailedAtTheBank_MarksTheOrderFailed_AndANewOrderCanPay(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var d = await WaitingForPaymentAsync(db);
        var order = await StartAsync(db, d.Id);
        Gateway(db).Act(order.GatewayReference!, LocalBankAction.Cancel, loseNotice: true);

        Assert.Equal(1, (await ReconcileAsync(db)).Failed);
        var retry = await StartAsync(db, d.Id);
        Assert.NotEqual(order.Id, retry.Id);
        Gateway(db).Act(retry.GatewayReference!, LocalBankAction.Pay, loseNotice: true);
        Assert.Equal(1, (await ReconcileAsync(db)).Paid);
        Assert.Equal(DossierStatus.Processing, (await SnapshotAsync(db, d.Id)).Status);
    }
}
