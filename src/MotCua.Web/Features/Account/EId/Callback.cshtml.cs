using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Data.Identity;

namespace MotCua.Web.Features.Account.EId;

/// <summary>The provider sends the browser back here: the state must match the cookie set at the start (so another
/// site cannot sign a visitor in as someone else), then the code is redeemed and the person signed in.</summary>
public sealed class CallbackModel(IServiceProvider services, SignInWithEId eid, UserManager<UserAccount> users, IStringLocalizer<AccountText> text, ILogger<CallbackModel> logger) : PageModel
{
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? code, string? state, string? error, CancellationToken cancellationToken)
    {
        var cookie = Request.Cookies[StartModel.StateCookie];
        Response.Cookies.Delete(StartModel.StateCookie, new CookieOptions { Path = "/Account/EId" });
        if (services.GetService<INationalIdProvider>() is not { } provider)
        {
            return Fail(text["EId.Unavailable"], StatusCodes.Status404NotFound);
        }

        if (!string.IsNullOrEmpty(error))
        {
            return Fail(text["EId.Denied"], StatusCodes.Status400BadRequest);
        }

        var parts = cookie?.Split('|', 2);
        if (parts is not [var expected, var returnUrl] || string.IsNullOrEmpty(state) || string.IsNullOrEmpty(code)
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(state)))
        {
            logger.LogWarning("E-ID callback with a missing or mismatched state");
            return Fail(text["EId.Failed"], StatusCodes.Status400BadRequest);
        }

        var identity = await provider.RedeemAsync(code, StartModel.CallbackUrl(Request), cancellationToken);
        if (identity is null)
        {
            return Fail(text["EId.Failed"], StatusCodes.Status400BadRequest);
        }

        var result = await eid.RunAsync(identity, users.GetUserId(User), cancellationToken);
        if (!result.Succeeded)
        {
            return Fail(result.Error!, StatusCodes.Status400BadRequest);
        }

        logger.LogInformation("E-ID sign-in succeeded for a citizen account");
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/Dossiers");
    }

    private PageResult Fail(string message, int status)
    {
        Error = message;
        Response.StatusCode = status;
        return Page();
    }
}
