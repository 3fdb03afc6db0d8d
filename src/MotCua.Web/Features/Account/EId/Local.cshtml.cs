using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Domain.Text;

namespace MotCua.Web.Features.Account.EId;

/// <summary>The development simulator's consent page (only when the local provider is configured; 404 otherwise).</summary>
public sealed class LocalModel(IServiceProvider services, IStringLocalizer<AccountText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty]
    public string? FullName { get; set; }

    [BindProperty]
    public string? IdNumber { get; set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public IActionResult OnGet() => Provider() is null ? NotFound() : Page();

    public IActionResult OnPostConsent()
    {
        if (Provider() is not { } provider)
        {
            return NotFound();
        }

        var name = VietnameseText.Normalize(FullName);
        var id = IdNumber?.Replace(" ", string.Empty, StringComparison.Ordinal) ?? string.Empty;
        if (string.IsNullOrEmpty(name) || name.Length > 200)
        {
            Errors[nameof(FullName)] = text["Local.NameRequired"];
        }

        if (id.Length != 12 || !id.All(char.IsAsciiDigit))
        {
            Errors[nameof(IdNumber)] = text["Local.IdInvalid"];
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var code = provider.IssueCode(new NationalIdentity(id, name!));
        return Redirect($"/Account/EId/Callback?code={Uri.EscapeDataString(code)}&state={Uri.EscapeDataString(State ?? string.Empty)}");
    }

    public IActionResult OnPostRefuse() =>
        Provider() is null ? NotFound() : Redirect($"/Account/EId/Callback?error=access_denied&state={Uri.EscapeDataString(State ?? string.Empty)}");

    private LocalNationalIdProvider? Provider() => services.GetService<INationalIdProvider>() as LocalNationalIdProvider;
}
