using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Web.Features.Procedures.Catalog;

namespace MotCua.Web.Features.Procedures;

/// <summary>The public catalog: accent-insensitive search with filters, no sign-in. Plain GET form; htmx
/// only swaps the result list.</summary>
public sealed class IndexModel(ProcedureCatalog catalog) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "field")]
    public string? Field { get; set; }

    [BindProperty(SupportsGet = true, Name = "agency")]
    public string? Agency { get; set; }

    [BindProperty(SupportsGet = true, Name = "level")]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true, Name = "online")]
    public string? Online { get; set; }

    public ProcedureSearchResult Result { get; private set; } = new([], false);

    public IReadOnlyList<FilterOption> Fields { get; private set; } = [];

    public IReadOnlyList<FilterOption> Agencies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Query = Query is { Length: > 100 } ? Query[..100] : Query;
        Result = await catalog.SearchAsync(new ProcedureQuery(Query, Field, Agency, Level, Online), null, PageSize, cancellationToken);
        if (Request.Headers.ContainsKey("HX-Request"))
        {
            return Partial("_ProcedureList", this);
        }

        Fields = await catalog.FieldsAsync(cancellationToken);
        Agencies = await catalog.AgenciesAsync(cancellationToken);
        return Page();
    }
}
