using Microsoft.AspNetCore.DataProtection;

namespace MotCua.Web.Features.Feedback.Follow;

/// <summary>
/// Remembers, in an encrypted, HTTP-only cookie that lives for <see cref="Lifetime"/>, which feedback this browser
/// proved it may follow (code and contact typed on the lookup form, or just sent from it). The code and the contact
/// never travel in a URL (they would end up in logs and histories); a browser that has not proved anything sees
/// "not found", exactly as for an unknown code.
/// </summary>
public sealed class FollowGrants(IDataProtectionProvider protection)
{
    public const string CookieName = "motcua.pakn";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    private const int MaxGrants = 10;

    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("MotCua.Feedback.Follow.v1").ToTimeLimitedDataProtector();

    public bool IsGranted(HttpContext http, Guid id) => Read(http).Contains(id);

    public void Grant(HttpContext http, Guid id)
    {
        var ids = Read(http).Where(x => x != id).Prepend(id).Take(MaxGrants).ToList();
        var value = _protector.Protect(string.Join(',', ids.Select(x => x.ToString("N"))), Lifetime);
        http.Response.Cookies.Append(CookieName, value, new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            MaxAge = Lifetime,
            Path = "/Feedback",
        });
    }

    private List<Guid> Read(HttpContext http)
    {
        if (!http.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
        {
            return [];
        }

        try
        {
            return [.. _protector.Unprotect(value).Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(x => Guid.TryParseExact(x, "N", out var id) ? id : Guid.Empty)
                .Where(x => x != Guid.Empty)];
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Expired or forged: it grants nothing.
            return [];
        }
    }
}
