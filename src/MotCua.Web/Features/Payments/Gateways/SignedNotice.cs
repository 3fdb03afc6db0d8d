using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MotCua.Domain.Payments;
using NodaTime;
using NodaTime.Text;

namespace MotCua.Web.Features.Payments.Gateways;

/// <summary>
/// The signed notice format of the local development gateway, shaped like the real ones: flat string fields
/// <c>gateway, noticeId, orderId, reference, state, amount, occurredAt, sentAt</c> and <c>signature</c> =
/// lower-case hex of HMAC-SHA256(secret, canonical string). The canonical string is every field but the signature,
/// sorted by name (ordinal), as <c>name=value</c> with the value percent-encoded (RFC 3986, UTF-8), joined by
/// <c>&amp;</c>. Times are UTC, <c>yyyy-MM-ddTHH:mm:ssZ</c>. A field added, removed or changed breaks the signature;
/// the signature is compared in constant time.
/// </summary>
public static class SignedNotice
{
    public const string Signature = "signature";

    private static readonly string[] Required = ["gateway", "noticeId", "orderId", "reference", "state", "amount", "occurredAt", "sentAt"];

    private static readonly InstantPattern TimePattern = InstantPattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss'Z'");

    /// <summary>The string that is signed.</summary>
    public static string Canonical(IReadOnlyDictionary<string, string?> fields) =>
        string.Join('&', fields
            .Where(f => !string.Equals(f.Key, Signature, StringComparison.Ordinal))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => f.Key + "=" + Uri.EscapeDataString(f.Value ?? string.Empty)));

    public static string Sign(IReadOnlyDictionary<string, string?> fields, byte[] secret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(Canonical(fields))));

    /// <summary>The fields of a notice, signed.</summary>
    public static Dictionary<string, string?> Create(string gateway, string noticeId, PaymentNotice notice, Instant sentAt, byte[] secret)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["gateway"] = gateway,
            ["noticeId"] = noticeId,
            ["orderId"] = notice.OrderId.ToString("D"),
            ["reference"] = notice.Reference ?? string.Empty,
            ["state"] = PaymentText.Code(notice.State),
            ["amount"] = notice.Amount.ToString(CultureInfo.InvariantCulture),
            ["occurredAt"] = Time(notice.OccurredAt),
            ["sentAt"] = Time(sentAt),
        };
        fields[Signature] = Sign(fields, secret);
        return fields;
    }

    /// <summary>Verifies and parses. Any unknown field, missing field, bad value or wrong signature refuses the whole
    /// notice (the reason names the problem, never a value).</summary>
    public static NoticeReading Read(string gateway, IReadOnlyDictionary<string, string?> fields, byte[] secret)
    {
        if (!fields.TryGetValue(Signature, out var signature) || string.IsNullOrEmpty(signature))
        {
            return NoticeReading.Refused("no signature");
        }

        if (fields.Keys.Any(k => k != Signature && !Required.Contains(k, StringComparer.Ordinal)))
        {
            return NoticeReading.Refused("unknown field");
        }

        var expected = Encoding.ASCII.GetBytes(Sign(fields, secret));
        var given = Encoding.ASCII.GetBytes(signature.Trim().ToLowerInvariant());
        if (!CryptographicOperations.FixedTimeEquals(expected, given))
        {
            return NoticeReading.Refused("bad signature");
        }

        string? Field(string name) => fields.TryGetValue(name, out var v) && !string.IsNullOrEmpty(v) ? v : null;
        if (Required.Where(n => n != "reference").Any(n => Field(n) is null))
        {
            return NoticeReading.Refused("missing field");
        }

        if (!string.Equals(Field("gateway"), gateway, StringComparison.Ordinal))
        {
            return NoticeReading.Refused("wrong gateway");
        }

        if (!Guid.TryParse(Field("orderId"), out var orderId)
            || PaymentText.GatewayState(Field("state")) is not { } state
            || !long.TryParse(Field("amount"), NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
            || ParseTime(Field("occurredAt")) is not { } occurredAt
            || ParseTime(Field("sentAt")) is not { } sentAt
            || Field("noticeId")!.Length > 100)
        {
            return NoticeReading.Refused("malformed field");
        }

        return new NoticeReading(new PaymentNotice(orderId, Field("reference"), state, amount, occurredAt), Field("noticeId"), sentAt, null);
    }

    public static string Time(Instant instant) => TimePattern.Format(Instant.FromUnixTimeSeconds(instant.ToUnixTimeSeconds()));

    private static Instant? ParseTime(string? text) => text is not null && TimePattern.Parse(text) is { Success: true } r ? r.Value : null;
}
