using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Data.Identity;

namespace MotCua.Web.Features.Account;

/// <summary>Form posts that are not pages: sign-out and the language switch.</summary>
public static class AccountApi
{
    public static void MapAccountApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/Account/Logout", async ([FromForm] string? returnUrl, SignInManager<UserAccount> signIn) =>
            {
                await signIn.SignOutAsync();
                return Results.LocalRedirect("/");
            })
            .WithName("Logout")
            .ExcludeFromDescription();

        app.MapPost("/culture", ([FromForm] string culture, [FromForm] string? returnUrl, HttpContext http) =>
            {
                var chosen = culture == "en" ? "en" : "vi-VN";
                http.Response.Cookies.Append(
                    CultureSwitch.CookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                    new CookieOptions { Expires = DateTimeOffset.MaxValue, IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
                var target = !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
                    ? returnUrl
                    : "/";
                return Results.LocalRedirect(target);
            })
            .WithName("SwitchCulture")
            .ExcludeFromDescription();
    }
}

/// <summary>The language preference cookie.</summary>
public static class CultureSwitch
{
    public const string CookieName = "motcua.lang";
}
