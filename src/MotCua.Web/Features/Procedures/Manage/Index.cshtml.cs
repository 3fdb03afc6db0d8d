using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Web.Features.Procedures.Catalog;
using MotCua.Web.Features.Procedures.Export;

namespace MotCua.Web.Features.Procedures.Manage;

/// <summary>The staff list of the catalog (administrators and unit leaders), with downloads.</summary>
public sealed class IndexModel(ProcedureCatalog catalog, CatalogEditors editors, ExportProcedures export) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<CatalogEntry> Entries { get; private set; } = [];

    public IReadOnlySet<string>? Editable { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Entries = await catalog.NewestAsync(Query is { Length: > 100 } ? Query[..100] : Query, cancellationToken);
        Editable = await editors.AgenciesOfAsync(User, cancellationToken);
    }

    public bool MayEdit(CatalogEntry entry) => CatalogEditors.MayEdit(Editable, entry.AgencyCode);

    public bool MayCreate => Editable is null || Editable.Count > 0;

    /// <summary>The catalog for officers as a spreadsheet (newest versions).</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        var stream = new MemoryStream();
        await export.WriteXlsxAsync(stream, null, cancellationToken);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "danh-muc-thu-tuc.xlsx");
    }

    /// <summary>The catalog in MotCua's format (what <c>motcua import procedures</c> reads).</summary>
    public async Task<IActionResult> OnGetJsonAsync(CancellationToken cancellationToken)
    {
        var stream = new MemoryStream();
        await export.WriteJsonAsync(stream, null, cancellationToken);
        stream.Position = 0;
        return File(stream, "application/json", "danh-muc-thu-tuc.json");
    }
}
