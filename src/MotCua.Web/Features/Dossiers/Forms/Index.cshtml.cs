using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Dossiers.Forms;

/// <summary>The forms a dossier has (in its set, chosen by its receipt date), with links to print each one or
/// open it as a PDF. Staff only; 404 outside the officer's scope.</summary>
public sealed class IndexModel(DossierForms forms, CurrentStaff current) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public DossierFormList List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var staff = await current.GetAsync(User, cancellationToken);
        var list = staff is null ? null : await forms.ListAsync(Id, staff, cancellationToken);
        if (list is null)
        {
            return NotFound();
        }

        FormResponses.NoStore(Response);
        List = list;
        return Page();
    }

    /// <summary>The address of a form (HTML, or PDF with <paramref name="pdf"/>).</summary>
    public string Link(AvailableForm form, bool pdf) =>
        $"/Workspace/Dossiers/{Id}/Forms/{form.Slug}{(pdf ? ".pdf" : string.Empty)}{(form.Occurrence is { } n ? $"?n={n}" : string.Empty)}";
}
