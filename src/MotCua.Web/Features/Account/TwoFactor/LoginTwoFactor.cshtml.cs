using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Data.Identity;

namespace MotCua.Web.Features.Account.TwoFactor;

/// <summary>The second step of a sign-in for accounts with two-step verification: an authenticator code (TOTP,
/// RFC 6238) or a one-time recovery code. Failures count towards the same lockout as passwords.</summary>
public sealed class LoginTwoFactorModel(SignInManager<UserAccount> signIn, IStringLocalizer<AccountText> text, IStringLocalizer<Shared.SharedText> shared, ILogger<LoginTwoFactorModel> logger) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public bool RememberMachine { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Remember { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("/Account/Login");
        }

        // Authenticator codes are often typed "123 456"; recovery codes keep their dash ("ABCDE-FGHIJ").
        var typed = (Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        var digits = typed.Replace("-", string.Empty, StringComparison.Ordinal);
        var result = digits.Length == 6 && digits.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(digits, Remember, RememberMachine)
            : typed.Length > 0 ? await signIn.TwoFactorRecoveryCodeSignInAsync(typed.ToUpperInvariant()) : Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (result.Succeeded)
        {
            logger.LogInformation("Two-step sign-in succeeded");
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        logger.LogInformation("Two-step sign-in failed (locked out: {LockedOut})", result.IsLockedOut);
        Error = result.IsLockedOut ? shared["Login.LockedOut"] : text["LoginTwoFactor.Failed"];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
