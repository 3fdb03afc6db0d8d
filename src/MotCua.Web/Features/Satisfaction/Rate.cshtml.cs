using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Data.Identity;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Satisfaction;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Satisfaction;

/// <summary>The applicant rates her returned dossier: satisfied, normal or unsatisfied, and a comment if she likes.
/// Only the account that submitted (or was linked to) the dossier can open it; anyone else gets 404.</summary>
public sealed class RateModel(RateDossier rate, DossierStore store, UserManager<UserAccount> users, IStringLocalizer<SatisfactionText> text) : PageModel
{
    [BindProperty]
    public string? Level { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    [TempData(Key = "Satisfaction.Message")]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public Dossier Dossier { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (users.GetUserId(User) is not { } userId)
        {
            return Challenge();
        }

        var outcome = await rate.RateOnlineAsync(id, userId, SatisfactionLevels.Parse(Level), Comment, cancellationToken);
        switch (outcome.Status)
        {
            case RateStatus.NotFound:
                return NotFound();
            case RateStatus.Done:
                Message = string.Format(System.Globalization.CultureInfo.InvariantCulture, text["Rate.Thanks"], outcome.Dossier!.Code);
                return Redirect("/Satisfaction");
            default:
                Error = outcome.Message;
                Response.StatusCode = outcome.Status == RateStatus.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
                return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (users.GetUserId(User) is not { } userId || !await rate.OwnsAsync(id, userId, cancellationToken)
            || await store.FindAsync(id, cancellationToken) is not { } dossier)
        {
            return false;
        }

        Dossier = dossier;
        return true;
    }
}
