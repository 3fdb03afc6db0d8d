using MotCua.Domain.Payments;
using NodaTime;

namespace MotCua.Web.Features.Payments.Gateways;

/// <summary>What MotCua asks a gateway to collect.</summary>
/// <param name="OrderId">MotCua's order id (the gateway echoes it in every notice).</param>
/// <param name="Amount">Whole đồng.</param>
/// <param name="Description">What the payer sees ("Nộp phí, lệ phí hồ sơ 31135-251124-0001"); no personal data.</param>
/// <param name="ExpiresAt">After this the gateway must refuse payment.</param>
/// <param name="ReturnUrl">Where the gateway sends the payer back, with a signed result.</param>
public sealed record GatewayOrderRequest(Guid OrderId, long Amount, string Description, Instant ExpiresAt, string ReturnUrl);

/// <summary>The gateway's answer: its reference and where to send the payer.</summary>
public sealed record GatewayOrder(string Reference, string RedirectUrl);

/// <summary>A notice as read from a gateway's message: the notice, or why it was refused (bad or missing signature,
/// malformed fields). <paramref name="NoticeId"/> identifies the message (replays repeat it);
/// <paramref name="SentAt"/> is when the gateway signed it.</summary>
public sealed record NoticeReading(PaymentNotice? Notice, string? NoticeId, Instant? SentAt, string? Rejection)
{
    public static NoticeReading Refused(string reason) => new(null, null, null, reason);
}

/// <summary>
/// A payment gateway: the national payment platform of the national public-service portal (channel 1) or a
/// provincial gateway (channel 2). MotCua creates an order and sends the payer to the gateway's page; the gateway
/// tells MotCua the result in a signed notice (server to server, and again through the payer's browser); MotCua
/// can also ask it about an order (reconciliation). Implementations verify signatures themselves, since each
/// gateway signs its own way; the local development gateway is <see cref="LocalPaymentGateway"/>.
/// </summary>
public interface IPaymentGateway
{
    /// <summary>Name in configuration and URLs ("national", "provincial").</summary>
    string Name { get; }

    PaymentChannel Channel { get; }

    /// <summary>How the dossier's history names it ("Nền tảng thanh toán trực tuyến – Cổng Dịch vụ công quốc gia").</summary>
    string DisplayName { get; }

    Task<GatewayOrder> CreateOrderAsync(GatewayOrderRequest request, CancellationToken cancellationToken);

    /// <summary>What the gateway knows of the order now, or null when it has no such order.</summary>
    Task<PaymentNotice?> QueryAsync(PaymentOrder order, CancellationToken cancellationToken);

    /// <summary>Reads and verifies a notice the gateway sent (its fields as received).</summary>
    NoticeReading ReadNotice(IReadOnlyDictionary<string, string?> fields);
}

/// <summary>The configured gateways, by name.</summary>
public sealed class PaymentGateways(IEnumerable<IPaymentGateway> gateways)
{
    private readonly IReadOnlyList<IPaymentGateway> _all = [.. gateways.OrderBy(g => g.Channel)];

    public IReadOnlyList<IPaymentGateway> All => _all;

    public IPaymentGateway? Find(string? name) =>
        _all.FirstOrDefault(g => string.Equals(g.Name, name, StringComparison.Ordinal));
}
