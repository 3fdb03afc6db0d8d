using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MotCua.Web.Features.Account.EId;

/// <summary>Starts an e-ID sign-in: a fresh state in a short-lived cookie, then off to the provider's consent.</summary>
public sealed class StartModel(IServiceProvider services) : PageModel
{
    public const string StateCookie = "motcua.eid";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet()
    {
        if (services.GetService<INationalIdProvider>() is not { } provider)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        var state = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        var returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : string.Empty;
        Response.Cookies.Append(StateCookie, state + "|" + returnUrl, new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = Request.IsHttps,
            MaxAge = TimeSpan.FromMinutes(10),
            Path = "/Account/EId",
        });
        return Redirect(provider.AuthorizationUrl(state, CallbackUrl(Request)));
    }

    /// <summary>The absolute callback URL registered with the provider.</summary>
    public static string CallbackUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/Account/EId/Callback";
}
