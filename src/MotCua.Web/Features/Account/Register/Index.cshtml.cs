using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Data.Identity;
using MotCua.Web.Features.Account.EId;

namespace MotCua.Web.Features.Account.Register;

/// <summary>Citizen registration (phone or e-mail and a password); signs the new citizen in.</summary>
public sealed class IndexModel(RegisterCitizen register, SignInManager<UserAccount> signIn, IServiceProvider services) : PageModel
{
    [BindProperty]
    public string? FullName { get; set; }

    [BindProperty]
    public string? Contact { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public bool EIdAvailable => services.GetService<INationalIdProvider>() is not null;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await register.RunAsync(new RegisterRequest(FullName, Contact, Password, ConfirmPassword));
        if (!result.Succeeded)
        {
            Errors = result.Problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await signIn.SignInAsync(result.Account!, isPersistent: false);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/Dossiers");
    }
}
