using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Web.Features.Procedures.Catalog;
using NodaTime.Text;

namespace MotCua.Web.Features.Procedures;

/// <summary>One procedure as a citizen needs it (no sign-in): papers, steps, time, fees, where and how to
/// submit, legal basis; the version in force today, or on <c>?on=yyyy-MM-dd</c>.</summary>
public sealed class DetailsModel(ProcedureCatalog catalog) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true, Name = "on")]
    public string? On { get; set; }

    public ProcedureDetails? Procedure { get; private set; }

    public bool BadDate { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        NodaTime.LocalDate? date = null;
        if (!string.IsNullOrWhiteSpace(On))
        {
            var parsed = LocalDatePattern.Iso.Parse(On.Trim());
            if (!parsed.Success)
            {
                BadDate = true;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }

            date = parsed.Value;
        }

        Procedure = Code.Length <= 32 ? await catalog.FindAsync(Code, date, cancellationToken) : null;
        if (Procedure is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }

    /// <summary>Who performs a step, in words.</summary>
    public string Performer(MotCua.Domain.Procedures.StepSpec step)
    {
        var content = Procedure!.Content;
        var unit = step.UnitCode is { } code
            ? Procedure.UnitNames.GetValueOrDefault(code, code)
            : content.AgencyCode is null ? ProcedureCatalog.CommuneAgencyName : Procedure.AgencyName;
        return step.Role is null ? unit : $"{unit} — {MotCua.Domain.Procedures.ProcedureVocabulary.DescribeRole(step.Role)}";
    }
}
