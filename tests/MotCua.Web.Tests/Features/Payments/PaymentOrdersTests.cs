using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Payments;
using MotCua.Testing;
using MotCua.Web.Features.Payments.Orders;
using NodaTime;
using static MotCua.Web.Tests.Features.Payments.PaymentTestKit;

namespace MotCua.Web.Tests.Features.Payments;

/// <summary>Starting an online payment: only the owner, only while the dossier waits, one open order per gateway and request.</summary>
public sealed class PaymentOrdersTests
{
    private static async Task<PaymentStart> TryStartAsync(TestDatabase db, Guid dossierId, string citizen, string gateway = "national")
    {
        var userId = await UserIdAsync(db, citizen);
        await using var scope = db.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PaymentOrders>().StartAsync(dossierId, userId, gateway, "http://localhost", CancellationToken.None);
    }

    [Theory, AllProviders]
    public async Task Start_ByTheOwner_CreatesAPendingOrderAtTheGateway_AndReusesItOnReload(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var d = await WaitingForPaymentAsync(db);

        var first = await TryStartAsync(db, d.Id, Citizen);
        var reload = await TryStartAsync(db, d.Id, Citizen);
        var other = await TryStartAsync(db, d.Id, Citizen, "provincial");

        var order = first.Order!;
        Assert.Equal((8_000L, PaymentChannel.NationalPlatform, PaymentState.Pending), (order.Amount, order.Channel, order.State));
        Assert.Equal(order.CreatedAt + Duration.FromMinutes(15), order.ExpiresAt);
        Assert.Equal($"/Payments/Gateway/national/{order.GatewayReference}", first.RedirectUrl);
        Assert.Equal(order.Id, reload.Order!.Id);
        Assert.NotEqual(order.Id, other.Order!.Id);
        Assert.Equal(PaymentChannel.ProvincialGateway, other.Order.Channel);
        Assert.Equal(PaymentState.Pending, Gateway(db).Find(order.GatewayReference!)!.State);
    }

    [Theory, AllProviders]
    public async Task Start_NotTheOwnerOrNotWaiting_IsRefused(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var waiting = await WaitingForPaymentAsync(db);
        var processing = await TestDossiers.ReceiveAsync(db);
        await OwnAsync(db, processing.Id, Citizen);

        Assert.True((await TryStartAsync(db, waiting.Id, "congdan2")).NotFound);
        Assert.Contains("chờ nộp phí", (await TryStartAsync(db, processing.Id, Citizen)).Error, StringComparison.Ordinal);
        Assert.Contains("hình thức thanh toán", (await TryStartAsync(db, waiting.Id, Citizen, "vnpay")).Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, (await SnapshotAsync(db, waiting.Id)).Orders);
    }

    [Theory, AllProviders]
    public async Task Start_ReducedFee_ChargesTheReducedAmount(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var d = await WaitingForPaymentAsync(db, adjustment: new FeeAdjustment(FeeAdjustmentKind.Reduction, 50, "Nghị quyết 15/2023/NQ-HĐND"));
        Assert.Equal(4_000, (await TryStartAsync(db, d.Id, Citizen)).Order!.Amount);
        Assert.Equal(DossierStatus.WaitingPayment, d.Status);
    }
}
