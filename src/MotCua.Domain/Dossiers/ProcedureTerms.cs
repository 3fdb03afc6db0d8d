using MotCua.Domain.Calendar;

namespace MotCua.Domain.Dossiers;

/// <summary>
/// What a dossier keeps of the procedure version it was received under (DOMAIN.md §2: "a dossier keeps the
/// rules in force when it was received"): the processing time, the internal process, the fees. Copied into
/// the receipt event, so later versions of the procedure never change a dossier in flight.
/// </summary>
/// <param name="ProcedureCode">National code, e.g. "1.001193".</param>
/// <param name="ProcedureName">Name at the time.</param>
/// <param name="VersionId">The catalog version id, when known.</param>
/// <param name="Field">Lĩnh vực (for reports).</param>
/// <param name="ProcessingTime">Legal processing time for this dossier's channel.</param>
/// <param name="Steps">The internal process, in order.</param>
/// <param name="Fees">Fees due, whole VND.</param>
/// <param name="IssuesResultDocument">Whether the procedure issues a result document.</param>
/// <param name="FullOnline">Whether the procedure is offered fully online (toàn trình).</param>
public sealed record ProcedureTerms(
    string ProcedureCode,
    string ProcedureName,
    string? VersionId,
    string? Field,
    Deadline ProcessingTime,
    IReadOnlyList<StepTerms> Steps,
    IReadOnlyList<FeeTerms> Fees,
    bool IssuesResultDocument,
    bool FullOnline)
{
    public long TotalFee => Fees.Sum(f => f.Amount);
}

/// <summary>One step of the internal process.</summary>
/// <param name="Index">0-based position.</param>
/// <param name="Name">"Tiếp nhận", "Thẩm định", "Phê duyệt" …</param>
/// <param name="PerformerUnitCode">Unit that performs it; null means the competent agency.</param>
/// <param name="PerformerRole">Role that performs it (e.g. specialist), when known.</param>
/// <param name="Share">Its share of the processing time, in (0, 1]; the shares of a process add up to 1.</param>
public sealed record StepTerms(int Index, string Name, string? PerformerUnitCode, string? PerformerRole, double Share);

/// <summary>A fee or charge (phí, lệ phí) in whole VND.</summary>
public sealed record FeeTerms(string Name, string? Code, long Amount);
