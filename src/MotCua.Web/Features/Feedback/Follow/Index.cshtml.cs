using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Web.Features.Feedback.Queries;

namespace MotCua.Web.Features.Feedback.Follow;

/// <summary>Following a feedback without an account: its code and the e-mail address or phone number the sender left.
/// A match lets this browser open the feedback's page for a while (<see cref="FollowGrants"/>); an unknown code and a
/// wrong contact get the same answer, so codes cannot be probed.</summary>
public sealed class IndexModel(FeedbackQueries queries, FollowGrants grants) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? Contact { get; set; }

    public bool Unknown { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var item = await queries.LookupAsync(Code, Contact, cancellationToken);
        if (item is null)
        {
            Unknown = true;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        grants.Grant(HttpContext, item.Id);
        return Redirect($"/Feedback/Follow/{item.Code}");
    }
}
