using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Payments;
using MotCua.Testing;
using MotCua.Web.Features.Dossiers.Actions;
using MotCua.Web.Features.Payments;
using MotCua.Web.Tests.Features.Dossiers;

namespace MotCua.Web.Tests.Features.Payments;

/// <summary>The officer's side on both databases: fees asked from the procedure version with exemptions and
/// reductions, and counter payments with their gap-free numbered receipts.</summary>
public sealed class FeesAndCounterPaymentTests
{
    private const string LegalBasis = "Điểm a khoản 1 Điều 3 Nghị quyết 15/2023/NQ-HĐND thành phố Cần Thơ";

    [Theory, AllProviders]
    public async Task RequestPayment_WithReduction_RecordsItInTheEventWithItsLegalBasis(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var d = await TestDossiers.ReceiveAsync(db);

        var outcome = await DossierTestKit.ActAsync(db, "chuyenvien.ninhkieu", d.Id,
            new DossierAction.RequestPayment(null, new FeeAdjustment(FeeAdjustmentKind.Reduction, 50, LegalBasis)));

        Assert.Equal(ActionStatus.Done, outcome.Status);
        Assert.Equal((DossierStatus.WaitingPayment, 4_000L), (outcome.Dossier!.Status, outcome.Dossier.FeeTotal));
        await using var context = db.NewContext();
        var logged = await context.EventLog.SingleAsync(e => e.StreamId == d.Id && e.Type == nameof(PaymentRequested));
        var e = (PaymentRequested)DossierEventCodec.Deserialize(logged.Type, logged.Data);
        Assert.Equal((50, LegalBasis, LegalBasis), (e.Adjustment!.Percent, e.Adjustment.LegalBasis, logged.Reason));
        Assert.Equal(new FeeCharge("Lệ phí cấp bản sao trích lục hộ tịch", "LP-TL", 8_000, 4_000), Assert.Single(e.Lines!));
    }

    [Theory, AllProviders]
    public async Task RequestPayment_FullExemption_WaivesTheFeesWithoutPausing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var d = await TestDossiers.ReceiveAsync(db);

        var outcome = await DossierTestKit.ActAsync(db, "chuyenvien.ninhkieu", d.Id,
            new DossierAction.RequestPayment(null, new FeeAdjustment(FeeAdjustmentKind.Exemption, 100, LegalBasis)));

        Assert.Equal((DossierStatus.Processing, 0L, false), (outcome.Dossier!.Status, outcome.Dossier.FeeTotal, outcome.Dossier.IsPaused));
        await using var scope = db.Services.CreateAsyncScope();
        var payments = await scope.ServiceProvider.GetRequiredService<PaymentQueries>().ForDossierAsync(d.Id, CancellationToken.None);
        Assert.True(payments!.Exempted);
        Assert.Equal(0, payments.Lines.Single().Due);
    }

    [Theory, AllProviders]
    public async Task RequestPayment_WithoutLegalBasisOrWithAnotherAmount_IsRefusedAndWritesNothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var d = await TestDossiers.ReceiveAsync(db);

        var noBasis = await DossierTestKit.ActAsync(db, "chuyenvien.ninhkieu", d.Id, new DossierAction.RequestPayment(null, new FeeAdjustment(FeeAdjustmentKind.Exemption, 100, " ")));
        var otherAmount = await DossierTestKit.ActAsync(db, "chuyenvien.ninhkieu", d.Id, new DossierAction.RequestPayment(5_000));

        Assert.Equal((ActionStatus.Refused, ActionStatus.Refused), (noBasis.Status, otherAmount.Status));
        Assert.Contains("căn cứ pháp lý", noBasis.Message, StringComparison.Ordinal);
        Assert.Contains("8.000", otherAmount.Message, StringComparison.Ordinal);
        await using var context = db.NewContext();
        Assert.Equal(d.LastSequence, (await context.Dossiers.SingleAsync(x => x.Id == d.Id)).LastSequence);
    }

    [Theory, AllProviders]
    public async Task RecordCounterPayment_IssuesGapFreeReceiptsWithACounterOrder(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var first = await PaymentTestKit.WaitingForPaymentAsync(db, owner: null);
        var second = await PaymentTestKit.WaitingForPaymentAsync(db, owner: null);

        var wrong = await DossierTestKit.ActAsync(db, "motcua.ninhkieu", first.Id, new DossierAction.RecordCounterPayment(7_000));
        var a = await DossierTestKit.ActAsync(db, "motcua.ninhkieu", first.Id, new DossierAction.RecordCounterPayment(8_000));
        var b = await DossierTestKit.ActAsync(db, "motcua.ninhkieu", second.Id, new DossierAction.RecordCounterPayment(8_000));

        Assert.Equal((ActionStatus.Refused, ActionStatus.Done, ActionStatus.Done), (wrong.Status, a.Status, b.Status));
        await using var context = db.NewContext();
        var receipts = await context.Set<PaymentReceipt>().OrderBy(r => r.Number).ToListAsync();
        Assert.Equal([1, 2], receipts.Select(r => r.Number));
        Assert.Equal([first.Id, second.Id], receipts.Select(r => r.DossierId));
        Assert.All(receipts, r => Assert.Equal((PaymentChannel.Counter, 8_000L, "MC-25E"), (r.Channel, r.Amount, r.Series)));
        var order = await context.Set<PaymentOrder>().SingleAsync(o => o.DossierId == first.Id);
        Assert.Equal(("counter", PaymentState.Paid, PaymentChannel.Counter), (order.Gateway, order.State, order.Channel));
        Assert.Equal(0, (await context.Dossiers.SingleAsync(x => x.Id == first.Id)).OnlinePaymentChannel);
    }
}
