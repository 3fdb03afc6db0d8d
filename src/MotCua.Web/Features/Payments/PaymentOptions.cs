namespace MotCua.Web.Features.Payments;

/// <summary>Settings under <c>MotCua:Payments</c> (docs/PAYMENTS.md).</summary>
public sealed class PaymentOptions
{
    public const string Section = "MotCua:Payments";

    /// <summary>Minutes a payment order stays payable at the gateway (default 15).</summary>
    public int OrderLifetimeMinutes { get; set; } = 15;

    /// <summary>A signed notice sent longer ago than this (or this far in the future) is refused as a replay (default 10).</summary>
    public int NoticeMaxAgeMinutes { get; set; } = 10;

    /// <summary>How often the web host asks the gateways about pending orders (default 5; when <c>MotCua:Jobs:Enabled</c>).</summary>
    public int ReconcileIntervalMinutes { get; set; } = 5;

    /// <summary>The local development gateway, standing in for the national payment platform and the provincial
    /// gateway (turn it off in production, where real gateways are configured).</summary>
    public LocalGatewayOptions LocalGateway { get; set; } = new();

    /// <summary>Per gateway name ("national", "provincial"): its secret. Never in a committed file: pass it as
    /// <c>MotCua__Payments__Gateways__national__Secret</c>.</summary>
    public Dictionary<string, GatewayOptions> Gateways { get; set; } = new(StringComparer.Ordinal);

    public ReceiptOptions Receipts { get; set; } = new();
}

public sealed class LocalGatewayOptions
{
    /// <summary>Offer the local gateways ("national", "provincial"). Unset: on when <c>MotCua:Demo:Enabled</c> is.</summary>
    public bool? Enabled { get; set; }
}

public sealed class GatewayOptions
{
    /// <summary>The HMAC-SHA256 key shared with the gateway. For the local gateway, when empty, one is generated
    /// and kept in <c>&lt;data folder&gt;/payments/&lt;name&gt;.secret</c>.</summary>
    public string? Secret { get; set; }
}

public sealed class ReceiptOptions
{
    /// <summary>Receipt template symbol (ký hiệu mẫu biên lai) as registered with the tax authority.</summary>
    public string TemplateSymbol { get; set; } = "01BLP0-001";

    /// <summary>Receipt series symbol (ký hiệu biên lai); <c>{yy}</c> becomes the year's last two digits.</summary>
    public string Series { get; set; } = "MC-{yy}E";

    public string SeriesFor(int year) =>
        Series.Replace("{yy}", (year % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
