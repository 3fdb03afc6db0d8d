using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Web.Features.Reform.Queries;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Reform;

/// <summary>The reform tasks the staff member may see, with filters (staff).</summary>
public sealed class IndexModel(ReformQueries queries, CurrentStaff currentStaff, ReformAccess access) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "agency")]
    public string? Agency { get; set; }

    [BindProperty(SupportsGet = true, Name = "directive")]
    public Guid? Directive { get; set; }

    [BindProperty(SupportsGet = true, Name = "target")]
    public string? Target { get; set; }

    [BindProperty(SupportsGet = true, Name = "priority")]
    public string? Priority { get; set; }

    public IReadOnlyList<TaskRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyList<(string Key, string Name)> Agencies { get; private set; } = [];

    public bool SeesAll { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var staff = await currentStaff.GetAsync(User, cancellationToken);
        if (staff is null)
        {
            return Forbid();
        }

        SeesAll = access.SeesAll(staff);
        (Rows, Total) = await queries.ListAsync(staff, new TaskFilter(Query, Status, Agency, Directive, Target, Priority), cancellationToken);
        Agencies = await queries.LeadAgenciesAsync(staff, cancellationToken);
        return Page();
    }
}
