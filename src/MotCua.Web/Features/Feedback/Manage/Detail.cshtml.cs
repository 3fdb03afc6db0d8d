using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Domain.Feedback;
using MotCua.Web.Features.Feedback.Queries;
using MotCua.Web.Infrastructure;
using NodaTime;

namespace MotCua.Web.Features.Feedback.Manage;

/// <summary>
/// A feedback for staff: what was said, by whom (for those who may act), the due times, the whole history (its chain
/// verified on every view), and the actions the person may take now — route (the Office), answer, ask for more
/// information, refuse, publish (with texts proposed without personal data). Someone who may not see it gets 404.
/// </summary>
public sealed class DetailModel(CurrentStaff current, FeedbackQueries queries, FeedbackActions actions, FeedbackAccess access, IClock clock, IStringLocalizer<FeedbackText> text) : PageModel
{
    [BindProperty]
    public string? UnitCode { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty(Name = "Request")]
    public string? RequestText { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? PublicTitle { get; set; }

    [BindProperty]
    public string? PublicQuestion { get; set; }

    [BindProperty]
    public string? PublicAnswer { get; set; }

    [TempData(Key = "Feedback.Message")]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public FeedbackView View { get; private set; } = null!;

    public IReadOnlyList<(string Code, string Name)> Units { get; private set; } = [];

    /// <summary>What the person may do now: route, answer, request-information, refuse, publish.</summary>
    public IReadOnlyList<string> Available { get; private set; } = [];

    public Instant Now => clock.GetCurrentInstant();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, fillPublicTexts: true, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostRouteAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, new FeedbackAction.Route(UnitCode, Reason), "Message.Routed", cancellationToken);

    public Task<IActionResult> OnPostAnswerAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, new FeedbackAction.Answer(Text), "Message.Answered", cancellationToken);

    public Task<IActionResult> OnPostRequestInformationAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, new FeedbackAction.RequestInformation(RequestText), "Message.InformationRequested", cancellationToken);

    public Task<IActionResult> OnPostRefuseAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, new FeedbackAction.Refuse(Reason), "Message.Refused", cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, new FeedbackAction.Publish(PublicTitle, PublicQuestion, PublicAnswer), "Message.Published", cancellationToken);

    private async Task<IActionResult> RunAsync(Guid id, FeedbackAction action, string message, CancellationToken cancellationToken)
    {
        if (await current.GetAsync(User, cancellationToken) is not { } staff)
        {
            return Forbid();
        }

        var outcome = await actions.RunAsync(id, staff, action, cancellationToken);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            Message = text[message];
            return Redirect($"/Feedback/Manage/{id}");
        }

        Error = outcome.Error;
        Response.StatusCode = outcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        await LoadAsync(id, fillPublicTexts: action is not FeedbackAction.Publish, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, bool fillPublicTexts, CancellationToken cancellationToken)
    {
        if (await current.GetAsync(User, cancellationToken) is not { } staff || await queries.ForStaffAsync(staff, id, cancellationToken) is not { } view)
        {
            return false;
        }

        View = view;
        var f = view.Item;
        var now = Now;
        var available = new List<string>();
        if (f.IsOpen && access.CanRoute(staff))
        {
            available.Add("route");
            Units = await queries.UnitsAsync(cancellationToken);
        }

        if (access.CanHandle(staff, f))
        {
            if (f.IsOpen)
            {
                available.Add("answer");
            }

            if (f.State is FeedbackState.Routing or FeedbackState.Processing && !f.AskedForInformation && now <= f.AskBy)
            {
                available.Add("request-information");
            }

            if (f.State is FeedbackState.Routing or FeedbackState.Processing && now <= f.RefuseBy)
            {
                available.Add("refuse");
            }
        }

        if (f.State == FeedbackState.Answered && access.CanPublish(staff, f))
        {
            available.Add("publish");
            if (fillPublicTexts)
            {
                // Proposed texts: the current public ones, else the originals with personal data replaced.
                var names = view.Sender?.FullName is { } name ? new[] { name } : [];
                PublicTitle = f.PublicTitle ?? PublicText.Scrub(f.Title, names);
                PublicQuestion = f.PublicQuestion ?? PublicText.Scrub(f.Content, names);
                PublicAnswer = f.Published && f.PublicAnswer is not null && f.PublishedAt >= f.AnsweredAt ? f.PublicAnswer : PublicText.Scrub(f.Answer, names);
            }
        }

        Available = available;
        return true;
    }
}
