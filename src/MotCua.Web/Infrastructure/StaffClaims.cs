using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MotCua.Data.Identity;

namespace MotCua.Web.Infrastructure;

/// <summary>
/// Puts what every staff request needs into the sign-in cookie — the unit, full name and title next to Identity's
/// name, id and roles — so that <see cref="CurrentStaff"/> reads them from the (encrypted) cookie instead of two
/// database queries per request. Identity's security-stamp check rebuilds the principal through this factory every
/// <see cref="RevalidateAfter"/>, so a changed unit or role reaches every signed-in session within that time, and a
/// deleted account or a changed security stamp (new password, two-step set-up) ends the session (ADR 0073).
/// </summary>
public sealed class StaffClaims(UserManager<UserAccount> users, RoleManager<IdentityRole<string>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<UserAccount, IdentityRole<string>>(users, roles, options)
{
    /// <summary>The unit id (empty for an account without a unit: citizens).</summary>
    public const string Unit = "motcua:unit";

    public const string FullName = "motcua:full-name";

    public const string Title = "motcua:title";

    /// <summary>How often a signed-in session's account is read again (configuration
    /// <c>MotCua:Security:RevalidateSeconds</c>).</summary>
    public static TimeSpan RevalidateAfter(IConfiguration configuration) =>
        TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue("MotCua:Security:RevalidateSeconds", 60)));

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(UserAccount user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Unit, user.UnitId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty));
        identity.AddClaim(new Claim(FullName, user.FullName));
        if (!string.IsNullOrEmpty(user.Title))
        {
            identity.AddClaim(new Claim(Title, user.Title));
        }

        return identity;
    }
}
