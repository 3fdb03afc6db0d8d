using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Data.Identity;
using MotCua.Domain.Feedback;
using MotCua.Domain.Satisfaction;
using MotCua.Web.Features.Feedback.Queries;

namespace MotCua.Web.Features.Feedback.Follow;

/// <summary>
/// A feedback as its sender sees it: state, due time, the answer, the history (without officers' names or internal
/// warnings); she adds the information asked for and rates the answer here. Only its sender may open it — her account,
/// or this browser after the code and contact were proven (<see cref="FollowGrants"/>); anyone else gets 404.
/// </summary>
public sealed class DetailModel(FeedbackStore store, FeedbackQueries queries, SenderActions actions, FollowGrants grants, UserManager<UserAccount> users, IStringLocalizer<FeedbackText> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "sent")]
    public bool Sent { get; set; }

    [BindProperty]
    public string? Information { get; set; }

    [BindProperty]
    public string? Level { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    [TempData(Key = "Feedback.Message")]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public FeedbackView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(code, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        View = await queries.ForSenderAsync(item, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostProvideAsync(string code, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(code, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        var outcome = await actions.ProvideInformationAsync(item, UserId, Information, cancellationToken);
        return await AfterAsync(code, outcome, "Message.InformationSent", cancellationToken);
    }

    public async Task<IActionResult> OnPostRateAsync(string code, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(code, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        var outcome = await actions.RateAsync(item, UserId, SatisfactionLevels.Parse(Level), Comment, cancellationToken);
        var message = outcome.Item is { State: FeedbackState.Processing } ? "Message.RatedReopened" : "Message.Rated";
        return await AfterAsync(code, outcome, message, cancellationToken);
    }

    private string? UserId => User.Identity?.IsAuthenticated == true ? users.GetUserId(User) : null;

    private async Task<IActionResult> AfterAsync(string code, SenderOutcome outcome, string message, CancellationToken cancellationToken)
    {
        if (outcome.Succeeded)
        {
            Message = text[message];
            return Redirect($"/Feedback/Follow/{outcome.Item!.Code}");
        }

        Error = outcome.Error;
        Response.StatusCode = outcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        var item = await store.FindByCodeAsync(code, cancellationToken);
        View = await queries.ForSenderAsync(item!, cancellationToken);
        return Page();
    }

    /// <summary>The feedback, when this person is its sender (account) or this browser proved the code and contact.</summary>
    private async Task<FeedbackItem?> AllowedAsync(string code, CancellationToken cancellationToken)
    {
        if (!FeedbackCodes.LooksLikeCode(code) || await store.FindByCodeAsync(code, cancellationToken) is not { } item)
        {
            return null;
        }

        return grants.IsGranted(HttpContext, item.Id) || await queries.IsSenderAsync(item.Id, UserId, cancellationToken) ? item : null;
    }
}
