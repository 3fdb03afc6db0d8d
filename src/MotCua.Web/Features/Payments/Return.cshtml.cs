using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Domain.Payments;
using MotCua.Web.Features.Payments.Notices;

namespace MotCua.Web.Features.Payments;

/// <summary>
/// Where a gateway sends the payer back (<c>/Payments/Return/{gateway}?…signed result…</c>). The result is applied
/// like any notice — verified, idempotent — then the payer goes to her dossier's payment page with a message. A
/// forged or stale result changes nothing and says so (400).
/// </summary>
[AllowAnonymous]
public sealed class ReturnModel(PaymentNotices notices, IStringLocalizer<PaymentsText> text) : PageModel
{
    public string Message { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string gateway, CancellationToken cancellationToken)
    {
        var fields = Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString(), StringComparer.Ordinal);
        var answer = await notices.HandleAsync(gateway, fields, NoticeSource.Return, cancellationToken);
        var message = answer.Result switch
        {
            NoticeResult.Applied or NoticeResult.Duplicate or NoticeResult.OutOfOrder => answer.State switch
            {
                PaymentState.Paid => text["Return.Paid"],
                PaymentState.Failed => text["Return.Failed"],
                PaymentState.Expired => text["Return.Expired"],
                PaymentState.RefundDue => text["Return.RefundDue"],
                _ => text["Return.Pending"],
            },
            NoticeResult.RefundDue => text["Return.RefundDue"],
            _ => text["Return.Invalid"],
        };
        if (answer.Accepted && answer.DossierId is { } dossierId)
        {
            TempData["Message"] = message.Value;
            return RedirectToPage("/Payments/Pay/Index", new { id = dossierId });
        }

        if (answer.Result == NoticeResult.Replayed && answer.DossierId is { } known)
        {
            // The same result opened again (a reload, the back button): nothing to apply, show where things stand.
            return RedirectToPage("/Payments/Pay/Index", new { id = known });
        }

        Message = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
