using NodaTime;

namespace MotCua.Domain.Payments;

/// <summary>
/// One attempt to pay a dossier's fees: created when the citizen chooses a gateway (or, paid and closed at once,
/// when an officer records a counter payment). Its state moves only through <see cref="PaymentOrderRules"/>; the
/// order that becomes <see cref="PaymentState.Paid"/> is the one whose payment the dossier recorded, in the same
/// transaction. Holds no personal data.
/// </summary>
public sealed class PaymentOrder
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>Whole đồng, as requested by the dossier's payment request.</summary>
    public long Amount { get; set; }

    public PaymentChannel Channel { get; set; }

    /// <summary>The gateway's configured name ("national", "provincial"), or "counter".</summary>
    public string Gateway { get; set; } = string.Empty;

    /// <summary>The gateway's own reference for the order (its transaction number), once it has one.</summary>
    public string? GatewayReference { get; set; }

    public PaymentState State { get; set; }

    /// <summary>Sequence of the dossier's <c>PaymentRequested</c> event this order pays: an order of an earlier
    /// request never settles a later one.</summary>
    public int RequestSequence { get; set; }

    public Instant CreatedAt { get; set; }

    /// <summary>After this the gateway no longer accepts payment for the order.</summary>
    public Instant ExpiresAt { get; set; }

    /// <summary>The gateway's time of the latest state it reported (used to ignore older, out-of-order reports).</summary>
    public Instant? GatewayAt { get; set; }

    /// <summary>When the payment was made (the gateway's time; the officer's for the counter).</summary>
    public Instant? PaidAt { get; set; }

    public Instant UpdatedAt { get; set; }

    /// <summary>Why it failed or needs a refund (no personal data).</summary>
    public string? Note { get; set; }

    /// <summary>The account that created it (the citizen, or the officer at the counter).</summary>
    public string? CreatedBy { get; set; }

    /// <summary>Where the gateway takes the payer to pay this order (to send her back if she returns before paying).</summary>
    public string? RedirectUrl { get; set; }

    /// <summary>Incremented on every change; the optimistic-concurrency token, so two callbacks processed at once
    /// cannot both move the order.</summary>
    public int Version { get; set; }

    public bool IsOpen => State == PaymentState.Pending;
}

/// <summary>What a gateway says about an order, once its signature (or its query answer) has been checked.</summary>
/// <param name="OrderId">MotCua's order id, as sent to the gateway.</param>
/// <param name="Reference">The gateway's reference.</param>
/// <param name="State">Pending, paid, failed or expired.</param>
/// <param name="Amount">The amount the gateway handled, whole đồng.</param>
/// <param name="OccurredAt">When that state was reached, by the gateway's clock.</param>
public sealed record PaymentNotice(Guid OrderId, string? Reference, PaymentState State, long Amount, Instant OccurredAt);

/// <summary>What a notice does to an order.</summary>
public enum NoticeOutcome
{
    /// <summary>Paid in time: the dossier records the payment (or, if it cannot, the order needs a refund).</summary>
    Settle = 1,

    /// <summary>The payment failed or was cancelled.</summary>
    MarkFailed = 2,

    /// <summary>The order expired unpaid.</summary>
    MarkExpired = 3,

    /// <summary>The order is already in that state: nothing changes.</summary>
    Duplicate = 4,

    /// <summary>Older than what the order already knows, or a step back from a final state: nothing changes.</summary>
    OutOfOrder = 5,

    /// <summary>The amount differs from the order's: rejected, nothing changes.</summary>
    AmountMismatch = 6,

    /// <summary>The gateway reference differs from the one the order has: rejected, nothing changes.</summary>
    ReferenceMismatch = 7,

    /// <summary>Paid after the order expired: the dossier is not touched; the money is to be refunded.</summary>
    LateAfterExpiry = 8,
}

/// <summary>
/// The payment order's state machine, pure. Paid (and refund-due) are final. A payment the gateway reports is a
/// fact: it counts if the gateway took it before the order's expiry, whatever was reported before (a late callback
/// for an in-time payment still settles; a payment after expiry is to be refunded). Any other report older than the
/// latest one the order has is ignored, and "pending" never moves an order back.
/// </summary>
public static class PaymentOrderRules
{
    /// <summary>What <paramref name="notice"/> does to <paramref name="order"/>.</summary>
    public static NoticeOutcome Decide(PaymentOrder order, PaymentNotice notice)
    {
        if (notice.Amount != order.Amount)
        {
            return NoticeOutcome.AmountMismatch;
        }

        if (order.GatewayReference is { } known && notice.Reference is { } reported && !string.Equals(known, reported, StringComparison.Ordinal))
        {
            return NoticeOutcome.ReferenceMismatch;
        }

        if (notice.State == order.State)
        {
            return NoticeOutcome.Duplicate;
        }

        if (order.State is PaymentState.Paid or PaymentState.RefundDue)
        {
            return NoticeOutcome.OutOfOrder;
        }

        if (notice.State == PaymentState.Paid)
        {
            return notice.OccurredAt > order.ExpiresAt ? NoticeOutcome.LateAfterExpiry : NoticeOutcome.Settle;
        }

        if (order.GatewayAt is { } latest && notice.OccurredAt < latest)
        {
            return NoticeOutcome.OutOfOrder;
        }

        return notice.State switch
        {
            PaymentState.Failed when order.State == PaymentState.Pending => NoticeOutcome.MarkFailed,
            PaymentState.Expired when order.State is PaymentState.Pending or PaymentState.Failed => NoticeOutcome.MarkExpired,
            _ => NoticeOutcome.OutOfOrder,
        };
    }

    /// <summary>Whether the outcome changes the order (the others are answered and logged, nothing more).</summary>
    public static bool Changes(NoticeOutcome outcome) =>
        outcome is NoticeOutcome.Settle or NoticeOutcome.MarkFailed or NoticeOutcome.MarkExpired or NoticeOutcome.LateAfterExpiry;
}
