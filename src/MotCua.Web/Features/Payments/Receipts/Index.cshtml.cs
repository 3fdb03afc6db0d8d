using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MotCua.Data.Identity;
using MotCua.Domain.Dossiers.Forms;
using MotCua.Web.Features.Dossiers.Forms;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Payments.Receipts;

/// <summary>
/// An electronic fee receipt (<c>/Payments/Receipts/{id}</c>), as an A5 print page or, with <c>?format=pdf</c>, a
/// PDF drawn by the forms' renderer (ADR 0060). For staff who may see the dossier and for the citizen whose dossier it
/// is; anyone else gets 404. Never cached (it names the payer).
/// </summary>
[Authorize]
public sealed class IndexModel(
    PaymentReceipts receipts,
    CurrentStaff current,
    UserManager<UserAccount> users,
    IOptions<FormOptions> options,
    IStringLocalizer<FormsText> formsText) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "format")]
    public string? Format { get; set; }

    public Guid Id { get; private set; }

    public FormDocument Document { get; private set; } = null!;

    /// <summary>The dossier's page for this reader (the workspace for staff, the payment page for the citizen).</summary>
    public string BackUrl { get; private set; } = "/";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var staff = await current.GetAsync(User, cancellationToken);
        var receipt = await receipts.BuildAsync(id, new ReceiptReader(staff, users.GetUserId(User)), cancellationToken);
        if (receipt is null)
        {
            return NotFound();
        }

        var document = receipt.Document;

        FormResponses.NoStore(Response);
        if (string.Equals(Format, "pdf", StringComparison.OrdinalIgnoreCase))
        {
            return FormResponses.Pdf(this, document, options.Value, formsText);
        }

        Id = id;
        BackUrl = staff is null ? $"/Payments/Dossiers/{receipt.DossierId}" : $"/Workspace/Dossiers/{receipt.DossierId}";
        Document = document;
        return Page();
    }
}
