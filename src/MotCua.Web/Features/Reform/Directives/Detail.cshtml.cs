using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Domain.Reform;
using MotCua.Web.Features.Reform.Queries;
using MotCua.Web.Infrastructure;
using MotCua.Web.Infrastructure.Files;

namespace MotCua.Web.Features.Reform.Directives;

/// <summary>A directive: its particulars, original file and text, and the progress of its tasks (staff; the task
/// list shows the tasks the person may see).</summary>
public sealed class DetailModel(ReformQueries queries, CurrentStaff currentStaff, IFileStore files) : PageModel
{
    [TempData(Key = "Reform.Message")]
    public string? Message { get; set; }

    public Directive Directive { get; private set; } = null!;

    public Tally Tally { get; private set; } = Tally.Zero;

    public double? MeanPercent { get; private set; }

    public IReadOnlyList<TaskRow> Tasks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var staff = await currentStaff.GetAsync(User, cancellationToken);
        if (staff is null || await queries.DirectiveAsync(id, cancellationToken) is not { } directive)
        {
            return NotFound();
        }

        Directive = directive;
        var (tasks, completions) = await queries.FactsAsync(cancellationToken);
        if (ReformStatistics.ByDirective([.. tasks.Where(t => t.DirectiveId == id)], completions, queries.Today).FirstOrDefault() is { } tally)
        {
            (Tally, MeanPercent) = (tally.Tally, tally.MeanPercent);
        }

        (Tasks, _) = await queries.ListAsync(staff, new TaskFilter(Directive: id), cancellationToken);
        Tasks = [.. Tasks.OrderBy(t => t.Number)];
        return Page();
    }

    /// <summary>The directive's original file.</summary>
    public async Task<IActionResult> OnGetFileAsync(Guid id, CancellationToken cancellationToken)
    {
        var directive = await queries.DirectiveAsync(id, cancellationToken);
        var stream = directive?.FileKey is { } key ? files.Open(key) : null;
        return stream is null ? NotFound() : File(stream, FileTypes.ContentType(directive!.FileKey!), directive.FileName);
    }
}
