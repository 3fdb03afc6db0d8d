using NodaTime;

namespace MotCua.Web.Features.Account.EId;

/// <summary>A person as the national e-ID confirmed her: 12-digit personal ID number and full name (NFC).</summary>
public sealed record NationalIdentity(string IdNumber, string FullName, LocalDate? BirthDate = null);

/// <summary>
/// The national electronic identification (VNeID, Decree 69/2024/NĐ-CP on electronic identification and
/// authentication) as a redirect/callback flow, in the shape of OpenID Connect's authorization-code flow:
/// <list type="number">
/// <item>MotCua sends the browser to <see cref="AuthorizationUrl"/> with an unguessable <c>state</c> that it also
/// keeps in a short-lived cookie;</item>
/// <item>the person consents in the provider's app or page, which sends the browser back to the callback with
/// <c>code</c> and the same <c>state</c> (or with <c>error</c> when she refuses);</item>
/// <item>MotCua checks the state against the cookie and calls <see cref="RedeemAsync"/>, which exchanges the
/// one-time code for the verified identity (server to server for a real provider).</item>
/// </list>
/// An implementation never trusts anything the browser says about the person; only the redeemed identity counts.
/// </summary>
public interface INationalIdProvider
{
    /// <summary>Where to send the browser to ask for consent. <paramref name="callbackUrl"/> is MotCua's absolute
    /// callback URL (registered with the provider).</summary>
    string AuthorizationUrl(string state, string callbackUrl);

    /// <summary>The verified identity behind a one-time <paramref name="code"/>, or null when the code is unknown,
    /// used, expired or forged.</summary>
    Task<NationalIdentity?> RedeemAsync(string code, string callbackUrl, CancellationToken cancellationToken);
}

/// <summary>Settings under <c>MotCua:NationalId</c>.</summary>
public sealed class NationalIdOptions
{
    /// <summary><c>local</c> (the development simulator) or <c>none</c>. Default: <c>local</c> when the demo is
    /// enabled, otherwise <c>none</c>, so a production deployment never accepts simulated identities.</summary>
    public string? Provider { get; set; }
}
