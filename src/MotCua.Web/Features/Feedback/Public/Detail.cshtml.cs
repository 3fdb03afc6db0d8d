using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Web.Features.Feedback.Queries;

namespace MotCua.Web.Features.Feedback.Public;

/// <summary>One published feedback: its public title, question and answer, the unit that answered and the dates.</summary>
public sealed class DetailModel(FeedbackQueries queries) : PageModel
{
    public PublishedFeedback Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await queries.PublishedItemAsync(id, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        Item = item;
        return Page();
    }
}
