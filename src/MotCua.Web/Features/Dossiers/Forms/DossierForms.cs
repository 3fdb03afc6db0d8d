using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Dossiers.Forms;
using MotCua.Domain.EventLog;
using MotCua.Web.Infrastructure;
using NodaTime;

namespace MotCua.Web.Features.Dossiers.Forms;

/// <summary>Settings under <c>MotCua:Forms</c>.</summary>
public sealed class FormOptions
{
    public const string Section = "MotCua:Forms";

    /// <summary>The public address of the portal (e.g. <c>https://dichvucong.cantho.gov.vn</c>) for the QR code on
    /// printed receipts. Paper outlives the request, so behind a proxy set this; when empty the address the
    /// officer used is taken.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Folder with the Noto Sans TrueType files for PDFs (Debian's <c>fonts-noto-core</c>).</summary>
    public string FontFolder { get; set; } = "/usr/share/fonts/truetype/noto";
}

/// <summary>A form a dossier has, for lists and links.</summary>
/// <param name="Kind">Which form.</param>
/// <param name="Slug">Its URL name.</param>
/// <param name="Number">"Mẫu số 01".</param>
/// <param name="Name">"Giấy tiếp nhận hồ sơ và hẹn trả kết quả".</param>
/// <param name="Occurrence">For the second and later supplement requests, which one.</param>
public sealed record AvailableForm(FormKind Kind, string Slug, string Number, string Name, int? Occurrence);

/// <summary>Why a register period is refused.</summary>
public enum RegisterPeriodProblem
{
    EndBeforeStart = 1,
    TooLong = 2,
}

/// <summary>A dossier's forms as the index page lists them.</summary>
public sealed record DossierFormList(Guid Id, string Code, string ProcedureName, FormSet Set, string Circular, IReadOnlyList<AvailableForm> Forms);

/// <summary>
/// Loads what a form is made from and builds it, for staff only and only within the officer's scope: a dossier
/// she may not see, or a unit outside her scope, does not exist for her (null, so pages answer 404).
/// </summary>
public sealed class DossierForms(MotCuaDbContext db, DossierStore store, DossierVisibility visibility, IOptions<MotCuaOptions> options, IClock clock)
{
    /// <summary>The most dossiers one register prints; a longer period is cut (and says so).</summary>
    public const int RegisterLimit = 2_000;

    /// <summary>The longest period a register covers.</summary>
    public static readonly Period LongestRegister = Period.FromDays(366);

    /// <summary>The forms of a dossier (null when missing or outside the officer's scope).</summary>
    public async Task<DossierFormList?> ListAsync(Guid id, StaffMember staff, CancellationToken cancellationToken)
    {
        var facts = await FactsAsync(id, staff, lookupLink: null, cancellationToken);
        if (facts is null)
        {
            return null;
        }

        var set = FormSets.ForDossier(facts.Dossier);
        var forms = new List<AvailableForm>();
        foreach (var kind in DossierFormBuilder.Available(facts))
        {
            if (kind == FormKind.SupplementRequest)
            {
                var count = DossierFormBuilder.SupplementRequests(facts);
                for (var n = 1; n <= count; n++)
                {
                    forms.Add(new AvailableForm(kind, FormSets.Slug(kind), FormSets.NumberLabel(set, kind), FormSets.Name(set, kind), count > 1 ? n : null));
                }

                continue;
            }

            forms.Add(new AvailableForm(kind, FormSets.Slug(kind), FormSets.NumberLabel(set, kind), FormSets.Name(set, kind), null));
        }

        return new DossierFormList(id, facts.Dossier.Code, facts.Dossier.ProcedureName, set, FormSets.Circular(set), forms);
    }

    /// <summary>One form of a dossier, or null when the dossier is not hers to see or has no such form.</summary>
    /// <param name="id">The dossier.</param>
    /// <param name="kind">The form.</param>
    /// <param name="occurrence">Which supplement request (default the latest).</param>
    /// <param name="staff">The officer.</param>
    /// <param name="lookupBase">The portal's address for the receipt's QR code, when no public address is configured.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<FormDocument?> BuildAsync(Guid id, FormKind kind, int? occurrence, StaffMember staff, string lookupBase, CancellationToken cancellationToken)
    {
        var facts = await FactsAsync(id, staff, lookupBase, cancellationToken);
        return facts is null ? null : DossierFormBuilder.Build(kind, facts, occurrence);
    }

