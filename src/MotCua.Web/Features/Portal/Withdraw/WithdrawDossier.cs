using MotCua.Data.Identity;
using MotCua.Domain.Dossiers;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Portal.Dossiers;
using MotCua.Web.Features.Portal.Supplement;

namespace MotCua.Web.Features.Portal.Withdraw;

/// <summary>The applicant withdraws her dossier online (status 7) with a reason; only the owner, only while it is
/// open (the lifecycle decides). Decree 61/2018/NĐ-CP, Art. 19 (as amended): the applicant may withdraw.</summary>
public sealed class WithdrawDossier(DossierStore store, CitizenDossiers dossiers)
{
    public async Task<CitizenActionResult> RunAsync(Guid dossierId, UserAccount account, string? reason, CancellationToken cancellationToken)
    {
        if (!await dossiers.OwnsAsync(dossierId, account.Id, cancellationToken) || await store.FindAsync(dossierId, cancellationToken) is not { } dossier)
        {
            return CitizenActionResult.NotFound;
        }

        var text = Domain.Text.VietnameseText.Normalize(reason);
        if (string.IsNullOrEmpty(text))
        {
            return new CitizenActionResult(true, new Dictionary<string, string> { ["Reason"] = "Vui lòng ghi lý do rút hồ sơ." });
        }

        if (text.Length > 1000)
        {
            return new CitizenActionResult(true, new Dictionary<string, string> { ["Reason"] = "Lý do dài quá 1.000 ký tự." });
        }

        var appended = await store.AppendAsync(dossier, DossierLifecycle.Withdraw(dossier, text), new Actor(account.Id, account.FullName, null), cancellationToken);
        return appended.Succeeded ? new CitizenActionResult(true, new Dictionary<string, string>()) : CitizenActionResult.Problem(appended.Error!);
    }
}
