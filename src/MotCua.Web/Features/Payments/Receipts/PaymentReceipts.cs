using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Dossiers.Forms;
using MotCua.Domain.EventLog;
using MotCua.Domain.Organization;
using MotCua.Domain.Payments;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Payments.Receipts;

/// <summary>A receipt ready to show, and the dossier it belongs to.</summary>
public sealed record ReceiptDocument(FormDocument Document, Guid DossierId);

/// <summary>Who asks for a receipt: a staff member (null for a citizen) and the account.</summary>
public sealed record ReceiptReader(StaffMember? Staff, string? UserId);

/// <summary>
/// Builds the printable electronic receipt, for those who may see it: staff whose scope holds the dossier, and the
/// citizen whose dossier it is. Anyone else — and a receipt that does not exist — gets null (pages answer 404).
/// </summary>
public sealed class PaymentReceipts(MotCuaDbContext db, DossierVisibility visibility, IOptions<MotCuaOptions> options)
{
    public async Task<ReceiptDocument?> BuildAsync(Guid receiptId, ReceiptReader reader, CancellationToken cancellationToken)
    {
        var receipt = await db.Set<PaymentReceipt>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == receiptId, cancellationToken);
        if (receipt is null)
        {
            return null;
        }

        var dossier = await db.Dossiers.AsNoTracking().FirstAsync(d => d.Id == receipt.DossierId, cancellationToken);
        var applicant = await db.DossierApplicants.AsNoTracking().FirstOrDefaultAsync(a => a.DossierId == dossier.Id, cancellationToken);
        var allowed = reader.Staff is { } staff
            ? visibility.CanSee(staff, dossier)
            : reader.UserId is { } user && applicant?.UserId == user;
        if (!allowed)
        {
            return null;
        }

        var order = await db.Set<PaymentOrder>().AsNoTracking().FirstAsync(o => o.Id == receipt.OrderId, cancellationToken);
        // The adjustment of the request this receipt paid (a dossier may have had several requests).
        var requestRow = await db.EventLog.AsNoTracking()
            .Where(e => e.StreamKind == StreamKind.Dossier && e.StreamId == dossier.Id && e.Sequence == order.RequestSequence && e.Type == nameof(PaymentRequested))
            .Select(e => new { e.Type, e.Data }).FirstOrDefaultAsync(cancellationToken);
        var adjustment = requestRow is null ? null : ((PaymentRequested)DossierEventCodec.Deserialize(requestRow.Type, requestRow.Data)).Adjustment;
        var codes = new[] { dossier.CompetentUnitCode, options.Value.Province.Code };
        var units = await db.Units.AsNoTracking().Where(u => codes.Contains(u.Code))
            .Select(u => new FormUnit(u.Code, u.Name, u.Kind)).ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, cancellationToken);
        var collector = units.GetValueOrDefault(dossier.CompetentUnitCode) ?? new FormUnit(dossier.CompetentUnitCode, dossier.CompetentUnitCode, UnitKind.Department);
        var province = units.GetValueOrDefault(options.Value.Province.Code) ?? new FormUnit(options.Value.Province.Code, options.Value.Province.Code, UnitKind.Province);
        var issuedBy = receipt.Channel == PaymentChannel.Counter ? PersonName(receipt.IssuedBy) : null;
        return new ReceiptDocument(FeeReceiptBuilder.Build(new FeeReceiptFacts(
            receipt,
            PaymentQueries.ReceiptLines(receipt),
            dossier,
            applicant?.FullName ?? "—",
            applicant?.Address,
            collector,
            province,
            order.Gateway == PaymentRecords.CounterGateway ? null : order.GatewayReference,
            adjustment,
            issuedBy)), dossier.Id);
    }

    /// <summary>"Huỳnh Văn Phúc" from "Huỳnh Văn Phúc, Công chức Bộ phận Một cửa".</summary>
    private static string? PersonName(string display)
    {
        var comma = display.IndexOf(", ", StringComparison.Ordinal);
        return display.Length == 0 ? null : comma > 0 ? display[..comma] : display;
    }
}
