using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Web.Features.Dossiers.Queries;
using MotCua.Web.Features.Portal.Dossiers;

namespace MotCua.Web.Features.Portal.Lookup;

/// <summary>
/// Public lookup (no sign-in): the dossier code (typed, or from the QR on the receipt: <c>/Lookup?code=…</c>) and the
/// applicant's phone or ID number. Shows status and timeline only — no name, no number, no officer. The phone or ID is
/// posted, never put in the address (it would end up in logs and history). Wrong attempts are counted per client
/// (<see cref="LookupThrottle"/>): after too many, the page answers 429 until the window ends.
/// </summary>
public sealed class IndexModel(DossierQueries queries, LookupThrottle throttle, IStringLocalizer<PortalText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? Key { get; set; }

    public TimelinePanel? Result { get; private set; }

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.BlockedUntil(client) is { } until)
        {
            Errors = new Dictionary<string, string> { [""] = string.Format(System.Globalization.CultureInfo.InvariantCulture, text["Lookup.TooMany"], PortalFormat.Time(until)) };
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var code = Code?.Trim() ?? string.Empty;
        if (code.Length == 0)
        {
            errors[nameof(Code)] = text["Lookup.CodeRequired"];
        }
        else if (code.Length > 64)
        {
            errors[nameof(Code)] = text["Lookup.NotFound"];
        }

        if (string.IsNullOrWhiteSpace(Key))
        {
            errors[nameof(Key)] = text["Lookup.KeyRequired"];
        }

        if (errors.Count == 0)
        {
            var view = await queries.PublicLookupAsync(code, Key!, cancellationToken);
            if (view is not null)
            {
                Result = new TimelinePanel(view, null);
                return Page();
            }

            throttle.Wrong(client);
            errors[""] = text["Lookup.NotFound"];
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Errors = errors;
        return Page();
    }
}
