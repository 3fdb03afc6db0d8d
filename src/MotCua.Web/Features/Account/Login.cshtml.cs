using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Data.Identity;
using MotCua.Web.Features.Shared;

namespace MotCua.Web.Features.Account;

/// <summary>Sign-in with user name and password; five failures lock the account for 15 minutes.</summary>
public sealed class LoginModel(SignInManager<UserAccount> signIn, UserManager<UserAccount> users, IServiceProvider services, IStringLocalizer<SharedText> text, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    [Required]
    [StringLength(100)]
    public string UserName { get; set; } = string.Empty;

    [BindProperty]
    [Required]
    [StringLength(200)]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    [BindProperty]
    public bool Remember { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    /// <summary>Whether the national e-ID sign-in is offered.</summary>
    public bool EIdAvailable => services.GetService<EId.INationalIdProvider>() is not null;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Error = text["Login.Failed"];
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(await AccountNameAsync(UserName), Password, Remember, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Sign-in succeeded for a user account");
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/TwoFactor/LoginTwoFactor", new { ReturnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null, Remember });
        }

        Error = result.IsLockedOut ? text["Login.LockedOut"] : text["Login.Failed"];
        logger.LogInformation("Sign-in failed (locked out: {LockedOut})", result.IsLockedOut);
        return Page();
    }

    /// <summary>The user name as typed, or, for a citizen who typed her phone ("0912 345 678", "+84 912…") or e-mail in
    /// another form, the user name she registered with.</summary>
    private async Task<string> AccountNameAsync(string typed)
    {
        var name = typed.Trim();
        if (await users.FindByNameAsync(name) is not null)
        {
            return name;
        }

        return Register.RegisterCitizen.Contact(name).UserName ?? name;
    }
}
