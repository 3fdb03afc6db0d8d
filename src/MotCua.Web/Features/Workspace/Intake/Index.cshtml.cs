using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Domain.Procedures;
using MotCua.Web.Features.Dossiers.Intake;
using MotCua.Web.Features.Procedures.Catalog;
using MotCua.Web.Features.Shared;
using MotCua.Web.Infrastructure;
using MotCua.Web.Infrastructure.Files;

namespace MotCua.Web.Features.Workspace.Intake;

/// <summary>
/// Counter intake by a one-stop officer: find the procedure, tick the components received against the catalog's
/// checklist (scans attached and marked digitized), enter the applicant, receive — the dossier gets its code and
/// appointment at once and the receipt can be printed. A dossier missing a required paper is not received: the
/// officer guides the citizen once, in full. Also assisted online submission on the citizen's behalf, with her
/// recorded consent.
/// </summary>
public sealed class IndexModel(
    CurrentStaff current,
    ProcedureCatalog catalog,
    DossierIntake intake,
    MotCuaDbContext db,
    IFileStore files,
    Infrastructure.Signing.IDocumentSigner signer,
    Infrastructure.NationalData.INationalDataStore nationalStore,
    IStringLocalizer<WorkspaceText> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "code")]
    public string? Code { get; set; }

    public IReadOnlyList<ProcedureSummary> Results { get; private set; } = [];

    public ProcedureDetails? Procedure { get; private set; }

    public IReadOnlyList<(string Code, string Name)> Communes { get; private set; } = [];

    public StaffMember Staff { get; private set; } = null!;

    [BindProperty]
    public ApplicantForm Applicant { get; set; } = new();

    [BindProperty]
    public string Channel { get; set; } = "counter";

    [BindProperty]
    public bool Consent { get; set; }

    [BindProperty]
    public string? Commune { get; set; }

    [BindProperty]
    public List<int> Received { get; set; } = [];

    [BindProperty]
    public List<int> Digitized { get; set; } = [];

    /// <summary>Components taken from the national data stores instead of a paper copy.</summary>
    [BindProperty]
    public List<int> FromNationalStore { get; set; } = [];

    public Dictionary<string, string> Problems { get; } = new(StringComparer.Ordinal);

    public sealed class ApplicantForm
    {
        [StringLength(300)]
        public string? FullName { get; set; }

        [StringLength(32)]
        public string? IdNumber { get; set; }

        [StringLength(32)]
        public string? Phone { get; set; }

        [StringLength(256)]
        public string? Email { get; set; }

        [StringLength(500)]
        public string? Address { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Procedure is null)
        {
            return Procedure is null && Staff is not null ? NotFound() : Forbid();
        }

        var components = Procedure.Content.Components;
        var papers = FromNationalStore.Count > 0 && !string.IsNullOrWhiteSpace(Applicant.IdNumber)
            ? await nationalStore.PapersOfAsync(Applicant.IdNumber, cancellationToken)
            : [];
        foreach (var i in FromNationalStore.Where(i => i >= 0 && i < components.Count))
        {
            if (Infrastructure.NationalData.LocalNationalDataStore.Match(papers, components[i].Name) is null)
            {
                Problems[""] = string.Format(System.Globalization.CultureInfo.InvariantCulture, text["Intake.NotInNationalStore"], components[i].Name);
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Page();
            }
        }

        var missing = components.Select((c, i) => (c, i)).Where(x => x.c.Required && !Received.Contains(x.i) && !FromNationalStore.Contains(x.i)).Select(x => x.c.Name).ToList();
        if (missing.Count > 0)
        {
            Problems[""] = string.Format(System.Globalization.CultureInfo.InvariantCulture, text["Intake.MissingRequired"], string.Join("; ", missing));
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var assisted = Channel == "assisted";
        if (assisted && !Consent)
        {
            Problems[nameof(Consent)] = text["Intake.Consent"];
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var stored = new List<FileRecord>();
        var records = new List<ComponentRecord>();
        try
        {
            for (var i = 0; i < components.Count; i++)
            {
                if (FromNationalStore.Contains(i))
                {
                    records.Add(new ComponentRecord(components[i].Code ?? $"TP{i + 1}", components[i].Name, [], FromNationalStore: true));
                    continue;
                }

                if (!Received.Contains(i))
                {
                    continue;
                }

                var upload = Request.Form.Files.GetFile($"scan{i}");
                var scans = new List<FileRecord>();
                if (upload is { Length: > 0 })
                {
                    await using var stream = upload.OpenReadStream();
                    var file = await files.SaveAsync(stream, upload.FileName, cancellationToken);
                    stored.Add(file);
                    // Digitized at intake = scanned, checked against the original and signed by the officer.
                    if (Digitized.Contains(i))
                    {
                        file = await signer.SignAsync(file, Staff, cancellationToken);
                        stored.Add(file with { StorageKey = file.SignatureKey! });
                    }

                    scans.Add(file);
                }

                records.Add(new ComponentRecord(components[i].Code ?? $"TP{i + 1}", components[i].Name, scans, Digitized: Digitized.Contains(i) && scans.Count > 0));
            }
        }
        catch (FileRejectedException ex)
        {
            stored.ForEach(f => files.Delete(f.StorageKey));
            Problems[""] = ex.Message;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var applicant = new ApplicantInput(Applicant.FullName, Applicant.IdNumber, Applicant.Phone, Applicant.Email, Applicant.Address);
        var channel = Channel switch { "post" => Domain.Dossiers.Channel.Post, "assisted" => Domain.Dossiers.Channel.Online, _ => Domain.Dossiers.Channel.Counter };
        var request = new IntakeRequest(Procedure.Content.Code, string.IsNullOrEmpty(Commune) ? null : Commune, channel, applicant, records, assisted);
        var result = assisted
            ? await intake.SubmitOnlineAsync(request, Staff.Actor, citizenUserId: null, cancellationToken)
            : await intake.ReceiveAsync(request, Staff.Actor, Staff.UnitCode, cancellationToken);
        if (!result.Succeeded)
        {
            stored.ForEach(f => files.Delete(f.StorageKey));
            foreach (var (key, message) in result.Problems)
            {
                Problems[key] = message;
            }

            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var d = result.Dossier!;
        TempData["Message"] = string.Format(System.Globalization.CultureInfo.InvariantCulture, text["Intake.Received"], d.Code, Show.Time(d.DueAt ?? d.ReceiptDueAt));
        return Redirect($"/Workspace/Dossiers/{d.Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var staff = await current.GetAsync(User, cancellationToken);
        if (staff is null || !(staff.IsInRole(Roles.OneStopOfficer) || staff.IsInRole(Roles.UnitLeader)))
        {
            return false;
        }

        Staff = staff;
        if (!string.IsNullOrWhiteSpace(Code))
        {
            Procedure = await catalog.FindAsync(Code.Trim(), null, cancellationToken);
            if (Procedure?.Content.Level == ProcedureLevel.Commune)
            {
                Communes = [.. (await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Commune && u.ValidTo == null).OrderBy(u => u.Name)
                    .Select(u => new { u.Code, u.Name }).ToListAsync(cancellationToken)).Select(u => (u.Code, u.Name))];
                Commune ??= staff.UnitCode;
            }
        }
        else if (!string.IsNullOrWhiteSpace(Query))
        {
            Results = (await catalog.SearchAsync(new ProcedureQuery(Query), null, 20, cancellationToken)).Items;
        }

        return true;
    }
}