    /// <summary>The register of a receiving unit for a period (receipt dates, Vietnam), or null when the unit is
    /// unknown or outside the officer's scope. The period must be checked by the caller (<see cref="CheckPeriod"/>).</summary>
    public async Task<FormDocument?> RegisterAsync(string unitCode, LocalDate from, LocalDate to, StaffMember staff, CancellationToken cancellationToken)
    {
        if (CheckPeriod(from, to) is { } problem)
        {
            throw new ArgumentException($"Bad register period: {problem}", nameof(to));
        }

        if (!staff.SeesProvince && !staff.InScope(unitCode))
        {
            return null;
        }

        var units = await UnitsAsync(cancellationToken);
        if (!units.TryGetValue(unitCode, out var unit))
        {
            return null;
        }

        var start = VietnamTime.ToInstant(from.AtMidnight());
        var end = VietnamTime.ToInstant(to.PlusDays(1).AtMidnight());
        var dossiers = await db.Dossiers.AsNoTracking()
            .Where(d => d.ReceivingUnitCode == unitCode && d.ReceivedAt >= start && d.ReceivedAt < end)
            .OrderBy(d => d.ReceivedAt).ThenBy(d => d.Code)
            .Take(RegisterLimit + 1)
            .ToListAsync(cancellationToken);
        var truncated = dossiers.Count > RegisterLimit;
        if (truncated)
        {
            dossiers.RemoveAt(dossiers.Count - 1);
        }

        var ids = dossiers.Select(d => d.Id).ToList();
        var applicants = await db.DossierApplicants.AsNoTracking().Where(a => ids.Contains(a.DossierId)).ToDictionaryAsync(a => a.DossierId, cancellationToken);
        var starts = await db.EventLog.AsNoTracking()
            .Where(e => e.StreamKind == StreamKind.Dossier && ids.Contains(e.StreamId) && e.Type == nameof(StepStarted))
            .OrderBy(e => e.Sequence)
            .Select(e => new { e.StreamId, e.OccurredAt, e.Type, e.Data })
            .ToListAsync(cancellationToken);
        var transferred = new Dictionary<Guid, Instant>();
        var receivingOf = dossiers.ToDictionary(d => d.Id, d => d.ReceivingUnitCode);
        foreach (var e in starts)
        {
            if (!transferred.ContainsKey(e.StreamId) && DossierEventCodec.Deserialize(e.Type, e.Data) is StepStarted s && s.UnitCode != receivingOf[e.StreamId])
            {
                transferred[e.StreamId] = e.OccurredAt;
            }
        }

        var entries = dossiers.Select(d => new RegisterEntry(d, applicants.GetValueOrDefault(d.Id), transferred.TryGetValue(d.Id, out var at) ? at : null)).ToList();
        return RegisterFormBuilder.Build(new RegisterFacts(unit, Province(units), from, to, VietnamTime.Today(clock), entries, units, truncated));
    }

    /// <summary>What is wrong with a register period, or null when it is fine.</summary>
    public static RegisterPeriodProblem? CheckPeriod(LocalDate from, LocalDate to) =>
        to < from ? RegisterPeriodProblem.EndBeforeStart
        : from.PlusDays(LongestRegister.Days) <= to ? RegisterPeriodProblem.TooLong
        : null;

    /// <summary>The public lookup address of a dossier (the QR code of the receipt).</summary>
    public static string LookupLink(string baseUrl, string code) => $"{baseUrl.TrimEnd('/')}/Lookup?code={Uri.EscapeDataString(code)}";

    private async Task<DossierFormFacts?> FactsAsync(Guid id, StaffMember staff, string? lookupLink, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (dossier is null || !visibility.CanSee(staff, dossier))
        {
            return null;
        }

        var applicant = await db.DossierApplicants.AsNoTracking().FirstOrDefaultAsync(a => a.DossierId == id, cancellationToken)
            ?? new DossierApplicant { DossierId = id };
        var events = await store.EventsAsync(id, cancellationToken);
        var units = await UnitsAsync(cancellationToken);
        return new DossierFormFacts(dossier, applicant, events, units, Province(units),
            lookupLink is null ? null : LookupLink(lookupLink, dossier.Code));
    }

    /// <summary>Every unit by code: a province has a few hundred, and forms name several of them.</summary>
    private async Task<IReadOnlyDictionary<string, FormUnit>> UnitsAsync(CancellationToken cancellationToken) =>
        await db.Units.AsNoTracking()
            .Select(u => new FormUnit(u.Code, u.Name, u.Kind))
            .ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, cancellationToken);

    private FormUnit Province(IReadOnlyDictionary<string, FormUnit> units) =>
        units.TryGetValue(options.Value.Province.Code, out var province)
            ? province
            : new FormUnit(options.Value.Province.Code, options.Value.Province.Code, Domain.Organization.UnitKind.Province);
}
