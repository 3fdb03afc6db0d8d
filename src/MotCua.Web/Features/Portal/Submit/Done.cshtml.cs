using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Data.Identity;
using MotCua.Web.Features.Dossiers.Queries;

namespace MotCua.Web.Features.Portal.Submit;

/// <summary>The confirmation after an online submission: the dossier code and what happens next.</summary>
public sealed class DoneModel(DossierQueries queries, UserManager<UserAccount> users) : PageModel
{
    public DossierView? Dossier { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Dossier = users.GetUserId(User) is { } userId ? await queries.ForCitizenAsync(id, userId, cancellationToken) : null;
        return Dossier is null ? NotFound() : Page();
    }
}
