using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Domain.Feedback;
using MotCua.Web.Features.Feedback.Queries;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Feedback.Manage;

/// <summary>The feedback queue of the staff member's units (the Office and province leaders: all), by state, with the
/// counts of each queue, a search by code or words, and this year's figures for indicators 5.1 and 5.2.</summary>
public sealed class IndexModel(CurrentStaff current, FeedbackQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "queue")]
    public FeedbackQueue Queue { get; set; } = FeedbackQueue.Open;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public IReadOnlyList<FeedbackLine> Items { get; private set; } = [];

    public IReadOnlyDictionary<FeedbackQueue, int> Counts { get; private set; } = new Dictionary<FeedbackQueue, int>();

    public FeedbackTally Tally { get; private set; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await current.GetAsync(User, cancellationToken) is not { } staff)
        {
            return Forbid();
        }

        if (!Enum.IsDefined(Queue))
        {
            Queue = FeedbackQueue.Open;
        }

        (Items, Counts, Tally) = await queries.QueueAsync(staff, Queue, Search, 200, cancellationToken);
        return Page();
    }
}
