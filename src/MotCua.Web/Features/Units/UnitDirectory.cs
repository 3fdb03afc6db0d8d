using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
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

/// <summary>A unit and every unit below it: the scope of a staff member's rights.</summary>
public sealed record UnitScope(int UnitId, string UnitCode, string UnitName, IReadOnlySet<int> Ids, IReadOnlySet<string> Codes);

/// <summary>Reading the unit tree: accent-insensitive search, the tree, and a unit's descendants (the
/// scope of a staff member's rights).</summary>
public sealed class UnitDirectory(MotCuaDbContext db, IMemoryCache cache)
{
    /// <summary>How long the tree behind <see cref="ScopeAsync"/> is kept in memory. Every staff request needs the
    /// scope; units change a few times a year (imports and merges, which forget the cached tree of this process at
    /// once; the same change made by the command line reaches a running web app within this time).</summary>
    public static readonly TimeSpan TreeLifetime = TimeSpan.FromMinutes(1);

    private const string TreeKey = "unit-tree";

    private sealed record Node(int Id, int? ParentId, string Code, string Name);

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
    public async Task<IReadOnlySet<int>> ScopeOfAsync(int unitId, CancellationToken cancellationToken) =>
        (await ScopeAsync(unitId, cancellationToken))?.Ids ?? new HashSet<int> { unitId };

    /// <summary>The unit, with its code and name, and the ids and codes of every unit below it; null for an
    /// unknown unit. Served from a tree cached for <see cref="TreeLifetime"/>.</summary>
    public async Task<UnitScope?> ScopeAsync(int unitId, CancellationToken cancellationToken)
    {
        var tree = await TreeAsync(cancellationToken);
        if (!tree.ById.TryGetValue(unitId, out var unit))
        {
            return null;
        }

        var scope = new HashSet<int> { unitId };
        var queue = new Queue<int>([unitId]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var child in tree.Children[id])
            {
                if (scope.Add(child))
                {
                    queue.Enqueue(child);
                }
            }
        }

        return new UnitScope(unit.Id, unit.Code, unit.Name, scope, scope.Select(id => tree.ById[id].Code).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Names of units by code (current or retired; the newest unit of a reused code), from the cached tree;
    /// unknown codes are left out.</summary>
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        var tree = await TreeAsync(cancellationToken);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            if (tree.NameByCode.TryGetValue(code, out var name))
            {
                names[code] = name;
            }
        }

        return names;
    }

    /// <summary>Forgets the cached tree (after units are imported or merged).</summary>
    public void Invalidate() => cache.Remove(TreeKey);

    private async Task<Tree> TreeAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(TreeKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TreeLifetime;
            var nodes = await db.Units.AsNoTracking().Select(u => new Node(u.Id, u.ParentId, u.Code, u.Name)).ToListAsync(cancellationToken);
            return new Tree(
                nodes.ToDictionary(n => n.Id),
                nodes.Where(n => n.ParentId is not null).ToLookup(n => n.ParentId!.Value, n => n.Id),
                nodes.GroupBy(n => n.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.MaxBy(n => n.Id)!.Name, StringComparer.Ordinal));
        }) ?? throw new InvalidOperationException("The unit tree could not be cached.");

    /// <summary>The unit tree as every staff request reads it, built once per <see cref="TreeLifetime"/>.</summary>
    private sealed record Tree(Dictionary<int, Node> ById, ILookup<int, int> Children, Dictionary<string, string> NameByCode);
}
