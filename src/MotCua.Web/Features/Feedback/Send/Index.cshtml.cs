using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Data.Identity;
using MotCua.Domain.Feedback;
using MotCua.Web.Features.Feedback.Follow;

namespace MotCua.Web.Features.Feedback.Send;

/// <summary>
/// The send form: what it is about (a regulation, a procedure, an officer's conduct, a dossier), the dossier code
/// or procedure code when known, a title and the content, and — without an account — an e-mail address or phone
/// number. On success the browser may follow the new feedback at once (<see cref="FollowGrants"/>). A form with
/// problems comes back with everything typed and each problem next to its field.
/// </summary>
public sealed class IndexModel(SubmitFeedback submit, FollowGrants grants, UserManager<UserAccount> users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public FeedbackSubject Subject { get; set; } = FeedbackSubject.Procedure;

    [BindProperty(SupportsGet = true, Name = "dossier")]
    public string? DossierCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "procedure")]
    public string? ProcedureCode { get; set; }

    [BindProperty(Name = "Title")]
    public string? TitleText { get; set; }

    [BindProperty(Name = "Content")]
    public string? ContentText { get; set; }

    [BindProperty]
    public string? FullName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    public IReadOnlyDictionary<string, string> Problems { get; private set; } = new Dictionary<string, string>();

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public async Task OnGetAsync()
    {
        if (!Enum.IsDefined(Subject))
        {
            Subject = FeedbackSubject.Procedure;
        }

        if (!string.IsNullOrEmpty(DossierCode))
        {
            Subject = FeedbackSubject.Dossier;
        }

        if (SignedIn && await users.GetUserAsync(User) is { } account)
        {
            FullName = account.FullName;
            Email = account.Email;
            Phone = account.PhoneNumber;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var userId = SignedIn ? users.GetUserId(User) : null;
        var result = await submit.SubmitAsync(new SubmitRequest(Subject, TitleText, ContentText, DossierCode, ProcedureCode, FullName, Email, Phone), userId, cancellationToken);
        if (!result.Succeeded)
        {
            Problems = result.Problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        grants.Grant(HttpContext, result.Item!.Id);
        return Redirect($"/Feedback/Follow/{result.Item.Code}?sent=true");
    }
}
