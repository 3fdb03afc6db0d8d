using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Web.Features.Dossiers.Actions;
using MotCua.Web.Features.Dossiers.Queries;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Workspace;

/// <summary>The officer's queues (to receive, mine, at my unit, due today, overdue, waiting for supplement, to
/// return) with counts that refresh by themselves, a search, and bulk receive / bulk return.</summary>
public sealed class IndexModel(CurrentStaff current, DossierQueries queries, DossierActions actions, IStringLocalizer<WorkspaceText> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "queue")]
    public Queue Queue { get; set; } = Queue.Unit;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public IReadOnlyList<QueueItem> Items { get; private set; } = [];

    public IReadOnlyDictionary<Queue, int> Counts { get; private set; } = new Dictionary<Queue, int>();

    public StaffMember Staff { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } problem)
        {
            return problem;
        }

        return Request.Headers.ContainsKey("HX-Request") ? Partial("_Queue", this) : Page();
    }

    /// <summary>Receives or returns all the selected dossiers; each one goes through the same rules as one by one.</summary>
    public async Task<IActionResult> OnPostBulkAsync(string bulk, Guid[] selected, CancellationToken cancellationToken)
    {
        var staff = await current.GetAsync(User, cancellationToken);
        if (staff is null)
        {
            return Forbid();
        }

        DossierAction action = bulk == "return" ? new DossierAction.Return(Domain.Dossiers.ReturnMethod.Counter) : new DossierAction.Receive();
        int done = 0, failed = 0;
        foreach (var id in selected.Distinct().Take(200))
        {
            var outcome = await actions.RunAsync(id, staff, action, cancellationToken);
            if (outcome.Status == ActionStatus.Done)
            {
                done++;
            }
            else
            {
                failed++;
            }
        }

        Message = string.Format(System.Globalization.CultureInfo.InvariantCulture, text["BulkDone"], done, failed);
        return RedirectToPage(new { queue = Queue, q = Search });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var staff = await current.GetAsync(User, cancellationToken);
        if (staff is null)
        {
            return Forbid();
        }

        Staff = staff;
        if (!Enum.IsDefined(Queue))
        {
            Queue = Queue.Unit;
        }

        (Items, Counts) = await queries.QueueAsync(staff, Queue, Search?.Trim(), 200, cancellationToken);
        return null;
    }
}
