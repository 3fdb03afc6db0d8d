using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Data.Identity;

namespace MotCua.Web.Features.Satisfaction;

/// <summary>A signed-in citizen's returned dossiers, each with her rating or a link to give it.</summary>
public sealed class IndexModel(SatisfactionQueries queries, UserManager<UserAccount> users) : PageModel
{
    public IReadOnlyList<CitizenDossier> Items { get; private set; } = [];

    [TempData(Key = "Satisfaction.Message")]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (users.GetUserId(User) is not { } userId)
        {
            return Challenge();
        }

        Items = await queries.ReturnedOfAsync(userId, cancellationToken);
        return Page();
    }
}
