using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain.EventLog;
using MotCua.Domain.Payments;
using NodaTime;

namespace MotCua.Web.Features.Payments;

/// <summary>A payment order as pages and the API show it.</summary>
public sealed record PaymentOrderView(Guid Id, long Amount, PaymentChannel Channel, string Gateway, string? GatewayReference, PaymentState State,
    Instant CreatedAt, Instant ExpiresAt, Instant? PaidAt, string? Note, string? RedirectUrl);

/// <summary>A receipt line of a dossier's payments.</summary>
public sealed record PaymentReceiptView(Guid Id, string Series, string Number, long Amount, PaymentChannel Channel, Instant IssuedAt);

/// <summary>What a dossier owes and what was paid: the fees of its latest request (or exemption), the orders and the receipts.</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="Code">Its code.</param>
/// <param name="Status">Its status.</param>
/// <param name="FeeTotal">What it owes (or paid) now, whole đồng.</param>
/// <param name="OnlinePaymentChannel">0, 1 or 2 (DuocThanhToanTrucTuyen).</param>
/// <param name="Lines">The fee lines of the latest request or exemption (the procedure's fees before any request).</param>
/// <param name="Adjustment">The exemption or reduction applied, if any.</param>
/// <param name="Exempted">Every fee was waived.</param>
/// <param name="Orders">Newest first.</param>
/// <param name="Receipts">Newest first.</param>
public sealed record DossierPayments(
    Guid DossierId,
    string Code,
    DossierStatus Status,
    long FeeTotal,
    int OnlinePaymentChannel,
    IReadOnlyList<FeeCharge> Lines,
    FeeAdjustment? Adjustment,
    bool Exempted,
    IReadOnlyList<PaymentOrderView> Orders,
    IReadOnlyList<PaymentReceiptView> Receipts)
{
    public bool WaitingForPayment => Status == DossierStatus.WaitingPayment;

    public bool Paid => Orders.Any(o => o.State == PaymentState.Paid);
}

/// <summary>Reading payments. Callers check who may see the dossier first.</summary>
public sealed class PaymentQueries(MotCuaDbContext db)
{
    /// <summary>The dossier's latest payment request: its position in the stream and its content.</summary>
    public static async Task<(int Sequence, PaymentRequested Event)?> LastRequestAsync(MotCuaDbContext db, Guid dossierId, CancellationToken cancellationToken)
    {
        var row = await db.EventLog.AsNoTracking()
            .Where(e => e.StreamKind == StreamKind.Dossier && e.StreamId == dossierId && e.Type == nameof(PaymentRequested))
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Type, e.Data })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : (row.Sequence, (PaymentRequested)DossierEventCodec.Deserialize(row.Type, row.Data));
    }

    /// <summary>The fee lines a request charged (requests written before fees were itemised: one line for the total).</summary>
    public static IReadOnlyList<FeeCharge> LinesOf(PaymentRequested request) =>
        request.Lines is { Count: > 0 } lines ? lines : [new FeeCharge("Phí, lệ phí", null, request.Amount, request.Amount)];

    public async Task<DossierPayments?> ForDossierAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var d = await db.Dossiers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == dossierId, cancellationToken);
        if (d is null)
        {
            return null;
        }

        var feeEvents = await db.EventLog.AsNoTracking()
            .Where(e => e.StreamKind == StreamKind.Dossier && e.StreamId == dossierId && (e.Type == nameof(PaymentRequested) || e.Type == nameof(FeesExempted)))
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Type, e.Data })
            .FirstOrDefaultAsync(cancellationToken);
        IReadOnlyList<FeeCharge> lines;
        FeeAdjustment? adjustment = null;
        var exempted = false;
        switch (feeEvents is null ? null : DossierEventCodec.Deserialize(feeEvents.Type, feeEvents.Data))
        {
            case PaymentRequested request:
                lines = LinesOf(request);
                adjustment = request.Adjustment;
                break;
            case FeesExempted exemption:
                lines = exemption.Lines;
                adjustment = exemption.Adjustment;
                exempted = true;
                break;
            default:
                lines = [.. (d.Terms?.Fees ?? []).Select(f => new FeeCharge(f.Name, f.Code, f.Amount, f.Amount))];
                break;
        }

        var orders = await db.Set<PaymentOrder>().AsNoTracking().Where(o => o.DossierId == dossierId)
            .OrderByDescending(o => o.CreatedAt).Take(50).ToListAsync(cancellationToken);
        var receipts = await db.Set<PaymentReceipt>().AsNoTracking().Where(r => r.DossierId == dossierId)
            .OrderByDescending(r => r.IssuedAt).ToListAsync(cancellationToken);
        return new DossierPayments(d.Id, d.Code, d.Status, d.FeeTotal, d.OnlinePaymentChannel, lines, adjustment, exempted,
            [.. orders.Select(o => new PaymentOrderView(o.Id, o.Amount, o.Channel, o.Gateway, o.GatewayReference, o.State, o.CreatedAt, o.ExpiresAt, o.PaidAt, o.Note, o.RedirectUrl))],
            [.. receipts.Select(r => new PaymentReceiptView(r.Id, r.Series, r.DisplayNumber, r.Amount, r.Channel, r.IssuedAt))]);
    }

    /// <summary>The fee lines stored on a receipt.</summary>
    public static IReadOnlyList<FeeCharge> ReceiptLines(PaymentReceipt receipt) =>
        JsonSerializer.Deserialize<List<FeeCharge>>(receipt.LinesJson, LinesJson) ?? [];

    internal static readonly JsonSerializerOptions LinesJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
