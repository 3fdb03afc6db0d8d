using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Domain.Procedures;
using NodaTime;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Procedure terms for dossiers, read from the catalog: the version in force on the date, its processing time
/// for the channel (online may differ), its internal process, fees and flags. Steps that share an order number
/// run in parallel in the catalog; a dossier walks them as one step (names joined, the longest share), so the
/// time shares still add up to the whole.
/// </summary>
public sealed class CatalogTermsSource(MotCuaDbContext db) : IProcedureTermsSource
{
    public async Task<ProcedureForDossier?> FindAsync(string procedureCode, LocalDate on, Channel channel, string? communeCode, CancellationToken cancellationToken)
    {
        var version = await Versions(procedureCode)
            .Where(v => v.EffectiveFrom <= on && (v.EffectiveTo == null || v.EffectiveTo >= on))
            .FirstOrDefaultAsync(cancellationToken);
        return version is null ? null : await ToTermsAsync(version, channel, communeCode, cancellationToken);
    }

    public async Task<ProcedureForDossier?> FindNearestAsync(string procedureCode, LocalDate on, Channel channel, string? communeCode, CancellationToken cancellationToken)
    {
        if (await FindAsync(procedureCode, on, channel, communeCode, cancellationToken) is { } exact)
        {
            return exact;
        }

        var versions = await Versions(procedureCode).ToListAsync(cancellationToken);
        var nearest = versions.OrderBy(v => Math.Abs(Period.DaysBetween(on, v.EffectiveFrom))).FirstOrDefault();
        return nearest is null ? null : await ToTermsAsync(nearest, channel, communeCode, cancellationToken);
    }

    private IQueryable<ProcedureVersion> Versions(string procedureCode) =>
        db.ProcedureVersions.AsNoTracking()
            .Where(v => v.Procedure!.Code == procedureCode)
            .Include(v => v.Procedure)
            .Include(v => v.Agency)
            .Include(v => v.Fees)
            .Include(v => v.Steps).ThenInclude(s => s.Unit)
            .AsSplitQuery();

    private async Task<ProcedureForDossier?> ToTermsAsync(ProcedureVersion v, Channel channel, string? communeCode, CancellationToken cancellationToken)
    {
        string? competent;
        if (v.Level == ProcedureLevel.Commune && v.Agency is null)
        {
            competent = communeCode is null ? null
                : await db.Units.AsNoTracking().Where(u => u.Code == communeCode && u.Kind == UnitKind.Commune && u.ValidTo == null)
                    .Select(u => u.Code).FirstOrDefaultAsync(cancellationToken);
        }
        else
        {
            competent = v.Agency?.Code;
        }

        if (competent is null)
        {
            return null;
        }

        var time = channel == Channel.Online && v.OnlineProcessingTime is { } online ? online : v.ProcessingTime;
        var terms = new ProcedureTerms(
            v.Procedure!.Code,
            v.Name,
            v.Id.ToString(CultureInfo.InvariantCulture),
            v.Field,
            time,
            Steps(v, time),
            [.. v.Fees.OrderBy(f => f.Position).Select(f => new FeeTerms(f.Name, f.Code, f.Amount))],
            v.IssuesResultDocument,
            v.OnlineLevel == OnlineLevel.Full);
        var onlineOffered = v.Channels.HasFlag(SubmissionChannels.Online) && v.OnlineLevel != OnlineLevel.None;
        return new ProcedureForDossier(terms, competent, onlineOffered);
    }

    private static List<StepTerms> Steps(ProcedureVersion v, Deadline total)
    {
        var groups = v.Steps.OrderBy(s => s.Order).ThenBy(s => s.Position).GroupBy(s => s.Order).ToList();
        // Returning the result is its own action (status 10), not a processing step: trailing steps of the one-stop
        // desk ("Trả kết quả") end with the result issued, and their share goes to the steps before them.
        while (groups.Count > 1 && groups[^1].All(s => s.Role == Roles.OneStopOfficer))
        {
            groups.RemoveAt(groups.Count - 1);
        }

        if (groups.Count == 0)
        {
            return [new StepTerms(0, "Giải quyết hồ sơ", null, null, 1.0)];
        }

        var weights = groups.Select(g => g.Max(s => Hours(s.Share))).ToList();
        var sum = weights.Sum();
        return [.. groups.Select((g, i) =>
        {
            var first = g.First();
            var name = string.Join("; ", g.Select(s => s.Name));
            var share = sum > 0 ? weights[i] / sum : 1.0 / groups.Count;
            return new StepTerms(i, name, first.Unit?.Code, first.Role, share);
        })];
    }

    /// <summary>A time share in hours of working time (a working day is 8 h; a calendar day counts 24 h).</summary>
    private static double Hours(Deadline d) => d.Unit switch
    {
        DeadlineUnit.WorkingDays => d.Amount * 8.0,
        DeadlineUnit.WorkingHours => d.Amount,
        DeadlineUnit.CalendarDays => d.Amount * 24.0,
        _ => d.Amount,
    };
}
