using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Data.Identity;
using MotCua.Web.Features.Dossiers.Queries;

namespace MotCua.Web.Features.Portal.Dossiers;

/// <summary>"My dossiers": the signed-in citizen's dossiers, newest first.</summary>
public sealed class IndexModel(DossierQueries queries, UserManager<UserAccount> users) : PageModel
{
    public IReadOnlyList<QueueItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await queries.OfCitizenAsync(users.GetUserId(User)!, cancellationToken);
}
