using System.Text;
using MotCua.Domain.Payments;
using MotCua.Web.Features.Payments.Gateways;
using NodaTime;

namespace MotCua.Web.Tests.Features.Payments;

/// <summary>The notice format of docs/PAYMENTS.md: the worked example there is checked here, so the page cannot drift
/// from the code a gateway integrator will be tested against.</summary>
public sealed class SignedNoticeTests
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("example-secret-not-a-real-one");

    private static Dictionary<string, string?> Example() => new(StringComparer.Ordinal)
    {
        ["gateway"] = "provincial",
        ["noticeId"] = "N3f9a0c1d2e4b5a69",
        ["orderId"] = "5b1e7c2a-9d43-4f0e-8a61-2c7d9e0f4b13",
        ["reference"] = "TT0a1b2c3d4e5f60",
        ["state"] = "paid",
        ["amount"] = "8000",
        ["occurredAt"] = "2025-11-24T03:15:42Z",
        ["sentAt"] = "2025-11-24T03:15:43Z",
    };

    [Fact]
    public void Canonical_DocumentedExample_SortsAndPercentEncodes() =>
        Assert.Equal(
            "amount=8000&gateway=provincial&noticeId=N3f9a0c1d2e4b5a69&occurredAt=2025-11-24T03%3A15%3A42Z"
            + "&orderId=5b1e7c2a-9d43-4f0e-8a61-2c7d9e0f4b13&reference=TT0a1b2c3d4e5f60&sentAt=2025-11-24T03%3A15%3A43Z&state=paid",
            SignedNotice.Canonical(Example()));

    [Fact]
    public void Sign_DocumentedExample_GivesTheDocumentedSignature() =>
        Assert.Equal("0740ade3f2f026af43362f8499f0e09716b5eacf25be3a3881e141d3002a023f", SignedNotice.Sign(Example(), Secret));

    [Fact]
    public void Read_DocumentedExample_GivesTheNotice()
    {
        var fields = Example();
        fields[SignedNotice.Signature] = "0740ADE3F2F026AF43362F8499F0E09716B5EACF25BE3A3881E141D3002A023F";

        var reading = SignedNotice.Read("provincial", fields, Secret);

        Assert.Null(reading.Rejection);
        Assert.Equal(new PaymentNotice(Guid.Parse("5b1e7c2a-9d43-4f0e-8a61-2c7d9e0f4b13"), "TT0a1b2c3d4e5f60", PaymentState.Paid, 8_000,
            Instant.FromUtc(2025, 11, 24, 3, 15, 42)), reading.Notice);
        Assert.Equal(("N3f9a0c1d2e4b5a69", Instant.FromUtc(2025, 11, 24, 3, 15, 43)), (reading.NoticeId, reading.SentAt));
    }

    [Theory]
    [InlineData("amount", "80000", "bad signature")]
    [InlineData("extra", "1", "unknown field")]
    [InlineData("signature", "", "no signature")]
    public void Read_ChangedExample_IsRefusedWithTheReason(string field, string value, string reason)
    {
        var fields = Example();
        fields[SignedNotice.Signature] = "0740ade3f2f026af43362f8499f0e09716b5eacf25be3a3881e141d3002a023f";
        fields[field] = value;

        var reading = SignedNotice.Read("provincial", fields, Secret);

        Assert.Equal((null, reason), (reading.Notice, reading.Rejection));
    }

    [Fact]
    public void Read_SignedForAnotherGateway_IsRefused()
    {
        var fields = Example();
        fields[SignedNotice.Signature] = SignedNotice.Sign(fields, Secret);

        Assert.Equal("wrong gateway", SignedNotice.Read("national", fields, Secret).Rejection);
    }
}
