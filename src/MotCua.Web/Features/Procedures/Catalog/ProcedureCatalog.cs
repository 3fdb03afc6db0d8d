using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Calendar;
using MotCua.Domain.Procedures;
using MotCua.Domain.Text;
using NodaTime;

namespace MotCua.Web.Features.Procedures.Catalog;

/// <summary>What a catalog search asks: accent-insensitive words (or a code), field, agency code,
/// level and online level (words of the catalog format); all optional.</summary>
public sealed record ProcedureQuery(string? Text = null, string? Field = null, string? Agency = null, string? Level = null, string? Online = null);

/// <summary>A procedure in a result list, with its version in force.</summary>
public sealed record ProcedureSummary(
    string Code,
    string Name,
    string Field,
    string Level,
    string LevelName,
    string? AgencyCode,
    string AgencyName,
    string OnlineLevel,
    string OnlineLevelName,
    string ProcessingTime,
    int VersionId);

/// <summary>The first matches of a search, and whether there are more than these (one query: the list is
/// cut at the limit instead of counting every match).</summary>
public sealed record ProcedureSearchResult(IReadOnlyList<ProcedureSummary> Items, bool More);

/// <summary>A version with everything needed to show it.</summary>
public sealed record ProcedureDetails(
    int VersionId,
    int Number,
    int VersionCount,
    ProcedureContent Content,
    string AgencyName,
    LocalDate? EffectiveTo,
    IReadOnlyDictionary<string, string> UnitNames,
    IReadOnlyList<string> MissingParts);

/// <summary>One version in the history with its differences from the version before it.</summary>
public sealed record VersionHistoryEntry(int VersionId, int Number, ProcedureContent Content, LocalDate? EffectiveTo, Instant CreatedAt, string? CreatedBy, IReadOnlyList<ProcedureChange> Changes);

/// <summary>A procedure in the staff list: its newest version.</summary>
public sealed record CatalogEntry(string Code, string Name, string? AgencyCode, string AgencyName, int Number, LocalDate EffectiveFrom);

/// <summary>A value for a filter list.</summary>
public sealed record FilterOption(string Value, string Label);

/// <summary>
/// Reading the catalog: search over the versions in force on a date (accent-insensitive on stored keys,
/// as for units), one procedure as in force on a date, its version history, and filter values.
/// </summary>
public sealed class ProcedureCatalog(MotCuaDbContext db, IClock clock)
{
    /// <summary>Label of the competent agency of commune procedures.</summary>
    public const string CommuneAgencyName = "Ủy ban nhân dân cấp xã";

    public LocalDate Today => VietnamTime.Today(clock);

    public async Task<ProcedureSearchResult> SearchAsync(ProcedureQuery query, LocalDate? on, int limit, CancellationToken cancellationToken)
    {
        var date = on ?? Today;
        var versions = InForce(date);
        var key = VietnameseText.SearchKey(query.Text);
        if (key.Length > 0)
        {
            var trimmed = query.Text!.Trim();
            foreach (var word in key.Split(' '))
            {
                var w = word;
                versions = versions.Where(v => v.NameKey.StartsWith(w) || v.NameKey.Contains(" " + w) || v.Procedure!.Code == trimmed);
            }
        }

        if (VietnameseText.SearchKey(query.Field) is { Length: > 0 } field)
        {
            versions = versions.Where(v => v.FieldKey == field);
        }

        if (!string.IsNullOrWhiteSpace(query.Agency))
        {
            var agency = query.Agency.Trim();
            versions = versions.Where(v => v.Agency != null && v.Agency.Code == agency);
        }

        if (ProcedureVocabulary.ParseLevel(query.Level) is { } level)
        {
            versions = versions.Where(v => v.Level == level);
        }

        if (ProcedureVocabulary.ParseOnlineLevel(query.Online) is { } online)
        {
            versions = versions.Where(v => v.OnlineLevel == online);
        }

        var rows = await versions
            .OrderBy(v => v.NameKey).ThenBy(v => v.Procedure!.Code)
            .Take(limit + 1)
            .Select(v => new
            {
                v.Procedure!.Code, v.Name, v.Field, v.Level,
                AgencyCode = v.Agency == null ? null : v.Agency.Code,
                AgencyName = v.Agency == null ? null : v.Agency.Name,
                v.OnlineLevel, v.ProcessingTime, v.Id,
            })
            .ToListAsync(cancellationToken);
        return new ProcedureSearchResult([.. rows.Take(limit).Select(r => new ProcedureSummary(
            r.Code, r.Name, r.Field, ProcedureVocabulary.Format(r.Level), ProcedureVocabulary.Describe(r.Level), r.AgencyCode,
            r.AgencyName ?? CommuneAgencyName, ProcedureVocabulary.Format(r.OnlineLevel), ProcedureVocabulary.Describe(r.OnlineLevel),
            r.ProcessingTime.ToString(), r.Id))], rows.Count > limit);
    }

