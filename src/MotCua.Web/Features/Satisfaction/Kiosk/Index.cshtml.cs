using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Data;
using MotCua.Domain.Satisfaction;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Satisfaction.Kiosk;

/// <summary>A one-stop officer opens the counter tablet's rating page for a returned dossier of her unit, by its code
/// (typed or scanned from the receipt's QR code).</summary>
public sealed class IndexModel(CurrentStaff current, MotCuaDbContext db, RateDossier rate, IStringLocalizer<SatisfactionText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await current.GetAsync(User, cancellationToken) is not { } staff)
        {
            return Forbid();
        }

        var code = Code?.Trim();
        var id = string.IsNullOrEmpty(code) ? null
            : await db.Dossiers.AsNoTracking().Where(d => d.Code == code).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken);
        var dossier = id is { } found ? await rate.ForKioskAsync(found, staff, cancellationToken) : null;
        if (dossier is null)
        {
            Error = text["Kiosk.NotFound"];
        }
        else if (!DossierRatingRules.CanRate(dossier))
        {
            Error = dossier.Rating is null ? text["Kiosk.NotReturned"] : text["Kiosk.AlreadyRated"];
        }
        else
        {
            return Redirect($"/Satisfaction/Kiosk/{dossier.Id}");
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
