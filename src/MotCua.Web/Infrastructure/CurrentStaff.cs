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
/// her scope: an officer of unit A cannot read or act on unit B's dossiers. The account's unit, name and roles come
/// from the sign-in cookie (<see cref="StaffClaims"/>, refreshed from the database every
/// <see cref="StaffClaims.RevalidateAfter"/>), the scope from the cached unit tree: no query per request.</summary>
public sealed class CurrentStaff(UserManager<UserAccount> users, UnitDirectory units, Microsoft.Extensions.Options.IOptions<IdentityOptions> identity)
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

        if (principal.FindFirst(StaffClaims.Unit) is not { } unitClaim)
        {
            // A principal not built by StaffClaims (a cookie issued before it existed): read the account.
            return _cached = await LoadAsync(id, cancellationToken);
        }

        if (!int.TryParse(unitClaim.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var unitId)
            || await units.ScopeAsync(unitId, cancellationToken) is not { } scope)
        {
            return null;
        }

        var roles = principal.FindAll(identity.Value.ClaimsIdentity.RoleClaimType).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return _cached = new StaffMember(
            id, principal.FindFirst(StaffClaims.FullName)?.Value ?? string.Empty, principal.FindFirst(StaffClaims.Title)?.Value, unitId,
            scope.UnitCode, scope.UnitName, roles, scope.Codes);
    }

    /// <summary>The staff member from the database (null for an account without a unit).</summary>
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
