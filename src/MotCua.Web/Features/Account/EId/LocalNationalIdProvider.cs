using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace MotCua.Web.Features.Account.EId;

/// <summary>
/// A stand-in for VNeID for development and demonstrations: its consent page (<c>/Account/EId/Local</c>) lets the
/// developer type a name and an ID number and "consent"; the code it returns is that identity, encrypted and
/// signed with the application's data-protection keys and valid for five minutes. Never enabled unless
/// <c>MotCua:NationalId:Provider</c> is <c>local</c> (the default only while the demo is enabled).
/// </summary>
public sealed class LocalNationalIdProvider(IDataProtectionProvider protection) : INationalIdProvider
{
    public const string ConsentPath = "/Account/EId/Local";

    private static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(5);

    private ITimeLimitedDataProtector Protector => protection.CreateProtector("MotCua.NationalId.Local").ToTimeLimitedDataProtector();

    public string AuthorizationUrl(string state, string callbackUrl) =>
        $"{ConsentPath}?state={Uri.EscapeDataString(state)}";

    /// <summary>The code the simulated consent hands back for <paramref name="identity"/>.</summary>
    public string IssueCode(NationalIdentity identity) =>
        Protector.Protect(JsonSerializer.Serialize(new CodeBody(identity.IdNumber, identity.FullName)), CodeLifetime);

    public Task<NationalIdentity?> RedeemAsync(string code, string callbackUrl, CancellationToken cancellationToken)
    {
        try
        {
            var body = JsonSerializer.Deserialize<CodeBody>(Protector.Unprotect(code));
            return Task.FromResult(body is null ? null : new NationalIdentity(body.IdNumber, body.FullName));
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException or FormatException)
        {
            return Task.FromResult<NationalIdentity?>(null);
        }
    }

    private sealed record CodeBody(string IdNumber, string FullName);
}
