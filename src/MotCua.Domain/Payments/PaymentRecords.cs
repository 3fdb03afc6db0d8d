using NodaTime;

namespace MotCua.Domain.Payments;

/// <summary>Where a verified notice came from.</summary>
public enum NoticeSource
{
    /// <summary>The gateway's server-to-server notification (IPN).</summary>
    Callback = 1,

    /// <summary>The signed result the gateway puts in the payer's browser when sending her back.</summary>
    Return = 2,

    /// <summary>MotCua asked the gateway (reconciliation).</summary>
    Query = 3,
}

/// <summary>
/// A verified notice about an order, as received, and what MotCua did with it: the payment audit trail. Forged
/// notices are not stored (only logged), so nobody can fill this table from outside. A notice id seen twice is a
/// replay: the unique index on (gateway, notice id) refuses the second one. No personal data.
/// </summary>
public sealed class PaymentNoticeRecord
{
    public long Id { get; set; }

    public string Gateway { get; set; } = string.Empty;

    /// <summary>The gateway's id of the notice (null for query answers).</summary>
    public string? NoticeId { get; set; }

    public NoticeSource Source { get; set; }

    public Guid OrderId { get; set; }

    public PaymentState ReportedState { get; set; }

    public long ReportedAmount { get; set; }

    /// <summary>The gateway's time of the reported state.</summary>
    public Instant ReportedAt { get; set; }

    public Instant ReceivedAt { get; set; }

    public NoticeOutcome Outcome { get; set; }
}

/// <summary>
/// An electronic receipt for fees paid (biên lai thu phí, lệ phí điện tử; Decree 123/2020/NĐ-CP on invoices and
/// receipts, Circular 78/2021/TT-BTC): numbered without gaps within its series and year, issued in the same
/// transaction as the dossier's payment event it proves (<see cref="EventSequence"/>). Never changed afterwards.
/// </summary>
public sealed class PaymentReceipt
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    public Guid OrderId { get; set; }

    /// <summary>Receipt template symbol (ký hiệu mẫu biên lai), as registered with the tax authority.</summary>
    public string TemplateSymbol { get; set; } = string.Empty;

    /// <summary>Receipt series symbol (ký hiệu biên lai).</summary>
    public string Series { get; set; } = string.Empty;

    /// <summary>The year the number belongs to (numbers restart each year).</summary>
    public int Year { get; set; }

    /// <summary>1, 2, 3 … within series and year, without gaps.</summary>
    public int Number { get; set; }

    public long Amount { get; set; }

    public PaymentChannel Channel { get; set; }

    /// <summary>The fee lines paid, as JSON (<see cref="FeeCharge"/> list).</summary>
    public string LinesJson { get; set; } = "[]";

    /// <summary>Sequence of the dossier's <c>PaymentCompleted</c> event.</summary>
    public int EventSequence { get; set; }

    public Instant IssuedAt { get; set; }

    /// <summary>The officer who took the money at the counter, or the gateway's name.</summary>
    public string IssuedBy { get; set; } = string.Empty;

    /// <summary>"0000123": the number as printed (7 digits).</summary>
    public string DisplayNumber => Number.ToString("0000000", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The last receipt number of a series in a year; incremented inside the transaction that issues one.</summary>
public sealed class PaymentReceiptCounter
{
    public string Series { get; set; } = string.Empty;

    public int Year { get; set; }

    public int Last { get; set; }
}
