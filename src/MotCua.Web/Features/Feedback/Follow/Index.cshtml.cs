using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Web.Features.Feedback.Queries;
using MotCua.Web.Features.Portal.Lookup;

namespace MotCua.Web.Features.Feedback.Follow;

/// <summary>Following a feedback without an account: its code and the e-mail address or phone number the sender left.
/// A match lets this browser open the feedback's page for a while (<see cref="FollowGrants"/>); an unknown code and a
/// wrong contact get the same answer, so codes cannot be probed; wrong attempts count in the portal's
/// <see cref="LookupThrottle"/> (one budget per client for both lookups), and after too many the page answers 429.</summary>
public sealed class IndexModel(FeedbackQueries queries, FollowGrants grants, LookupThrottle throttle, IStringLocalizer<FeedbackText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? Contact { get; set; }

    public bool Unknown { get; private set; }

    /// <summary>Set when this client made too many wrong attempts: the message to show.</summary>
    public string? Blocked { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.BlockedUntil(client) is { } until)
        {
            Blocked = string.Format(System.Globalization.CultureInfo.InvariantCulture, text["Follow.TooMany"], MotCua.Web.Features.Shared.Show.Time(until));
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        var item = await queries.LookupAsync(Code, Contact, cancellationToken);
        if (item is null)
        {
            throttle.Wrong(client);
            Unknown = true;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        grants.Grant(HttpContext, item.Id);
        return Redirect($"/Feedback/Follow/{item.Code}");
    }
}
