using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Domain;
using MotCua.Domain.Feedback;
using MotCua.Domain.Satisfaction;
using MotCua.Web.Infrastructure;
using NodaTime;

namespace MotCua.Web.Features.Satisfaction.Ratings;

/// <summary>The ratings of the dossiers a staff member may see (her units' and those below), this year by default:
/// how many at each level (indicator 5.3 counts the unsatisfied ones), and the latest with their comments.</summary>
public sealed class IndexModel(CurrentStaff current, SatisfactionQueries queries, IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "level")]
    public string? LevelText { get; set; }

    public SatisfactionLevel? Level { get; private set; }

    public LocalDate From { get; private set; }

    public IReadOnlyList<RatingLine> Lines { get; private set; } = [];

    public RatingTally Tally { get; private set; } = new(0, 0, 0, 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await current.GetAsync(User, cancellationToken) is not { } staff)
        {
            return Forbid();
        }

        Level = SatisfactionLevels.Parse(LevelText);
        From = new LocalDate(VietnamTime.Today(clock).Year, 1, 1);
        (Lines, Tally) = await queries.RatingsAsync(staff, VietnamTime.ToInstant(From.AtMidnight()), Level, cancellationToken);
        return Page();
    }
}
