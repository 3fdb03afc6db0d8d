using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MotCua.Data.Identity;
using MotCua.Domain.Organization;
using MotCua.Web.Features.Dossiers.Forms;
using MotCua.Web.Features.Dossiers.Queries;
using MotCua.Web.Features.Payments.Gateways;
using MotCua.Web.Features.Payments.Orders;

namespace MotCua.Web.Features.Payments.Pay;

/// <summary>
/// "Nộp phí, lệ phí trực tuyến" for the citizen's own dossier (<c>/Payments/Dossiers/{id}</c>): what she owes and
/// why (fees, any exemption or reduction), a choice of gateway, then off to the gateway's page; afterwards the
/// payment's state and the receipt. A dossier that is not hers does not exist (404). Works without JavaScript.
/// </summary>
[Authorize(Roles = Roles.Citizen)]
public sealed class IndexModel(
    DossierQueries dossiers,
    PaymentQueries payments,
    PaymentOrders orders,
    PaymentGateways gateways,
    UserManager<UserAccount> users,
    IOptions<FormOptions> formOptions) : PageModel
{
    public DossierView Dossier { get; private set; } = null!;

    public DossierPayments Payments { get; private set; } = null!;

    public IReadOnlyList<IPaymentGateway> Gateways => gateways.All;

    [BindProperty]
    public string? Gateway { get; set; }

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var userId = users.GetUserId(User);
        if (userId is null)
        {
            return NotFound();
        }

        var start = await orders.StartAsync(id, userId, Gateway ?? string.Empty, FormResponses.BaseUrl(Request, formOptions), cancellationToken);
        if (start.NotFound)
        {
            return NotFound();
        }

        if (start.RedirectUrl is { } url)
        {
            return Redirect(url);
        }

        Error = start.Error;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var userId = users.GetUserId(User);
        var dossier = userId is null ? null : await dossiers.ForCitizenAsync(id, userId, cancellationToken);
        var owed = dossier is null ? null : await payments.ForDossierAsync(id, cancellationToken);
        if (dossier is null || owed is null)
        {
            return false;
        }

        Dossier = dossier;
        Payments = owed;
        return true;
    }
}
