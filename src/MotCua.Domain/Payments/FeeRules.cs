using MotCua.Domain.Dossiers;
using MotCua.Domain.Text;

namespace MotCua.Domain.Payments;

/// <summary>Whether an adjustment waives a fee entirely or reduces it.</summary>
public enum FeeAdjustmentKind
{
    /// <summary>Miễn: nothing to pay on the fees it covers.</summary>
    Exemption = 1,

    /// <summary>Giảm: a percentage off the fees it covers.</summary>
    Reduction = 2,
}

/// <summary>
/// An exemption or reduction an officer applies to one dossier's fees, with the legal provision that grants it
/// (Law on Fees and Charges 97/2015/QH13, Art. 10: exemptions and reductions are set per fee by the law or the
/// provincial People's Council resolution that prescribes it — e.g. birth registration on time is free, some
/// provinces halve fees for online submission). Recorded in the payment-request event, so the history shows who
/// reduced what and why.
/// </summary>
/// <param name="Kind">Exemption or reduction.</param>
/// <param name="Percent">The share taken off, 1–99 for a reduction; always 100 for an exemption.</param>
/// <param name="LegalBasis">The provision that grants it ("Điểm a khoản 1 Điều 3 Nghị quyết 15/2023/NQ-HĐND").</param>
/// <param name="FeeCodes">The fees it covers (by code, or by name for fees without a code); null or empty: all.</param>
public sealed record FeeAdjustment(FeeAdjustmentKind Kind, int Percent, string LegalBasis, IReadOnlyList<string>? FeeCodes = null);

/// <summary>One fee of a dossier as charged: its listed amount and what is due after any adjustment, whole đồng.</summary>
public sealed record FeeCharge(string Name, string? Code, long Listed, long Due);

/// <summary>A dossier's fees as assessed: each line, the adjustment applied (if any), and the total due.</summary>
public sealed record FeeAssessment(IReadOnlyList<FeeCharge> Lines, FeeAdjustment? Adjustment)
{
    public long Total => Lines.Sum(l => l.Due);

    public long Listed => Lines.Sum(l => l.Listed);

    /// <summary>Fees were listed but an exemption leaves nothing to pay.</summary>
    public bool FullyExempt => Listed > 0 && Total == 0 && Adjustment is not null;
}

/// <summary>Assesses a dossier's fees from the procedure version it was received under (<see cref="ProcedureTerms.Fees"/>).</summary>
public static class FeeRules
{
    /// <summary>The longest legal basis kept (a citation, not a document).</summary>
    public const int LegalBasisMaxLength = 500;

    /// <summary>
    /// The fees due: the listed fees, less the adjustment on the fees it covers. A reduction rounds the amount due
    /// to the nearest whole đồng (half up), since money is kept in whole đồng. Refused (with a Vietnamese reason)
    /// when the adjustment has no legal basis, a percentage out of range, or names a fee the dossier does not have.
    /// </summary>
    public static (FeeAssessment? Assessment, string? Error) Assess(IReadOnlyList<FeeTerms> fees, FeeAdjustment? adjustment)
    {
        if (adjustment is null)
        {
            return (new FeeAssessment([.. fees.Select(f => new FeeCharge(f.Name, f.Code, f.Amount, f.Amount))], null), null);
        }

        var basis = VietnameseText.Normalize(adjustment.LegalBasis);
        if (string.IsNullOrWhiteSpace(basis))
        {
            return (null, "Miễn, giảm phí, lệ phí cần ghi rõ căn cứ pháp lý.");
        }

        if (basis.Length > LegalBasisMaxLength)
        {
            return (null, $"Căn cứ pháp lý dài quá {LegalBasisMaxLength} ký tự.");
        }

        var percent = adjustment.Kind == FeeAdjustmentKind.Exemption ? 100 : adjustment.Percent;
        if (adjustment.Kind == FeeAdjustmentKind.Reduction && percent is < 1 or > 99)
        {
            return (null, "Tỷ lệ giảm phải từ 1% đến 99% (miễn toàn bộ thì chọn miễn).");
        }

        var codes = (adjustment.FeeCodes ?? []).Select(VietnameseText.Normalize).Where(c => !string.IsNullOrEmpty(c)).Select(c => c!).ToList();
        bool Covered(FeeTerms f) => codes.Count == 0 || codes.Any(c => c == f.Code || c == f.Name);
        var unknown = codes.Where(c => !fees.Any(f => c == f.Code || c == f.Name)).ToList();
        if (unknown.Count > 0)
        {
            return (null, $"Hồ sơ không có khoản phí, lệ phí \"{string.Join("\", \"", unknown)}\".");
        }

        if (fees.Count == 0 || fees.All(f => f.Amount == 0))
        {
            return (null, "Hồ sơ không có khoản phí, lệ phí nào để miễn, giảm.");
        }

        var lines = fees.Select(f => new FeeCharge(f.Name, f.Code, f.Amount, Covered(f) ? Reduce(f.Amount, percent) : f.Amount)).ToList();
        var normalized = adjustment with { Percent = percent, LegalBasis = basis, FeeCodes = codes.Count == 0 ? null : codes };
        return (new FeeAssessment(lines, normalized), null);
    }

    /// <summary>The amount left after taking <paramref name="percent"/> off, to the nearest đồng (half up).</summary>
    public static long Reduce(long amount, int percent) => (amount * (100 - percent) + 50) / 100;
}
