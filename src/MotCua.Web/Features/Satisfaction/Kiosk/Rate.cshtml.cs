using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Satisfaction;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Satisfaction.Kiosk;

/// <summary>
/// The counter tablet's rating screen for one returned dossier: three large choices, then a confirmation with an
/// optional comment (a rating is final, so a mistaken tap can be changed before it is sent), then thanks. It shows the
/// dossier code and the procedure only — no name, no number — and its own minimal layout, without the site's menus,
/// so the citizen cannot wander into the officer's workspace. Only a one-stop officer of the receiving unit opens it;
/// anyone else gets 404.
/// </summary>
public sealed class RateModel(CurrentStaff current, RateDossier rate, IStringLocalizer<SatisfactionText> text) : PageModel
{
    [BindProperty]
    public string? Level { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public Dossier Dossier { get; private set; } = null!;

    /// <summary>The level chosen, waiting for confirmation.</summary>
    public SatisfactionLevel? Confirming { get; private set; }

    public bool Done { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostChooseAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Confirming = SatisfactionLevels.Parse(Level);
        if (Confirming is null)
        {
            Error = text["Kiosk.Choose"];
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await current.GetAsync(User, cancellationToken) is not { } staff)
        {
            return Forbid();
        }

        var outcome = await rate.RateAtKioskAsync(id, staff, SatisfactionLevels.Parse(Level), Comment, cancellationToken);
        if (outcome.Status == RateStatus.NotFound)
        {
            return NotFound();
        }

        await LoadAsync(id, cancellationToken);
        if (outcome.Status == RateStatus.Done)
        {
            Done = true;
            return Page();
        }

        Error = outcome.Message;
        Response.StatusCode = outcome.Status == RateStatus.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await current.GetAsync(User, cancellationToken) is not { } staff || await rate.ForKioskAsync(id, staff, cancellationToken) is not { } dossier)
        {
            return false;
        }

        Dossier = dossier;
        return true;
    }
}
