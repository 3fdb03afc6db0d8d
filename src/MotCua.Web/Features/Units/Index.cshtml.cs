using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Domain.Organization;
using MotCua.Web.Features.Units.History;

namespace MotCua.Web.Features.Units;

/// <summary>The unit tree with accent-insensitive search and the old-code lookup (staff).</summary>
public sealed class IndexModel(UnitDirectory directory, UnitHistory history) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "old")]
    public string? OldCode { get; set; }

    public IReadOnlyList<UnitView> Units { get; private set; } = [];

    public UnitHistoryAnswer? History { get; private set; }

    public IEnumerable<UnitView> Agencies => Units.Where(u => u.Kind is UnitKind.Department or UnitKind.Centre);

    public IEnumerable<UnitView> Communes => Units.Where(u => u.Kind == UnitKind.Commune);

    public IEnumerable<UnitView> Provinces => Units.Where(u => u.Kind == UnitKind.Province);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Units = await directory.SearchAsync(Query, 5_000, cancellationToken);
        if (!string.IsNullOrWhiteSpace(OldCode) && OldCode.Length <= 16)
        {
            History = await history.FindAsync(OldCode, cancellationToken);
        }

        return Request.Headers.ContainsKey("HX-Request") ? Partial("_UnitList", this) : Page();
    }
}
