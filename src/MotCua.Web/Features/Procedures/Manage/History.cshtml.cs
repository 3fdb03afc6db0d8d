using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Web.Features.Procedures.Catalog;

namespace MotCua.Web.Features.Procedures.Manage;

/// <summary>Every version of a procedure, newest first, with what changed from the version before.</summary>
public sealed class HistoryModel(ProcedureCatalog catalog) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true, Name = "published")]
    public bool Published { get; set; }

    public IReadOnlyList<VersionHistoryEntry> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Versions = Code.Length <= 32 ? await catalog.HistoryAsync(Code, cancellationToken) : [];
        return Versions.Count == 0 ? NotFound() : Page();
    }
}
