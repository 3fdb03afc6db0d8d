using MotCua.Domain.Payments;
using NodaTime;

namespace MotCua.Domain.Tests.Payments;

public sealed class PaymentOrderRulesTests
{
    private static readonly Instant Created = Instant.FromUtc(2025, 11, 24, 1, 0);

    private static PaymentOrder Order(PaymentState state = PaymentState.Pending, Instant? gatewayAt = null) => new()
    {
        Id = Guid.NewGuid(),
        Amount = 8_000,
        State = state,
        GatewayReference = "QG1",
        CreatedAt = Created,
        ExpiresAt = Created + Duration.FromMinutes(15),
        GatewayAt = gatewayAt,
    };

    private static PaymentNotice Notice(PaymentOrder o, PaymentState state, int minutes = 5, long amount = 8_000, string? reference = "QG1") =>
        new(o.Id, reference, state, amount, Created + Duration.FromMinutes(minutes));

    [Fact]
    public void Decide_PaidInTime_Settles()
    {
        var o = Order();
        Assert.Equal(NoticeOutcome.Settle, PaymentOrderRules.Decide(o, Notice(o, PaymentState.Paid)));
    }

    [Fact]
    public void Decide_PaidAfterExpiry_IsForRefund()
    {
        var o = Order();
        Assert.Equal(NoticeOutcome.LateAfterExpiry, PaymentOrderRules.Decide(o, Notice(o, PaymentState.Paid, minutes: 16)));
    }

    [Fact]
    public void Decide_InTimePaymentReportedAfterTheOrderExpired_StillSettles()
    {
        var o = Order(PaymentState.Expired, gatewayAt: Created + Duration.FromMinutes(15));
        Assert.Equal(NoticeOutcome.Settle, PaymentOrderRules.Decide(o, Notice(o, PaymentState.Paid, minutes: 14)));
    }

    [Fact]
    public void Decide_PaidAfterAFailedAttempt_Settles()
    {
        var o = Order(PaymentState.Failed, gatewayAt: Created + Duration.FromMinutes(3));
        Assert.Equal(NoticeOutcome.Settle, PaymentOrderRules.Decide(o, Notice(o, PaymentState.Paid, minutes: 6)));
    }

    [Theory]
    [InlineData(PaymentState.Paid, PaymentState.Failed)]
    [InlineData(PaymentState.Paid, PaymentState.Expired)]
    [InlineData(PaymentState.Paid, PaymentState.Pending)]
    [InlineData(PaymentState.RefundDue, PaymentState.Paid)]
    [InlineData(PaymentState.Failed, PaymentState.Pending)]
    [InlineData(PaymentState.Expired, PaymentState.Failed)]
    public void Decide_StepBackFromALaterState_IsOutOfOrder(PaymentState current, PaymentState reported)
    {
        var o = Order(current, gatewayAt: Created + Duration.FromMinutes(2));
        Assert.Equal(NoticeOutcome.OutOfOrder, PaymentOrderRules.Decide(o, Notice(o, reported)));
    }

    [Fact]
    public void Decide_FailureOlderThanWhatTheOrderKnows_IsOutOfOrder()
    {
        var o = Order(PaymentState.Pending, gatewayAt: Created + Duration.FromMinutes(8));
        Assert.Equal(NoticeOutcome.OutOfOrder, PaymentOrderRules.Decide(o, Notice(o, PaymentState.Failed, minutes: 4)));
    }

    [Fact]
    public void Decide_SameState_IsDuplicate()
    {
        var o = Order(PaymentState.Paid);
        Assert.Equal(NoticeOutcome.Duplicate, PaymentOrderRules.Decide(o, Notice(o, PaymentState.Paid)));
    }

    [Fact]
    public void Decide_WrongAmount_IsAMismatchWhateverTheState()
    {
        var o = Order();
        Assert.Equal(NoticeOutcome.AmountMismatch, PaymentOrderRules.Decide(o, Notice(o, PaymentState.Paid, amount: 80)));
        Assert.Equal(NoticeOutcome.ReferenceMismatch, PaymentOrderRules.Decide(o, Notice(o, PaymentState.Paid, reference: "QG2")));
    }

    [Theory]
    [InlineData(PaymentState.Failed, NoticeOutcome.MarkFailed)]
    [InlineData(PaymentState.Expired, NoticeOutcome.MarkExpired)]
    public void Decide_PendingOrderFailsOrExpires(PaymentState reported, NoticeOutcome outcome)
    {
        var o = Order();
        Assert.Equal(outcome, PaymentOrderRules.Decide(o, Notice(o, reported)));
        Assert.True(PaymentOrderRules.Changes(outcome));
    }
}
