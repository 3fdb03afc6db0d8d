using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Data.Identity;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Domain.Procedures;
using MotCua.Web.Features.Portal.Documents;
using MotCua.Web.Features.Procedures.Catalog;

namespace MotCua.Web.Features.Portal.Submit;

/// <summary>A component as the form shows it.</summary>
public sealed record ComponentField(int Index, string Code, string Name, bool Required, int Originals, int Copies, string? Form);

/// <summary>
/// The online submission form of one procedure (the catalog's "Nộp trực tuyến" links here), built from the
/// components of the version in force: one upload (or a paper from "my documents") per component, the applicant
/// prefilled from the account, and the commune for commune-level procedures.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class IndexModel(ProcedureCatalog catalog, MyDocuments documents, SubmitOnline submit, UserManager<UserAccount> users, MotCuaDbContext db) : PageModel
{
    /// <summary>A whole submission: room for several files at the file store's limit.</summary>
    public const long MaxRequestBytes = 64L * 1024 * 1024;

    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    [BindProperty]
    public string? FullName { get; set; }

    [BindProperty]
    public string? IdNumber { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Address { get; set; }

    [BindProperty]
    public string? CommuneCode { get; set; }

    public ProcedureDetails? Procedure { get; private set; }

    public bool OnlineOffered { get; private set; }

    public bool NeedsCommune { get; private set; }

    public bool Verified { get; private set; }

    public IReadOnlyList<ComponentField> Components { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> Communes { get; private set; } = [];

    public IReadOnlyList<MyDocument> Documents { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    /// <summary>The "my documents" choice posted per component (kept when the form comes back with errors).</summary>
    public Dictionary<int, string> Reuse { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } account)
        {
            return Challenge();
        }

        if (Procedure is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        FullName = account.FullName;
        IdNumber = account.IdNumber;
        Phone = account.PhoneNumber;
        Email = account.Email;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } account)
        {
            return Challenge();
        }

        if (Procedure is null || !OnlineOffered)
        {
            Response.StatusCode = Procedure is null ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
            return Page();
        }

        var inputs = new List<ComponentInput>();
        foreach (var c in Components)
        {
            var file = Request.Form.Files.GetFile(SubmitOnline.Field(c.Index));
            var reuse = Request.Form["Reuse" + c.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)].ToString();
            if (reuse.Length > 0)
            {
                Reuse[c.Index] = reuse;
            }

            inputs.Add(new ComponentInput(c.Code, c.Name, c.Required,
                file is { Length: > 0 } ? new UploadedFile(file.FileName, file.OpenReadStream) : null,
                reuse.Length > 0 ? reuse : null));
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (NeedsCommune && string.IsNullOrWhiteSpace(CommuneCode))
        {
            errors[nameof(CommuneCode)] = "Vui lòng chọn xã, phường giải quyết hồ sơ.";
        }

        if (errors.Count == 0)
        {
            var result = await submit.RunAsync(
                new SubmitRequest(Procedure.Content.Code, NeedsCommune ? CommuneCode : null, new ApplicantInput(FullName, IdNumber, Phone, Email, Address), inputs),
                account, cancellationToken);
            if (result.Succeeded)
            {
                return Redirect($"/Dossiers/Submitted/{result.Dossier!.Id}");
            }

            errors = new Dictionary<string, string>(result.Problems, StringComparer.Ordinal);
        }

        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<UserAccount?> LoadAsync(CancellationToken cancellationToken)
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return null;
        }

        Verified = account.VerifiedByEId;
        Procedure = Code.Length <= 32 ? await catalog.FindAsync(Code.Trim(), null, cancellationToken) : null;
        if (Procedure is null)
        {
            return account;
        }

        var content = Procedure.Content;
        OnlineOffered = content.OnlineLevel != OnlineLevel.None && content.Channels.HasFlag(SubmissionChannels.Online);
        NeedsCommune = content.Level == ProcedureLevel.Commune && content.AgencyCode is null;
        Components = [.. content.Components.Select((c, i) => new ComponentField(i, c.Code ?? $"TP{i + 1}", c.Name, c.Required, c.Originals, c.Copies, c.Form))];
        if (NeedsCommune)
        {
            var communes = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Commune && u.ValidTo == null)
                .Select(u => new { u.Code, u.Name }).ToListAsync(cancellationToken);
            Communes = [.. communes.OrderBy(u => Domain.Text.VietnameseText.SearchKey(u.Name), StringComparer.Ordinal).Select(u => (u.Code, u.Name))];
        }

        Documents = await documents.ListAsync(account.Id, cancellationToken);
        return account;
    }
}
