using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain.EventLog;
using MotCua.Domain.Feedback;
using MotCua.Domain.Satisfaction;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Infrastructure;
using NodaTime;

namespace MotCua.Web.Features.Satisfaction;

/// <summary>A returned dossier of a citizen, with its rating if given.</summary>
public sealed record CitizenDossier(Guid Id, string Code, string ProcedureName, Instant? ReturnedAt, SatisfactionLevel? Rating, Instant? RatedAt);

/// <summary>A rated dossier, for staff.</summary>
public sealed record RatingLine(Guid Id, string Code, string ProcedureName, string CompetentUnitName, SatisfactionLevel Level, RatingChannel Channel, Instant RatedAt, string? Comment);

/// <summary>Reading ratings: a citizen's returned dossiers, and the ratings of the dossiers a staff member may see
/// (by competent unit), with their tally.</summary>
public sealed class SatisfactionQueries(MotCuaDbContext db, DossierVisibility visibility)
{
    public const int Limit = 200;

    /// <summary>The citizen's returned dossiers, newest first.</summary>
    public async Task<IReadOnlyList<CitizenDossier>> ReturnedOfAsync(string userId, CancellationToken cancellationToken)
    {
        var ids = db.DossierApplicants.Where(a => a.UserId == userId).Select(a => a.DossierId);
        return await db.Dossiers.AsNoTracking()
            .Where(d => ids.Contains(d.Id) && d.Status == DossierStatus.Returned)
            .OrderByDescending(d => d.ReturnedAt)
            .Take(Limit)
            .Select(d => new CitizenDossier(d.Id, d.Code, d.ProcedureName, d.ReturnedAt, d.Rating, d.RatedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The ratings given since <paramref name="from"/> to dossiers the staff member may see, newest first (at
    /// most <see cref="Limit"/>), with the tally of all of them; <paramref name="level"/> filters the list only.</summary>
    public async Task<(IReadOnlyList<RatingLine> Lines, RatingTally Tally)> RatingsAsync(StaffMember staff, Instant from, SatisfactionLevel? level, CancellationToken cancellationToken)
    {
        var rated = visibility.Visible(db.Dossiers.AsNoTracking(), staff).Where(d => d.RatedAt != null && d.RatedAt >= from);
        var tally = RatingTally.Of(await rated.Select(d => d.Rating!.Value).ToListAsync(cancellationToken));
        var listed = level is { } l ? rated.Where(d => d.Rating == l) : rated;
        var rows = await listed.OrderByDescending(d => d.RatedAt).Take(Limit)
            .Select(d => new { d.Id, d.Code, d.ProcedureName, d.CompetentUnitCode, d.Rating, d.RatedAt })
            .ToListAsync(cancellationToken);

        var ids = rows.Select(r => r.Id).ToList();
        var events = await db.EventLog.AsNoTracking()
            .Where(e => e.StreamKind == StreamKind.Dossier && e.Type == nameof(Rated) && ids.Contains(e.StreamId))
            .Select(e => new { e.StreamId, e.Type, e.Data })
            .ToListAsync(cancellationToken);
        var ratings = events.ToDictionary(e => e.StreamId, e => (Rated)DossierEventCodec.Deserialize(e.Type, e.Data));
        var units = rows.Select(r => r.CompetentUnitCode).Distinct().ToList();
        var names = await db.Units.AsNoTracking().Where(u => units.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Name, cancellationToken);

        var lines = rows.Select(r =>
        {
            var e = ratings.GetValueOrDefault(r.Id);
            return new RatingLine(r.Id, r.Code, r.ProcedureName, names.GetValueOrDefault(r.CompetentUnitCode, r.CompetentUnitCode),
                r.Rating!.Value, e?.Channel ?? RatingChannel.Online, r.RatedAt!.Value, e?.Comment);
        }).ToList();
        return (lines, tally);
    }
}
