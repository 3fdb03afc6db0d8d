using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Data.Identity;
using QRCoder;

namespace MotCua.Web.Features.Account.TwoFactor;

/// <summary>
/// Enrolment in two-step verification for leaders and administrators, with ASP.NET Core Identity's authenticator
/// token provider (TOTP, RFC 6238, 30-second codes): the shared key as text and as a QR code, confirmation with a
/// first code, ten one-time recovery codes; turning it off needs a current code. ADR 0071.
/// </summary>
[Authorize(Policy = AccountFeatures.TwoFactorPolicy)]
public sealed class IndexModel(UserManager<UserAccount> users, SignInManager<UserAccount> signIn, IStringLocalizer<AccountText> text) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public bool Enabled { get; private set; }

    public string? Key { get; private set; }

    public string? QrDataUri { get; private set; }

    public string? Error { get; private set; }

    public string? Message { get; private set; }

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (await LoadAsync() is not { } user)
        {
            return Challenge();
        }

        if (!await ValidAsync(user))
        {
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        await signIn.RefreshSignInAsync(user);
        Enabled = true;
        Message = text["TwoFactor.Enabled"];
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await LoadAsync() is not { } user)
        {
            return Challenge();
        }

        if (!await ValidAsync(user))
        {
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        await LoadAsync();
        Message = text["TwoFactor.Disabled"];
        return Page();
    }

    private async Task<bool> ValidAsync(UserAccount user)
    {
        var code = (Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return true;
        }

        Error = text["TwoFactor.BadCode"];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return false;
    }

    private async Task<UserAccount?> LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return null;
        }

        Enabled = await users.GetTwoFactorEnabledAsync(user);
        if (!Enabled)
        {
            var key = await users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                await users.ResetAuthenticatorKeyAsync(user);
                key = await users.GetAuthenticatorKeyAsync(user);
            }

            Key = Grouped(key!);
            var uri = $"otpauth://totp/{Uri.EscapeDataString("MotCua:" + user.UserName)}?secret={key}&issuer=MotCua&digits=6";
            using var generator = new QRCodeGenerator();
            using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
            QrDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(4));
        }

        return user;
    }

    /// <summary>The key in groups of four, lower case, as authenticator apps accept it typed.</summary>
    private static string Grouped(string key)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            builder.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return builder.ToString().TrimEnd().ToLowerInvariant();
    }
}
