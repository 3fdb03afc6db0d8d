using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Data.Identity;
using MotCua.Web.Features.Shared;

namespace MotCua.Web.Features.Account;

/// <summary>Sign-in with user name and password; five failures lock the account for 15 minutes.</summary>
public sealed class LoginModel(SignInManager<UserAccount> signIn, IStringLocalizer<SharedText> text, ILogger<LoginModel> logger) : PageModel
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

        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, Remember, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Sign-in succeeded for a user account");
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        Error = result.IsLockedOut ? text["Login.LockedOut"] : text["Login.Failed"];
        logger.LogInformation("Sign-in failed (locked out: {LockedOut})", result.IsLockedOut);
        return Page();
    }
}
