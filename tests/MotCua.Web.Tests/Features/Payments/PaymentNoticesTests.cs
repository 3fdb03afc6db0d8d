using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Payments;
using MotCua.Testing;
using MotCua.Web.Features.Payments.Notices;
using NodaTime;
using static MotCua.Web.Tests.Features.Payments.PaymentTestKit;

namespace MotCua.Web.Tests.Features.Payments;

/// <summary>Gateway notices on both databases: the happy path, and every adversarial case changing nothing it should not.</summary>
public sealed class PaymentNoticesTests
{
    [Theory, AllProviders]
    public async Task Notice_PaidInTime_RecordsThePaymentOnceWithAReceipt(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var d = await WaitingForPaymentAsync(db);
        var order = await StartAsync(db, d.Id, "national");
        db.Clock.Advance(Duration.FromMinutes(3));

        var answer = await NotifyAsync(db, "national", Signed(db, order, PaymentState.Paid));

        Assert.Equal((NoticeResult.Applied, PaymentState.Paid), (answer.Result, answer.State));
        var after = await SnapshotAsync(db, d.Id);
        Assert.Equal((DossierStatus.Processing, 1, 1, 1, 1), (after.Status, after.OnlinePaymentChannel, after.PaymentEvents, after.Receipts, after.CounterLast));
        await using var context = db.NewContext();
        var paid = await context.EventLog.SingleAsync(e => e.StreamId == d.Id && e.Type == nameof(PaymentCompleted));
        var e = (PaymentCompleted)DossierEventCodec.Deserialize(paid.Type, paid.Data);
        Assert.Equal((8_000L, 1, order.Id, order.GatewayReference), (e.Amount, e.PaymentChannel, e.OrderId, e.GatewayReference));
        var receipt = await context.Set<PaymentReceipt>().SingleAsync(r => r.DossierId == d.Id);
        Assert.Equal((order.Id, paid.Sequence, 1, PaymentChannel.NationalPlatform), (receipt.OrderId, receipt.EventSequence, receipt.Number, receipt.Channel));
        Assert.Equal(PaymentState.Paid, (await OrderAsync(db, order.Id)).State);
    }

    [Theory, AllProviders]
    public async Task Notice_SameResultUnderANewId_IsADuplicateAndChangesNothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var d = await WaitingForPaymentAsync(db);
        var order = await StartAsync(db, d.Id);
        await NotifyAsync(db, "national", Signed(db, order, PaymentState.Paid));
        var before = await SnapshotAsync(db, d.Id);

        var again = await NotifyAsync(db, "national", Signed(db, order, PaymentState.Paid));

