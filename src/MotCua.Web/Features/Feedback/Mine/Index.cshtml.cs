using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Data.Identity;
using MotCua.Web.Features.Feedback.Queries;

namespace MotCua.Web.Features.Feedback.Mine;

/// <summary>The feedback a signed-in citizen sent from her account, newest first; each opens its page.</summary>
public sealed class IndexModel(FeedbackQueries queries, UserManager<UserAccount> users) : PageModel
{
    public IReadOnlyList<FeedbackLine> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = users.GetUserId(User) is { } id ? await queries.MineAsync(id, cancellationToken) : [];
}