    /// <summary>The version of <paramref name="code"/> in force on <paramref name="on"/> (today when null);
    /// when asked for today and the procedure has only a version starting later, that version.</summary>
    public async Task<ProcedureDetails?> FindAsync(string code, LocalDate? on, CancellationToken cancellationToken)
    {
        code = code.Trim();
        var date = on ?? Today;
        var version = await WithDetails(InForce(date).Where(v => v.Procedure!.Code == code)).FirstOrDefaultAsync(cancellationToken);
        if (version is null && on is null)
        {
            version = await WithDetails(db.ProcedureVersions.AsNoTracking().Where(v => v.Procedure!.Code == code && v.EffectiveFrom > date))
                .OrderBy(v => v.EffectiveFrom).FirstOrDefaultAsync(cancellationToken);
        }

        if (version is null)
        {
            return null;
        }

        var units = await UnitsAsync(cancellationToken);
        var count = await db.ProcedureVersions.CountAsync(v => v.ProcedureId == version.ProcedureId, cancellationToken);
        var content = ProcedureRules.ToContent(code, version, id => units[id].Code);
        return new ProcedureDetails(version.Id, version.Number, count, content, version.Agency?.Name ?? CommuneAgencyName, version.EffectiveTo,
            units.Values.ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal), ProcedureRules.MissingParts(content));
    }

    /// <summary>Every version of a procedure, oldest first, each with its changes from the one before.</summary>
    public async Task<IReadOnlyList<VersionHistoryEntry>> HistoryAsync(string code, CancellationToken cancellationToken)
    {
        code = code.Trim();
        var versions = await WithDetails(db.ProcedureVersions.AsNoTracking().Where(v => v.Procedure!.Code == code))
            .OrderBy(v => v.Number).ToListAsync(cancellationToken);
        var units = await UnitsAsync(cancellationToken);
        var result = new List<VersionHistoryEntry>(versions.Count);
        ProcedureContent? previous = null;
        foreach (var version in versions)
        {
            var content = ProcedureRules.ToContent(code, version, id => units[id].Code);
            result.Add(new VersionHistoryEntry(version.Id, version.Number, content, version.EffectiveTo, version.CreatedAt, version.CreatedBy,
                previous is null ? [] : ProcedureDiff.Compare(previous, content)));
            previous = content;
        }

        return result;
    }

    /// <summary>The content of every procedure: its newest version, or the version in force on
    /// <paramref name="on"/>; ordered by code.</summary>
    public async Task<IReadOnlyList<ProcedureContent>> ContentsAsync(LocalDate? on, CancellationToken cancellationToken)
    {
        var query = on is { } date
            ? InForce(date)
            : db.ProcedureVersions.AsNoTracking().Where(v => v.Number == db.ProcedureVersions.Where(o => o.ProcedureId == v.ProcedureId).Max(o => o.Number));
        var versions = await WithDetails(query).ToListAsync(cancellationToken);
        var units = await UnitsAsync(cancellationToken);
        return [.. versions.Select(v => ProcedureRules.ToContent(v.Procedure!.Code, v, id => units[id].Code)).OrderBy(c => c.Code, StringComparer.Ordinal)];
    }

    /// <summary>The newest version of every procedure whose name matches <paramref name="text"/> (or whose
    /// code equals it), for the staff list.</summary>
    public async Task<IReadOnlyList<CatalogEntry>> NewestAsync(string? text, CancellationToken cancellationToken)
    {
        var versions = db.ProcedureVersions.AsNoTracking()
            .Where(v => v.Number == db.ProcedureVersions.Where(o => o.ProcedureId == v.ProcedureId).Max(o => o.Number));
        var key = VietnameseText.SearchKey(text);
        if (key.Length > 0)
        {
            var trimmed = text!.Trim();
            foreach (var word in key.Split(' '))
            {
                var w = word;
                versions = versions.Where(v => v.NameKey.StartsWith(w) || v.NameKey.Contains(" " + w) || v.Procedure!.Code == trimmed);
            }
        }

        var rows = await versions.OrderBy(v => v.Procedure!.Code)
            .Select(v => new { v.Procedure!.Code, v.Name, AgencyCode = v.Agency == null ? null : v.Agency.Code, AgencyName = v.Agency == null ? null : v.Agency.Name, v.Number, v.EffectiveFrom })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new CatalogEntry(r.Code, r.Name, r.AgencyCode, r.AgencyName ?? CommuneAgencyName, r.Number, r.EffectiveFrom))];
    }

    /// <summary>Current units that can be a competent agency or perform a step, for the staff form.</summary>
    public async Task<IReadOnlyList<FilterOption>> UnitsForFormAsync(CancellationToken cancellationToken)
    {
        var units = await db.Units.AsNoTracking().Where(u => u.ValidTo == null)
            .OrderBy(u => u.Kind).ThenBy(u => u.NameKey)
            .Select(u => new { u.Code, u.Name }).ToListAsync(cancellationToken);
        return [.. units.Select(u => new FilterOption(u.Code, $"{u.Name} ({u.Code})"))];
    }

    /// <summary>Fields of the procedures in force, for the filter.</summary>
    public async Task<IReadOnlyList<FilterOption>> FieldsAsync(CancellationToken cancellationToken)
    {
        var fields = await InForce(Today).Select(v => v.Field).Distinct().ToListAsync(cancellationToken);
        return [.. fields.Order(StringComparer.Ordinal).Select(f => new FilterOption(f, f))];
    }

    /// <summary>Agencies competent for procedures in force, for the filter.</summary>
    public async Task<IReadOnlyList<FilterOption>> AgenciesAsync(CancellationToken cancellationToken)
    {
        var agencies = await InForce(Today).Where(v => v.Agency != null)
            .Select(v => new { v.Agency!.Code, v.Agency.Name }).Distinct().ToListAsync(cancellationToken);
        return [.. agencies.OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => new FilterOption(a.Code, a.Name))];
    }

    private IQueryable<ProcedureVersion> InForce(LocalDate date) =>
        db.ProcedureVersions.AsNoTracking().Where(v => v.EffectiveFrom <= date && (v.EffectiveTo == null || v.EffectiveTo >= date));

    private static IQueryable<ProcedureVersion> WithDetails(IQueryable<ProcedureVersion> versions) =>
        versions
            .Include(v => v.Procedure)
            .Include(v => v.Agency)
            .Include(v => v.Cases)
            .Include(v => v.Components)
            .Include(v => v.Fees)
            .Include(v => v.LegalBases)
            .Include(v => v.Steps)
            .AsSplitQuery();

    private async Task<Dictionary<int, (string Code, string Name)>> UnitsAsync(CancellationToken cancellationToken) =>
        await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => (u.Code, u.Name), cancellationToken);
}

/// <summary>Shown next to a processing time when the online one differs.</summary>
public static class DeadlineDisplay
{
    public static string WithOnline(Deadline time, Deadline? online) =>
        online is { } o && o != time ? $"{time} (nộp trực tuyến: {o})" : time.ToString();
}
