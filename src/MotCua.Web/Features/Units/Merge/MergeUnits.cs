using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Organization;
using MotCua.Domain.Text;
using NodaTime;

namespace MotCua.Web.Features.Units.Merge;

/// <summary>Outcome of a merge: an error in Vietnamese, or success.</summary>
public sealed record MergeResult(string? Error)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// Merges units into a successor, keeping history: the merged units are not deleted but retired (their
/// last day is the day before <c>effectiveOn</c>) and linked to the successor, so their old codes still
/// resolve (<see cref="History.UnitHistory"/>) and later work can re-home their dossiers.
/// </summary>
public sealed class MergeUnits(MotCuaDbContext db, UnitDirectory directory)
{
    public async Task<MergeResult> MergeAsync(
        IReadOnlyCollection<string> predecessorCodes,
        string successorCode,
        LocalDate effectiveOn,
        string reason,
        CancellationToken cancellationToken)
    {
        reason = VietnameseText.NormalizeRequired(reason);
        if (reason.Length == 0)
        {
            return new MergeResult("Cần ghi căn cứ sáp nhập (số quyết định, nghị quyết).");
        }

        if (predecessorCodes.Count == 0)
        {
            return new MergeResult("Cần ít nhất một đơn vị bị sáp nhập.");
        }

        var successor = await db.Units.FirstOrDefaultAsync(u => u.Code == successorCode, cancellationToken);
        if (successor is null || successor.ValidTo is not null)
        {
            return new MergeResult($"Đơn vị nhận sáp nhập \"{successorCode}\" không tồn tại hoặc đã giải thể.");
        }

        var predecessors = await db.Units.Where(u => predecessorCodes.Contains(u.Code)).ToListAsync(cancellationToken);
        foreach (var code in predecessorCodes)
        {
            var unit = predecessors.FirstOrDefault(u => u.Code == code);
            if (unit is null)
            {
                return new MergeResult($"Đơn vị \"{code}\" không tồn tại.");
            }

            if (unit.ValidTo is not null)
            {
                return new MergeResult($"Đơn vị \"{code}\" đã ngừng hoạt động từ {unit.ValidTo:dd/MM/yyyy}.");
            }

            if (unit.Id == successor.Id)
            {
                return new MergeResult("Đơn vị không thể sáp nhập vào chính nó.");
            }

            if (unit.Kind != successor.Kind)
            {
                return new MergeResult($"Đơn vị \"{code}\" ({UnitListRules.Describe(unit.Kind)}) khác loại với đơn vị nhận ({UnitListRules.Describe(successor.Kind)}).");
            }

            if (effectiveOn <= unit.ValidFrom)
            {
                return new MergeResult($"Ngày hiệu lực phải sau ngày đơn vị \"{code}\" được thành lập.");
            }
        }

        var predecessorIds = predecessors.Select(p => p.Id).ToList();
        if (await db.Units.AnyAsync(u => u.ParentId != null && predecessorIds.Contains(u.ParentId.Value) && u.ValidTo == null, cancellationToken))
        {
            return new MergeResult("Đơn vị bị sáp nhập còn đơn vị trực thuộc đang hoạt động; hãy chuyển hoặc sáp nhập chúng trước.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var unit in predecessors)
        {
            unit.ValidTo = effectiveOn.PlusDays(-1);
            db.UnitSuccessions.Add(new UnitSuccession
            {
                PredecessorId = unit.Id,
                SuccessorId = successor.Id,
                EffectiveOn = effectiveOn,
                Reason = reason,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        directory.Invalidate();
        return new MergeResult(null);
    }
}
