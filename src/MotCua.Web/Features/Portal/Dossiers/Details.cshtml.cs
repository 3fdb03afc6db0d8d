using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Data.Identity;
using MotCua.Domain.Dossiers;
using MotCua.Web.Features.Dossiers.Queries;
using MotCua.Web.Features.Portal.Documents;
using MotCua.Web.Features.Portal.Supplement;
using MotCua.Web.Features.Portal.Withdraw;
using MotCua.Web.Infrastructure.Files;

namespace MotCua.Web.Features.Portal.Dossiers;

/// <summary>
/// One of the citizen's dossiers: the live timeline (each step, the unit holding it, due times, time left, reasons
/// for sending back or asking for more), answering a supplement request, withdrawing, and the electronic result.
/// Someone else's dossier is 404.
/// </summary>
[RequestSizeLimit(Submit.IndexModel.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = Submit.IndexModel.MaxRequestBytes)]
public sealed class DetailsModel(
    DossierQueries queries,
    CitizenDossiers dossiers,
    MyDocuments documents,
    AnswerSupplement answer,
    WithdrawDossier withdraw,
    UserManager<UserAccount> users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public DossierView? Dossier { get; private set; }

    public SupplementRequest? Supplement { get; private set; }

    public IReadOnlyList<FileRecord> Results { get; private set; } = [];

    public IReadOnlyList<MyDocument> Documents { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    /// <summary>Which form the errors belong to ("supplement" or "withdraw").</summary>
    public string? ErrorsOf { get; private set; }

    public Dictionary<int, string> Reuse { get; } = [];

    public bool CanWithdraw => Dossier is { } d && d.Status is DossierStatus.Submitted or DossierStatus.Received or DossierStatus.Processing
        or DossierStatus.WaitingSupplement or DossierStatus.WaitingPayment;

    public TimelinePanel Panel => new(Dossier!, $"/Dossiers/{Id}?handler=Timeline");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>The live panel alone, for htmx polling.</summary>
    public async Task<IActionResult> OnGetTimelineAsync(CancellationToken cancellationToken)
    {
        var view = await queries.ForCitizenAsync(Id, users.GetUserId(User)!, cancellationToken);
        return view is null ? NotFound() : Partial("/Features/Portal/Dossiers/_Timeline.cshtml", new TimelinePanel(view, $"/Dossiers/{Id}?handler=Timeline"));
    }

    /// <summary>Downloads electronic result file number <paramref name="file"/> (owner only).</summary>
    public async Task<IActionResult> OnGetResultAsync(int file, CancellationToken cancellationToken)
    {
        if (await dossiers.OpenResultAsync(Id, users.GetUserId(User)!, file, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        return File(found.Content, FileTypes.ContentType(found.File.StorageKey), found.File.Name);
    }

    public async Task<IActionResult> OnPostSupplementAsync(CancellationToken cancellationToken)
    {
        var account = await users.GetUserAsync(User);
        var request = account is null ? null : await dossiers.OwnsAsync(Id, account.Id, cancellationToken) ? await dossiers.OpenSupplementAsync(Id, cancellationToken) : null;
        var inputs = new List<SupplementInput>();
        for (var i = 0; i < (request?.Items.Count ?? 0); i++)
        {
            var key = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var file = Request.Form.Files.GetFile("File" + key);
            var reuse = Request.Form["Reuse" + key].ToString();
            if (reuse.Length > 0)
            {
                Reuse[i] = reuse;
            }

            inputs.Add(new SupplementInput(request!.Items[i], file is { Length: > 0 } ? new UploadedFile(file.FileName, file.OpenReadStream) : null, reuse.Length > 0 ? reuse : null));
        }

        var result = account is null ? CitizenActionResult.NotFound : await answer.RunAsync(Id, account, inputs, cancellationToken);
        return await AfterAsync(result, "supplement", cancellationToken);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken)
    {
        var account = await users.GetUserAsync(User);
        var result = account is null ? CitizenActionResult.NotFound : await withdraw.RunAsync(Id, account, Reason, cancellationToken);
        return await AfterAsync(result, "withdraw", cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(CitizenActionResult result, string form, CancellationToken cancellationToken)
    {
        if (!result.Found)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            return Redirect($"/Dossiers/{Id}?done={form}");
        }

        await LoadAsync(cancellationToken);
        Errors = result.Problems;
        ErrorsOf = form;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var userId = users.GetUserId(User)!;
        Dossier = await queries.ForCitizenAsync(Id, userId, cancellationToken);
        if (Dossier is null)
        {
            return false;
        }

        Supplement = await dossiers.OpenSupplementAsync(Id, cancellationToken);
        Results = await dossiers.ResultFilesAsync(Id, userId, cancellationToken);
        if (Supplement is not null)
        {
            Documents = await documents.ListAsync(userId, cancellationToken);
        }

        return true;
    }
}
