using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Web.Features.Reform.Queries;

namespace MotCua.Web.Features.Reform.Directives;

/// <summary>The saved directives, newest first, with the progress of their tasks (staff).</summary>
public sealed class IndexModel(ReformQueries queries) : PageModel
{
    public IReadOnlyList<DirectiveRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rows = await queries.DirectivesAsync(cancellationToken);
}
