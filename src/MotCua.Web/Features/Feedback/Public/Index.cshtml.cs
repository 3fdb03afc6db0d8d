using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Web.Features.Feedback.Queries;

namespace MotCua.Web.Features.Feedback.Public;

/// <summary>The public page of answered and published feedback: the published texts only (personal data removed at
/// publication), searchable with or without accents, 20 a page.</summary>
public sealed class IndexModel(FeedbackQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<PublishedFeedback> Items { get; private set; } = [];

    public bool More { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        (Items, More) = await queries.PublishedAsync(Query, PageNumber, cancellationToken);
    }
}
