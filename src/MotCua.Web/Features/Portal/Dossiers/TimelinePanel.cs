using MotCua.Domain.Dossiers;
using MotCua.Web.Features.Dossiers.Queries;

namespace MotCua.Web.Features.Portal.Dossiers;

/// <summary>The live part of a dossier page (status, holder, due times, history), refreshed by htmx polling when
/// <see cref="PollUrl"/> is set and the dossier is still moving.</summary>
public sealed record TimelinePanel(DossierView View, string? PollUrl)
{
    /// <summary>Seconds between refreshes.</summary>
    public const int PollSeconds = 30;

    public bool Live => PollUrl is not null && !DossierStatusText.IsTerminal(View.Status) && View.Status != DossierStatus.Returned;
}
