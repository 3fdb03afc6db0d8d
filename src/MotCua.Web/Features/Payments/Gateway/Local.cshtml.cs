using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Domain.Payments;
using MotCua.Web.Features.Payments.Gateways;
using MotCua.Web.Features.Payments.Notices;

namespace MotCua.Web.Features.Payments.Gateway;

/// <summary>
/// The local development gateway's payment page (<c>/Payments/Gateway/{gateway}/{reference}</c>): it plays the bank.
/// The payer pays, fails or cancels; the bank sends its signed notice to MotCua (unless "lose the notice" is ticked,
/// to try reconciliation) and sends the payer back to MotCua's return address with its own signed copy. Anonymous,
/// like a bank's page; the reference is random and unguessable. Exists only while the local gateway is enabled.
/// </summary>
[AllowAnonymous]
public sealed class LocalModel(PaymentGateways gateways, PaymentNotices notices) : PageModel
{
    public LocalBankTransaction Transaction { get; private set; } = null!;

    public string GatewayName { get; private set; } = string.Empty;

    public PaymentChannel Channel { get; private set; }

    public IActionResult OnGet(string gateway, string reference) => Load(gateway, reference) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string gateway, string reference, string action, bool loseNotice, CancellationToken cancellationToken)
    {
        if (!Load(gateway, reference) || gateways.Find(gateway) is not LocalPaymentGateway bank)
        {
            return NotFound();
        }

        var choice = action switch
        {
            "pay" => LocalBankAction.Pay,
            "fail" => LocalBankAction.Fail,
            _ => LocalBankAction.Cancel,
        };
        var outcome = bank.Act(reference, choice, loseNotice);
        if (outcome is null)
        {
            return NotFound();
        }

        if (outcome.Notice is { } notice)
        {
            // The bank's server-to-server notice, delivered in-process to the same handler as POST /api/payments/notices/{gateway}.
            await notices.HandleAsync(gateway, notice, NoticeSource.Callback, cancellationToken);
        }

        return Redirect(outcome.ReturnUrl);
    }

    private bool Load(string gateway, string reference)
    {
        if (gateways.Find(gateway) is not LocalPaymentGateway bank || bank.Find(reference) is not { } transaction)
        {
            return false;
        }

        Transaction = transaction;
        GatewayName = bank.Name;
        Channel = bank.Channel;
        return true;
    }
}