        Assert.Equal(NoticeResult.Duplicate, again.Result);
        Assert.Equal(before, await SnapshotAsync(db, d.Id));
    }

    [Theory, AllProviders]
    public async Task Notice_SameNoticeTwice_IsAReplayAndChangesNothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var d = await WaitingForPaymentAsync(db);
        var order = await StartAsync(db, d.Id);
        var failed = Signed(db, order, PaymentState.Failed);
        Assert.Equal(NoticeResult.Applied, (await NotifyAsync(db, "national", failed)).Result);
        var before = await SnapshotAsync(db, d.Id);

        var log = new ListLogger<PaymentNotices>();
        var replay = await NotifyAsync(db, "national", failed, log);

        Assert.Equal(NoticeResult.Replayed, replay.Result);
        Assert.Equal(before, await SnapshotAsync(db, d.Id));
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("Replayed", StringComparison.Ordinal));
    }

    [Theory, AllProviders]
    public async Task Notice_ForgedSignature_ChangesNothingAndIsLoggedWithoutPersonalData(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var d = await WaitingForPaymentAsync(db);
        var order = await StartAsync(db, d.Id);
        var before = await SnapshotAsync(db, d.Id);
        var log = new ListLogger<PaymentNotices>();

        var tampered = Signed(db, order, PaymentState.Paid, amount: 8_000);
        tampered["amount"] = "1";
        var otherKey = Signed(db, order, PaymentState.Paid);
        otherKey["signature"] = new string('a', 64);
        var unsigned = Signed(db, order, PaymentState.Paid);
        unsigned.Remove("signature");
        var extraField = Signed(db, order, PaymentState.Paid);
        extraField["note"] = "x";

        foreach (var forged in new[] { tampered, otherKey, unsigned, extraField })
        {
            Assert.Equal(NoticeResult.Forged, (await NotifyAsync(db, "national", forged, log)).Result);
        }

        Assert.Equal(before, await SnapshotAsync(db, d.Id));
        await using var context = db.NewContext();
        Assert.Equal(0, await context.Set<PaymentNoticeRecord>().CountAsync());
        Assert.Equal(4, log.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.Contains("Forged", StringComparison.Ordinal)));
        Assert.DoesNotContain(log.Entries, e => e.Message.Contains(TestDossiers.Applicant.FullName!, StringComparison.Ordinal)
            || e.Message.Contains(TestDossiers.Applicant.IdNumber!, StringComparison.Ordinal));
    }

    [Theory, AllProviders]
    public async Task Notice_SignedLongAgo_IsRefusedAsAReplay(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var d = await WaitingForPaymentAsync(db);
        var order = await StartAsync(db, d.Id);
        var before = await SnapshotAsync(db, d.Id);
        var captured = Signed(db, order, PaymentState.Paid);
        db.Clock.Advance(Duration.FromMinutes(11));

        Assert.Equal(NoticeResult.Replayed, (await NotifyAsync(db, "national", captured)).Result);
        Assert.Equal(before, await SnapshotAsync(db, d.Id));
    }

    [Theory, AllProviders]
    public async Task Notice_FailureArrivingAfterThePayment_IsOutOfOrderAndChangesNothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var d = await WaitingForPaymentAsync(db);
        var order = await StartAsync(db, d.Id);
        var earlierFailure = Signed(db, order, PaymentState.Failed, occurredAt: db.Clock.GetCurrentInstant());
        db.Clock.Advance(Duration.FromMinutes(2));
        await NotifyAsync(db, "national", Signed(db, order, PaymentState.Paid));
        var before = await SnapshotAsync(db, d.Id);

        var late = await NotifyAsync(db, "national", earlierFailure);
        var pending = await NotifyAsync(db, "national", Signed(db, order, PaymentState.Pending));

        Assert.Equal((NoticeResult.OutOfOrder, NoticeResult.OutOfOrder), (late.Result, pending.Result));
        Assert.Equal(before, await SnapshotAsync(db, d.Id));
        Assert.Equal(PaymentState.Paid, (await OrderAsync(db, order.Id)).State);
    }

    [Theory, AllProviders]
    public async Task Notice_WrongAmount_IsRejectedAndTheOrderStaysPending(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var d = await WaitingForPaymentAsync(db);
        var order = await StartAsync(db, d.Id);
        var before = await SnapshotAsync(db, d.Id);

        var answer = await NotifyAsync(db, "national", Signed(db, order, PaymentState.Paid, amount: 800));

        Assert.Equal(NoticeResult.Mismatch, answer.Result);
        Assert.Equal(before, await SnapshotAsync(db, d.Id));
        Assert.Equal(PaymentState.Pending, (await OrderAsync(db, order.Id)).State);
    }

    [Theory, AllProviders]
    public async Task Notice_UnknownOrderOrGateway_ChangesNothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var d = await WaitingForPaymentAsync(db);
        var order = await StartAsync(db, d.Id, "national");
        var before = await SnapshotAsync(db, d.Id);

        var unknownOrder = Gateway(db).Sign(new PaymentNotice(Guid.NewGuid(), "QG1", PaymentState.Paid, 8_000, db.Clock.GetCurrentInstant()), "N1");
        // The right order, reported (and validly signed) by the other gateway: not that gateway's order.
        var otherGateway = Gateway(db, "provincial").Sign(new PaymentNotice(order.Id, order.GatewayReference, PaymentState.Paid, 8_000, db.Clock.GetCurrentInstant()), "N2");

        Assert.Equal(NoticeResult.UnknownOrder, (await NotifyAsync(db, "national", unknownOrder)).Result);
        Assert.Equal(NoticeResult.UnknownOrder, (await NotifyAsync(db, "provincial", otherGateway)).Result);
        Assert.Equal(NoticeResult.UnknownGateway, (await NotifyAsync(db, "vnpay", unknownOrder)).Result);
        // Signed by the provincial gateway but sent to the national one: its key does not match.
        Assert.Equal(NoticeResult.Forged, (await NotifyAsync(db, "national", otherGateway)).Result);
        Assert.Equal(before, await SnapshotAsync(db, d.Id));
    }

    [Theory, AllProviders]
    public async Task Notice_PaidAfterTheOrderExpired_MarksARefundAndLeavesTheDossierWaiting(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var d = await WaitingForPaymentAsync(db);
        var order = await StartAsync(db, d.Id);
        db.Clock.Advance(Duration.FromMinutes(20));
        await NotifyAsync(db, "national", Signed(db, order, PaymentState.Expired, occurredAt: order.ExpiresAt));

        var late = await NotifyAsync(db, "national", Signed(db, order, PaymentState.Paid));

        Assert.Equal((NoticeResult.RefundDue, PaymentState.RefundDue), (late.Result, late.State));
        var after = await SnapshotAsync(db, d.Id);
        Assert.Equal((DossierStatus.WaitingPayment, 0, 0, 0), (after.Status, after.PaymentEvents, after.Receipts, after.OnlinePaymentChannel));
        Assert.Contains("hoàn tiền", (await OrderAsync(db, order.Id)).Note, StringComparison.Ordinal);
    }

    [Theory, AllProviders]
    public async Task Notice_DossierPaidAtTheCounterMeanwhile_MarksARefundAndDoesNotPayTwice(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var d = await WaitingForPaymentAsync(db);
        var order = await StartAsync(db, d.Id);
        await TestDossiers.ActAsync(db, "motcua.ninhkieu", d.Id, (x, now, cal) => DossierLifecycle.CompletePayment(x, 8_000, 0, now, cal));
        // A second request of the same amount: the first request's order must not pay it either.
        await TestDossiers.ActAsync(db, "chuyenvien.ninhkieu", d.Id, (x, _, _) => DossierLifecycle.RequestPayment(x, 8_000));
        var before = await SnapshotAsync(db, d.Id);

        var answer = await NotifyAsync(db, "national", Signed(db, order, PaymentState.Paid));

        Assert.Equal(NoticeResult.RefundDue, answer.Result);
        var after = await SnapshotAsync(db, d.Id);
        Assert.Equal((before.Status, before.LastSequence, before.PaymentEvents, before.Receipts), (after.Status, after.LastSequence, after.PaymentEvents, after.Receipts));
        Assert.Equal(DossierStatus.WaitingPayment, after.Status);
    }

    [Theory, AllProviders]
    public async Task Notice_ManyPaidNoticesAtOnce_RecordThePaymentOnce(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var d = await WaitingForPaymentAsync(db);
        var order = await StartAsync(db, d.Id);
        var notices = Enumerable.Range(0, 6).Select(_ => Signed(db, order, PaymentState.Paid)).ToList();

        var answers = await Task.WhenAll(notices.Select(n => Task.Run(() => NotifyAsync(db, "national", n))));

        Assert.Equal(1, answers.Count(a => a.Result == NoticeResult.Applied));
        Assert.All(answers, a => Assert.Contains(a.Result, new[] { NoticeResult.Applied, NoticeResult.Duplicate }));
        var after = await SnapshotAsync(db, d.Id);
        Assert.Equal((1, 1, 1), (after.PaymentEvents, after.Receipts, after.CounterLast));
    }
}
