using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MotCua.Domain.Dossiers.Forms;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Dossiers.Forms;

/// <summary>
/// One form of a dossier, to print from the browser (A5 print stylesheet) or as a PDF:
/// <c>/Workspace/Dossiers/{id}/Forms/receipt</c>, <c>…/receipt.pdf</c> or <c>…/receipt?format=pdf</c>;
/// <c>?n=2</c> picks the second supplement request. Staff only; a dossier outside the officer's scope, or a
/// form the dossier does not have, is 404.
/// </summary>
public sealed class PrintModel(DossierForms forms, CurrentStaff current, IOptions<FormOptions> options, IStringLocalizer<FormsText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Form { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true, Name = "format")]
    public string? Format { get; set; }

    [BindProperty(SupportsGet = true, Name = "n")]
    public int? Occurrence { get; set; }

    public FormDocument Document { get; private set; } = null!;

    public string PdfUrl => $"/Workspace/Dossiers/{Id}/Forms/{FormSets.Slug(Document.Kind)}.pdf{(Occurrence is { } n ? $"?n={n}" : string.Empty)}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var slug = Form;
        var pdf = string.Equals(Format, "pdf", StringComparison.OrdinalIgnoreCase);
        if (slug.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            pdf = true;
            slug = slug[..^4];
        }

        var kind = FormSets.FromSlug(slug);
        var staff = await current.GetAsync(User, cancellationToken);
        if (kind is null or FormKind.Register || staff is null)
        {
            return NotFound();
        }

        var document = await forms.BuildAsync(Id, kind.Value, Occurrence, staff, FormResponses.BaseUrl(Request, options), cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        FormResponses.NoStore(Response);
        if (pdf)
        {
            return FormResponses.Pdf(this, document, options.Value, text);
        }

        Document = document;
        return Page();
    }
}
