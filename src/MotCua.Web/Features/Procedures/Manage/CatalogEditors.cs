using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Organization;
using MotCua.Web.Features.Units;

namespace MotCua.Web.Features.Procedures.Manage;

/// <summary>
/// Which procedures a staff member may change: an administrator any; a unit leader those whose competent
/// agency is her unit or a unit below it. Commune procedures shared by every commune belong to the
/// province's catalog, so only administrators change them.
/// </summary>
public sealed class CatalogEditors(MotCuaDbContext db, UnitDirectory units)
{
    /// <summary>The agency codes the user may publish for; <c>null</c> means every agency (administrator);
    /// empty means none.</summary>
    public async Task<IReadOnlySet<string>?> AgenciesOfAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.IsInRole(Roles.Administrator))
        {
            return null;
        }

        if (!user.IsInRole(Roles.UnitLeader) || user.Identity?.Name is not { } name)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var unitId = await db.Users.AsNoTracking().Where(u => u.UserName == name).Select(u => u.UnitId).FirstOrDefaultAsync(cancellationToken);
        if (unitId is null)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var scope = await units.ScopeOfAsync(unitId.Value, cancellationToken);
        var codes = await db.Units.AsNoTracking().Where(u => scope.Contains(u.Id)).Select(u => u.Code).ToListAsync(cancellationToken);
        return codes.ToHashSet(StringComparer.Ordinal);
    }

    public static bool MayEdit(IReadOnlySet<string>? agencies, string? agencyCode) =>
        agencies is null || (agencyCode is not null && agencies.Contains(agencyCode));
}
