using Microsoft.AspNetCore.Mvc;

namespace MotCua.Web.Features.Payments.Workspace;

/// <summary>
/// The "fees and payment" section of the officer's dossier page: what the dossier owes (with any exemption or
/// reduction and its legal basis), its payment orders with their channel, gateway reference and state (refunds to
/// make stand out), and its receipts. The host page has already checked that the officer may see the dossier.
/// </summary>
public sealed class DossierPaymentsViewComponent(PaymentQueries queries) : ViewComponent
{
    public const string Name = "DossierPayments";

    public async Task<IViewComponentResult> InvokeAsync(Guid dossierId)
    {
        var payments = await queries.ForDossierAsync(dossierId, HttpContext.RequestAborted);
        return payments is null ? Content(string.Empty) : View("/Features/Payments/Workspace/_DossierPayments.cshtml", payments);
    }
}
