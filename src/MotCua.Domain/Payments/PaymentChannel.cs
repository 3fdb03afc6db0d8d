namespace MotCua.Domain.Payments;

/// <summary>How a fee was paid. The numbers are the national sync's <c>DuocThanhToanTrucTuyen</c> (DOMAIN.md §6):
/// 0 not paid online (here: at the counter), 1 through the national payment platform (Nền tảng thanh toán trực
/// tuyến of the national public-service portal), 2 through the province's own payment gateway. Indicator 3.6 of
/// Decision 766/QĐ-TTg counts dossiers paid through 1 or 2 (INDEX766.md, group TTTT).</summary>
public enum PaymentChannel
{
    /// <summary>Cash or card at the one-stop counter, recorded by an officer.</summary>
    Counter = 0,

    /// <summary>The national payment platform of the national public-service portal (DVCQG).</summary>
    NationalPlatform = 1,

    /// <summary>The province's payment gateway.</summary>
    ProvincialGateway = 2,
}

/// <summary>The state of a payment order.</summary>
public enum PaymentState
{
    /// <summary>Created; the payer has not finished at the gateway (or the gateway has not said).</summary>
    Pending = 1,

    /// <summary>Paid and settled: the dossier recorded the payment (exactly once).</summary>
    Paid = 2,

    /// <summary>The gateway reported a failed or cancelled payment; the payer may start a new order.</summary>
    Failed = 3,

    /// <summary>Not paid before the order's expiry (the gateway said so, or reconciliation found it unpaid).</summary>
    Expired = 4,

    /// <summary>The gateway took the money but the dossier could not take the payment (paid after expiry, already
    /// paid another way, no longer waiting, or the order belongs to an earlier request): an officer refunds it.</summary>
    RefundDue = 5,
}

/// <summary>Names of channels and states for pages and documents (Vietnamese; English comes from resources).</summary>
public static class PaymentText
{
    public static string Vietnamese(PaymentChannel channel) => channel switch
    {
        PaymentChannel.Counter => "Nộp trực tiếp tại Bộ phận Một cửa",
        PaymentChannel.NationalPlatform => "Nền tảng thanh toán trực tuyến của Cổng Dịch vụ công quốc gia",
        PaymentChannel.ProvincialGateway => "Cổng thanh toán trực tuyến của tỉnh",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    public static string Vietnamese(PaymentState state) => state switch
    {
        PaymentState.Pending => "Chờ thanh toán",
        PaymentState.Paid => "Đã thanh toán",
        PaymentState.Failed => "Không thành công",
        PaymentState.Expired => "Hết hạn",
        PaymentState.RefundDue => "Cần hoàn tiền",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>The state's name in callbacks and the API: pending, paid, failed, expired, refund-due.</summary>
    public static string Code(PaymentState state) => state switch
    {
        PaymentState.Pending => "pending",
        PaymentState.Paid => "paid",
        PaymentState.Failed => "failed",
        PaymentState.Expired => "expired",
        PaymentState.RefundDue => "refund-due",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>A state a gateway may report (pending, paid, failed, expired), or null.</summary>
    public static PaymentState? GatewayState(string? code) => code switch
    {
        "pending" => PaymentState.Pending,
        "paid" => PaymentState.Paid,
        "failed" => PaymentState.Failed,
        "expired" => PaymentState.Expired,
        _ => null,
    };
}
