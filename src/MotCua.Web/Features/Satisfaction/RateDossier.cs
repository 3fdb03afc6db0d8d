using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Notifications;
using MotCua.Domain.Organization;
using MotCua.Domain.Satisfaction;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Feedback.Notifications;
using MotCua.Web.Infrastructure;
using NodaTime;

namespace MotCua.Web.Features.Satisfaction;

/// <summary>What became of a rating.</summary>
public enum RateStatus
{
    Done,

    /// <summary>Not this person's to rate (not her dossier, not her counter): it does not exist for her.</summary>
    NotFound,

    /// <summary>The rules refused it (not returned, already rated, bad input).</summary>
    Refused,

    /// <summary>Someone else wrote to the dossier at the same moment; nothing was written.</summary>
    Conflict,
}

/// <summary>The outcome of a rating: the dossier after it, or why nothing was written.</summary>
public sealed record RateOutcome(RateStatus Status, Dossier? Dossier, string? Message)
{
    public static readonly RateOutcome NotFound = new(RateStatus.NotFound, null, "Không tìm thấy hồ sơ.");
}

/// <summary>
/// Rating a returned dossier (ADR 0090): online by its applicant (the account on <see cref="DossierApplicant.UserId"/>),
/// or on the counter's tablet, on a kiosk page that a one-stop officer of the receiving unit opened for it (the citizen
/// does not sign in and sees no personal data). The rating is a <see cref="Rated"/> event appended through the dossier
/// store, so it joins the dossier's hash chain. An unsatisfied rating tells the competent unit's leaders.
/// </summary>
public sealed class RateDossier(MotCuaDbContext db, DossierStore store, FeedbackNotifications staff, IClock clock)
{
    /// <summary>True when <paramref name="userId"/> is the dossier's applicant.</summary>
    public Task<bool> OwnsAsync(Guid dossierId, string userId, CancellationToken cancellationToken) =>
        db.DossierApplicants.AnyAsync(a => a.DossierId == dossierId && a.UserId == userId, cancellationToken);

    /// <summary>The dossier if <paramref name="officer"/> may open the kiosk for it: a one-stop officer whose scope
    /// holds the receiving unit (where results are returned). Otherwise null.</summary>
    public async Task<Dossier?> ForKioskAsync(Guid dossierId, StaffMember officer, CancellationToken cancellationToken)
    {
        if (!officer.IsInRole(Roles.OneStopOfficer))
        {
            return null;
        }

        var dossier = await store.FindAsync(dossierId, cancellationToken);
        return dossier is not null && officer.InScope(dossier.ReceivingUnitCode) ? dossier : null;
    }

    /// <summary>The applicant rates her dossier online.</summary>
    public async Task<RateOutcome> RateOnlineAsync(Guid dossierId, string userId, SatisfactionLevel? level, string? comment, CancellationToken cancellationToken)
    {
        if (!await OwnsAsync(dossierId, userId, cancellationToken) || await store.FindAsync(dossierId, cancellationToken) is not { } dossier)
        {
            return RateOutcome.NotFound;
        }

        return await RateAsync(dossier, level, RatingChannel.Online, comment, new Actor(userId, "Người nộp hồ sơ", null), cancellationToken);
    }

    /// <summary>The citizen rates at the counter, on the kiosk page <paramref name="officer"/> opened.</summary>
    public async Task<RateOutcome> RateAtKioskAsync(Guid dossierId, StaffMember officer, SatisfactionLevel? level, string? comment, CancellationToken cancellationToken)
    {
        if (await ForKioskAsync(dossierId, officer, cancellationToken) is not { } dossier)
        {
            return RateOutcome.NotFound;
        }

        // The officer is accountable for the device; the rating is the citizen's, as the history says.
        var actor = new Actor(officer.UserId, $"Người nộp hồ sơ, tại quầy (màn hình do {officer.FullName} mở)", officer.UnitCode);
        return await RateAsync(dossier, level, RatingChannel.Kiosk, comment, actor, cancellationToken);
    }

    private async Task<RateOutcome> RateAsync(Dossier dossier, SatisfactionLevel? level, RatingChannel channel, string? comment, Actor actor, CancellationToken cancellationToken)
    {
        if (level is not { } chosen)
        {
            return new RateOutcome(RateStatus.Refused, null, "Chọn một mức: hài lòng, bình thường hoặc không hài lòng.");
        }

        var decision = DossierRatingRules.Rate(dossier, chosen, channel, comment);
        if (!decision.Accepted)
        {
            return new RateOutcome(RateStatus.Refused, null, decision.Error);
        }

        if (chosen == SatisfactionLevel.Unsatisfied)
        {
            await StageUnsatisfiedAsync(dossier, cancellationToken);
        }

        var result = await store.AppendAsync(dossier, decision, actor, cancellationToken);
        return result switch
        {
            { Succeeded: true } => new RateOutcome(RateStatus.Done, result.Dossier, null),
            { Conflict: true } => new RateOutcome(RateStatus.Conflict, null, result.Error),
            _ => new RateOutcome(RateStatus.Refused, null, result.Error),
        };
    }

    /// <summary>The competent unit's leaders hear of an unsatisfied rating (no comment, no personal data: they read it
    /// on the dossier's page).</summary>
    private async Task StageUnsatisfiedAsync(Dossier d, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        foreach (var email in await staff.StaffAsync([d.CompetentUnitCode], [Roles.UnitLeader], cancellationToken))
        {
            db.Outbox.Add(OutboxMessage.Due(
                MessageChannel.Email,
                email,
                $"[MotCua] Hồ sơ {d.Code} bị đánh giá không hài lòng",
                $"MotCua: Người nộp hồ sơ {d.Code} ({d.ProcedureName}) đánh giá Không hài lòng với việc giải quyết. Xem ý kiến tại /Satisfaction/Ratings và hồ sơ tại /Workspace/Dossiers/{d.Id}.",
                $"dossier:{d.Code}:Rated",
                now));
        }
    }
}
