using Microsoft.AspNetCore.Identity;

namespace MotCua.Data.Identity;

/// <summary>A person who signs in: a staff member (with a unit) or a citizen (without one).</summary>
public sealed class UserAccount : IdentityUser
{
    /// <summary>Full name as shown to colleagues (never on public pages).</summary>
    [PersonalData]
    public string FullName { get; set; } = string.Empty;

    /// <summary>The staff member's unit; the scope of everything she may see and do. Null for citizens.</summary>
    public int? UnitId { get; set; }

    /// <summary>Job title shown on forms and in the event log ("Chuyên viên", "Phó Giám đốc").</summary>
    public string? Title { get; set; }

    /// <summary>Citizen ID (CCCD, 12 digits) confirmed by the national e-ID (VNeID); null until then.</summary>
    [PersonalData]
    public string? IdNumber { get; set; }

    /// <summary>The account's name and ID number were confirmed by a national e-ID sign-in; dossiers it submits
    /// are marked <c>VerifiedByEId</c>.</summary>
    public bool VerifiedByEId { get; set; }
}
