using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using MotCua.Data.Identity;
using MotCua.Domain.Dossiers;
using RoleNames = MotCua.Domain.Organization.Roles;
using MotCua.Web.Features.Units;

namespace MotCua.Web.Infrastructure;

/// <summary>A signed-in staff member with her unit and scope (her unit and every unit below it).</summary>
public sealed record StaffMember(string UserId, string FullName, string? Title, int UnitId, string UnitCode, string UnitName, IReadOnlySet<string> Roles, IReadOnlySet<string> ScopeUnitCodes)
{
    public Actor Actor => new(UserId, string.IsNullOrEmpty(Title) ? FullName : $"{FullName}, {Title}", UnitCode);

    public bool InScope(string? unitCode) => unitCode is not null && ScopeUnitCodes.Contains(unitCode);

    public bool IsInRole(string role) => Roles.Contains(role);

    /// <summary>Province leaders and administrators see the whole province.</summary>
    public bool SeesProvince => IsInRole(RoleNames.ProvinceLeader) || IsInRole(RoleNames.Administrator);
}

/// <summary>Resolves the staff member behind a request (cached for the request). Every staff action checks
/// her scope: an officer of unit A cannot read or act on unit B's dossiers.</summary>
public sealed class CurrentStaff(UserManager<UserAccount> users, UnitDirectory units)
{
    private StaffMember? _cached;

    public async Task<StaffMember?> GetAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (_cached is not null)
        {
            return _cached;
        }

        var id = users.GetUserId(principal);
        if (id is null)
        {
            return null;
        }

        return _cached = await LoadAsync(id, cancellationToken);
    }

    public async Task<StaffMember?> LoadAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user?.UnitId is not { } unitId)
        {
            return null;
        }

        var roles = (await users.GetRolesAsync(user)).ToHashSet(StringComparer.Ordinal);
        var scope = await units.ScopeAsync(unitId, cancellationToken);
        if (scope is null)
        {
            return null;
        }

        return new StaffMember(user.Id, user.FullName, user.Title, unitId, scope.UnitCode, scope.UnitName, roles, scope.Codes);
    }
}
