using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MotCua.Domain;
using MotCua.Domain.Dossiers.Forms;
using MotCua.Web.Infrastructure;
using NodaTime;
using NodaTime.Text;

namespace MotCua.Web.Features.Dossiers.Forms;

/// <summary>
/// The register (Sổ theo dõi hồ sơ) of a receiving unit for a period, A4 landscape:
/// <c>/Workspace/Units/{unit}/Register?from=2025-11-01&amp;to=2025-11-30</c>, <c>&amp;format=pdf</c> for the PDF.
/// The period defaults to this month so far. Staff only; a unit outside the officer's scope is 404.
/// </summary>
public sealed class RegisterModel(DossierForms forms, CurrentStaff current, IOptions<FormOptions> options, IStringLocalizer<FormsText> text, IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Unit { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "format")]
    public string? Format { get; set; }

    public FormDocument? Document { get; private set; }

    public string? Problem { get; private set; }

    public string FromValue { get; private set; } = string.Empty;

    public string ToValue { get; private set; } = string.Empty;

    public string PdfUrl => $"/Workspace/Units/{Uri.EscapeDataString(Unit)}/Register?from={FromValue}&to={ToValue}&format=pdf";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var staff = await current.GetAsync(User, cancellationToken);
        if (staff is null || (!staff.SeesProvince && !staff.InScope(Unit)))
        {
            return NotFound();
        }

        var today = VietnamTime.Today(clock);
        var from = Parse(From) ?? (string.IsNullOrEmpty(From) ? today.With(DateAdjusters.StartOfMonth) : null);
        var to = Parse(To) ?? (string.IsNullOrEmpty(To) ? today : null);
        FromValue = From ?? Iso(from!.Value);
        ToValue = To ?? Iso(to!.Value);
        if (from is null || to is null)
        {
            return Refuse(text["Forms.Register.BadDate"]);
        }

        if (DossierForms.CheckPeriod(from.Value, to.Value) is { } problem)
        {
            return Refuse(text[problem == RegisterPeriodProblem.TooLong ? "Forms.Register.TooLong" : "Forms.Register.BadPeriod"]);
        }

        (FromValue, ToValue) = (Iso(from.Value), Iso(to.Value));
        var document = await forms.RegisterAsync(Unit, from.Value, to.Value, staff, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        FormResponses.NoStore(Response);
        if (string.Equals(Format, "pdf", StringComparison.OrdinalIgnoreCase))
        {
            return FormResponses.Pdf(this, document, options.Value, text);
        }

        Document = document;
        return Page();
    }

    private PageResult Refuse(string problem)
    {
        Problem = problem;
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    private static LocalDate? Parse(string? value) =>
        LocalDatePattern.Iso.Parse(value?.Trim() ?? string.Empty) is { Success: true } result ? result.Value : null;

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
