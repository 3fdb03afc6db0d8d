using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Organization;
using MotCua.Domain.Text;

namespace MotCua.Web.Features.Units;

/// <summary>A unit as pages and the API show it.</summary>
public sealed record UnitView(int Id, string Code, string Name, UnitKind Kind, int? ParentId, string? ParentCode, bool Current)
{
    public string KindName => UnitListRules.Describe(Kind);

    public string KindCode => UnitListRules.Format(Kind);
}

/// <summary>Reading the unit tree: accent-insensitive search, the tree, and a unit's descendants (the
/// scope of a staff member's rights).</summary>
public sealed class UnitDirectory(MotCuaDbContext db)
{
    /// <summary>Current units whose name matches every word of <paramref name="query"/> (accents, case and
    /// tone-mark placement ignored) or whose code equals it; all current units when the query is empty.</summary>
    public async Task<IReadOnlyList<UnitView>> SearchAsync(string? query, int limit, CancellationToken cancellationToken)
    {
        var key = VietnameseText.SearchKey(query);
        var units = db.Units.AsNoTracking().Where(u => u.ValidTo == null);
        if (key.Length > 0)
        {
            var trimmed = query!.Trim();
            foreach (var word in key.Split(' '))
            {
                var w = word;
                units = units.Where(u => u.NameKey.StartsWith(w) || u.NameKey.Contains(" " + w) || u.Code == trimmed);
            }
        }

        return await units
            .OrderBy(u => u.Kind).ThenBy(u => u.NameKey)
            .Take(limit)
            .Select(u => new UnitView(u.Id, u.Code, u.Name, u.Kind, u.ParentId, u.Parent == null ? null : u.Parent.Code, u.ValidTo == null))
            .ToListAsync(cancellationToken);
    }

    /// <summary>One unit by code, current or retired.</summary>
    public async Task<UnitView?> FindAsync(string code, CancellationToken cancellationToken) =>
        await db.Units.AsNoTracking().Where(u => u.Code == code)
            .Select(u => new UnitView(u.Id, u.Code, u.Name, u.Kind, u.ParentId, u.Parent == null ? null : u.Parent.Code, u.ValidTo == null))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>All current units, for the tree.</summary>
    public Task<IReadOnlyList<UnitView>> AllCurrentAsync(CancellationToken cancellationToken) =>
        SearchAsync(null, int.MaxValue, cancellationToken);

    /// <summary>The unit and every unit below it (its scope).</summary>
    public async Task<IReadOnlySet<int>> ScopeOfAsync(int unitId, CancellationToken cancellationToken)
    {
        var links = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync(cancellationToken);
        var children = links.Where(l => l.ParentId is not null).ToLookup(l => l.ParentId!.Value, l => l.Id);
        var scope = new HashSet<int> { unitId };
        var queue = new Queue<int>([unitId]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var child in children[id])
            {
                if (scope.Add(child))
                {
                    queue.Enqueue(child);
                }
            }
        }

        return scope;
    }
}
