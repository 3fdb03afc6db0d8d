using System.Security.Cryptography;
using System.Text.Json;
using MotCua.Domain.Payments;
using MotCua.Web.Infrastructure;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace MotCua.Web.Features.Payments.Gateways;

/// <summary>What the simulated bank's page offers the payer.</summary>
public enum LocalBankAction
{
    Pay = 1,
    Fail = 2,
    Cancel = 3,
}

/// <summary>A transaction as the simulated bank keeps it.</summary>
public sealed record LocalBankTransaction(
    string Gateway,
    string Reference,
    Guid OrderId,
    long Amount,
    string Description,
    Instant CreatedAt,
    Instant ExpiresAt,
    string ReturnUrl,
    PaymentState State,
    Instant? CompletedAt);

/// <summary>What the payer's choice at the simulated bank produced: the transaction after it, the signed notice sent
/// to MotCua server to server (null when the payer asked to simulate a lost notice), and the signed result for the
/// return address.</summary>
public sealed record LocalBankOutcome(LocalBankTransaction Transaction, IReadOnlyDictionary<string, string?>? Notice, string ReturnUrl);

/// <summary>
/// The local development gateway (ADR 0080): behaves like the real national payment platform and provincial gateway
/// — an order with its own reference and expiry, a payment page (the simulator at
/// <c>/Payments/Gateway/{name}/{reference}</c> plays the bank: pay, fail, cancel), a signed notice server to server
/// and a signed result on the return address, and a query for reconciliation — so every path MotCua depends on runs
/// without a bank. The bank's side lives in <c>&lt;data folder&gt;/payments/local-bank/</c>; its key comes from
/// <see cref="GatewaySecrets"/>. Never enable it in production.
/// </summary>
public sealed class LocalPaymentGateway(string name, PaymentChannel channel, string displayName, Func<byte[]> secret, string bankFolder, IClock clock) : IPaymentGateway
{
    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions { WriteIndented = true }.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
    private static readonly Lock Sync = new();

    public string Name => name;

    public PaymentChannel Channel => channel;

    public string DisplayName => displayName;

    /// <summary>Both local gateways for the data folder: "national" (channel 1) and "provincial" (channel 2).</summary>
    public static IEnumerable<Func<IServiceProvider, IPaymentGateway>> Factories() =>
    [
        sp => Create(sp, "national", PaymentChannel.NationalPlatform, "Nền tảng thanh toán trực tuyến – Cổng Dịch vụ công quốc gia"),
        sp => Create(sp, "provincial", PaymentChannel.ProvincialGateway, "Cổng thanh toán trực tuyến của tỉnh"),
    ];

    private static LocalPaymentGateway Create(IServiceProvider sp, string name, PaymentChannel channel, string display)
    {
        var secrets = sp.GetRequiredService<GatewaySecrets>();
        var folder = Path.Combine(sp.GetRequiredService<DataFolderPath>().Path, "payments", "local-bank");
        return new LocalPaymentGateway(name, channel, display, () => secrets.For(name, generateIfMissing: true), folder, sp.GetRequiredService<IClock>());
    }

    public Task<GatewayOrder> CreateOrderAsync(GatewayOrderRequest request, CancellationToken cancellationToken)
    {
        var reference = (channel == PaymentChannel.NationalPlatform ? "QG" : "TT") + RandomNumberGenerator.GetHexString(14);
        Save(new LocalBankTransaction(name, reference, request.OrderId, request.Amount, request.Description, clock.GetCurrentInstant(),
            request.ExpiresAt, request.ReturnUrl, PaymentState.Pending, null));
        return Task.FromResult(new GatewayOrder(reference, $"/Payments/Gateway/{name}/{reference}"));
    }

    public Task<PaymentNotice?> QueryAsync(PaymentOrder order, CancellationToken cancellationToken)
    {
        var t = order.GatewayReference is { } reference ? Find(reference) : null;
        if (t is null || t.OrderId != order.Id)
        {
            return Task.FromResult<PaymentNotice?>(null);
        }

        var now = clock.GetCurrentInstant();
        var notice = t.State == PaymentState.Pending && now > t.ExpiresAt
            ? new PaymentNotice(t.OrderId, t.Reference, PaymentState.Expired, t.Amount, t.ExpiresAt)
            : new PaymentNotice(t.OrderId, t.Reference, t.State, t.Amount, t.CompletedAt ?? t.CreatedAt);
        return Task.FromResult<PaymentNotice?>(notice);
    }

    public NoticeReading ReadNotice(IReadOnlyDictionary<string, string?> fields) => SignedNotice.Read(name, fields, secret());

    /// <summary>Signs a notice as this gateway would (the simulator, and tests playing the gateway).</summary>
    public Dictionary<string, string?> Sign(PaymentNotice notice, string noticeId, Instant? sentAt = null) =>
        SignedNotice.Create(name, noticeId, notice, sentAt ?? clock.GetCurrentInstant(), secret());

    /// <summary>The transaction with this reference, or null.</summary>
    public LocalBankTransaction? Find(string reference)
    {
        if (!IsReference(reference))
        {
            return null;
        }

        var file = FileOf(reference);
        lock (Sync)
        {
            return File.Exists(file) ? JsonSerializer.Deserialize<LocalBankTransaction>(File.ReadAllText(file), Json) : null;
        }
    }

    /// <summary>
    /// The payer's choice at the bank. A pending transaction becomes paid or failed now (cancelled counts as failed);
    /// past its expiry the bank refuses and it becomes expired; a finished transaction stays as it is (the result is
    /// sent again). Returns the notices to deliver, or null when there is no such transaction.
    /// </summary>
    public LocalBankOutcome? Act(string reference, LocalBankAction action, bool loseNotice)
    {
        var t = Find(reference);
        if (t is null)
        {
            return null;
        }

        var now = clock.GetCurrentInstant();
        if (t.State == PaymentState.Pending)
        {
            t = now > t.ExpiresAt
                ? t with { State = PaymentState.Expired, CompletedAt = t.ExpiresAt }
                : t with { State = action == LocalBankAction.Pay ? PaymentState.Paid : PaymentState.Failed, CompletedAt = now };
            Save(t);
        }

        var notice = new PaymentNotice(t.OrderId, t.Reference, t.State, t.Amount, t.CompletedAt ?? now);
        var server = loseNotice ? null : Sign(notice, "N" + RandomNumberGenerator.GetHexString(16));
        // The browser carries its own signed copy (another notice id): a lost server notice is then still learnt.
        var browser = Sign(notice, "R" + RandomNumberGenerator.GetHexString(16));
        var query = string.Join('&', browser.Select(f => f.Key + "=" + Uri.EscapeDataString(f.Value ?? string.Empty)));
        var separator = t.ReturnUrl.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return new LocalBankOutcome(t, server, t.ReturnUrl + separator + query);
    }

    private void Save(LocalBankTransaction t)
    {
        var file = FileOf(t.Reference);
        lock (Sync)
        {
            Directory.CreateDirectory(bankFolder);
            var temp = file + ".tmp";
            File.WriteAllText(temp, JsonSerializer.Serialize(t, Json));
            File.Move(temp, file, overwrite: true);
        }
    }

    private string FileOf(string reference) => Path.Combine(bankFolder, reference + ".json");

    /// <summary>References are ours (two letters and hex digits): nothing else reaches the file system.</summary>
    private static bool IsReference(string? reference) =>
        reference is { Length: > 2 and <= 40 } && reference.All(char.IsAsciiLetterOrDigit);
}
