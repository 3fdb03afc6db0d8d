using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Web.Features.Reform.Queries;

namespace MotCua.Web.Features.Reform.Dashboard;

/// <summary>The reform dashboards (staff): per agency (the completion rate that rates heads of agencies), per
/// directive, per indicator; each exportable to xlsx.</summary>
public sealed class IndexModel(ReformQueries queries, IStringLocalizer<ReformText> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    public Queries.Dashboard Figures { get; private set; } = null!;

    public int Today => queries.Today.Year;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Year = Year is >= 2000 and <= 2100 ? Year : null;
        Figures = await queries.DashboardAsync(Year, cancellationToken);
        return Page();
    }

    /// <summary><c>?handler=Export&amp;table=agencies|directives|indicators&amp;year=2025</c>: the table as an xlsx file.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? table, CancellationToken cancellationToken)
    {
        Year = Year is >= 2000 and <= 2100 ? Year : null;
        var figures = await queries.DashboardAsync(Year, cancellationToken);
        var sheet = table switch
        {
            "agencies" => DashboardExport.Agencies(figures, text),
            "directives" => DashboardExport.Directives(figures, text),
            "indicators" => DashboardExport.Indicators(figures, text),
            _ => null,
        };
        if (sheet is null)
        {
            return NotFound();
        }

        var name = $"nhiem-vu-cchc-{table}{(Year is { } y ? "-" + y.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}.xlsx";
        return File(await DashboardExport.ToXlsxAsync(sheet, cancellationToken), DashboardExport.ContentType, name);
    }
}
