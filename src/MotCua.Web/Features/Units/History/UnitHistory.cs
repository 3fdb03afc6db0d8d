using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Organization;

namespace MotCua.Web.Features.Units.History;

/// <summary>Where a code points today.</summary>
/// <param name="Code">The code of the area or unit that holds it now.</param>
/// <param name="Name">Its name.</param>
/// <param name="UnitId">The MotCua unit, when it is one of this province's units.</param>
/// <param name="Kind">Whole (full) or part (partial) of the old unit went there.</param>
public sealed record CurrentHolder(string Code, string Name, int? UnitId, SuccessionKind Kind);

/// <summary>The answer to "which unit holds this code now".</summary>
/// <param name="Query">The code asked for.</param>
/// <param name="FoundAs">What the code was: a current unit, a retired MotCua unit, a pre-2025 area, or unknown.</param>
/// <param name="OldName">The name the code had (for retired units and pre-2025 areas).</param>
/// <param name="Holders">Full holders first.</param>
public sealed record UnitHistoryAnswer(string Query, string FoundAs, string? OldName, IReadOnlyList<CurrentHolder> Holders);

/// <summary>
/// Unit history across the 1 July 2025 reorganisation and MotCua's own merges: given an old code (a
/// pre-2025 commune or province, or a retired unit), find the unit(s) that hold it now. A commune that was
/// split has several holders, the ones that took all of it listed first.
/// </summary>
public sealed class UnitHistory(MotCuaDbContext db)
{
    public async Task<UnitHistoryAnswer> FindAsync(string code, CancellationToken cancellationToken)
    {
        code = code.Trim();
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, cancellationToken);
        if (unit is { ValidTo: null })
        {
            return new UnitHistoryAnswer(code, "current", null, [new CurrentHolder(unit.Code, unit.Name, unit.Id, SuccessionKind.Full)]);
        }

        if (unit is not null)
        {
            var successor = await FollowSuccessionsAsync(unit, cancellationToken);
            IReadOnlyList<CurrentHolder> holders = successor is null ? [] : [new CurrentHolder(successor.Code, successor.Name, successor.Id, SuccessionKind.Full)];
            return new UnitHistoryAnswer(code, "retired-unit", unit.Name, holders);
        }

        var old = await db.AdministrativeAreas.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Set == AreaSet.Pre2025 && a.Code == code, cancellationToken);
        var links = await db.AreaSuccessions.AsNoTracking().Where(s => s.OldCode == code).ToListAsync(cancellationToken);
        if (old is null && links.Count == 0)
        {
            return new UnitHistoryAnswer(code, "unknown", null, []);
        }

        var newCodes = links.Select(l => l.NewCode).ToList();
        var areas = await db.AdministrativeAreas.AsNoTracking()
            .Where(a => a.Set == AreaSet.Since20250701 && newCodes.Contains(a.Code))
            .ToDictionaryAsync(a => a.Code, cancellationToken);
        var units = await db.Units.AsNoTracking()
            .Where(u => u.AreaCode != null && newCodes.Contains(u.AreaCode))
            .ToListAsync(cancellationToken);

        var result = new List<CurrentHolder>();
        foreach (var link in links.OrderBy(l => l.Kind).ThenBy(l => l.NewCode, StringComparer.Ordinal))
        {
            var holderUnit = units.FirstOrDefault(u => u.AreaCode == link.NewCode);
            if (holderUnit is not null && holderUnit.ValidTo is not null)
            {
                holderUnit = await FollowSuccessionsAsync(holderUnit, cancellationToken) ?? holderUnit;
            }

            var name = holderUnit?.Name ?? (areas.TryGetValue(link.NewCode, out var area) ? area.Name : link.NewCode);
            result.Add(new CurrentHolder(holderUnit?.Code ?? link.NewCode, name, holderUnit?.Id, link.Kind));
        }

        return new UnitHistoryAnswer(code, "pre-2025", old?.Name, result);
    }

    private async Task<Unit?> FollowSuccessionsAsync(Unit unit, CancellationToken cancellationToken)
    {
        var current = unit;
        for (var hops = 0; hops < 32 && current.ValidTo is not null; hops++)
        {
            var id = current.Id;
            var next = await db.UnitSuccessions.AsNoTracking().Where(s => s.PredecessorId == id)
                .Join(db.Units.AsNoTracking(), s => s.SuccessorId, u => u.Id, (s, u) => u)
                .FirstOrDefaultAsync(cancellationToken);
            if (next is null)
            {
                return null;
            }

            current = next;
        }

        return current.ValidTo is null ? current : null;
    }
}
