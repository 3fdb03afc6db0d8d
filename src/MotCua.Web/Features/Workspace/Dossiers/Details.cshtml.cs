using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Data;
using MotCua.Data.Identity;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Domain.Payments;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Dossiers.Actions;
using MotCua.Web.Features.Dossiers.Queries;
using MotCua.Web.Infrastructure;
using MotCua.Web.Infrastructure.Files;
using NodaTime;
using NodaTime.Text;

namespace MotCua.Web.Features.Workspace.Dossiers;

/// <summary>One dossier for an officer: facts, due times, the full history, and a form for every action she may
/// take now (each asking for the reason the law requires). Outside her scope the dossier does not exist (404).</summary>
public sealed class DetailsModel(
    CurrentStaff current,
    DossierQueries queries,
    DossierActions actions,
    MotCuaDbContext db,
    WorkingCalendarProvider calendars,
    UserManager<UserAccount> users,
    IFileStore files,
    Infrastructure.Signing.IDocumentSigner signer,
    DossierStore store,
    IClock clock,
    IStringLocalizer<WorkspaceText> text) : PageModel
{
    public DossierView View { get; private set; } = null!;

    public DossierApplicant? Applicant { get; private set; }

    public IReadOnlyList<string> Available { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> Officers { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> Agencies { get; private set; } = [];

    public IReadOnlyList<(int Number, string Name)> EarlierSteps { get; private set; } = [];

    public ExtensionDraft? Draft { get; private set; }

    /// <summary>The dossier's files with the check of their signatures.</summary>
    public IReadOnlyList<(DossierFile File, Infrastructure.Signing.SignatureCheck Check)> Files { get; private set; } = [];

    public long FeeTotal { get; private set; }

    /// <summary>The fees of the procedure version the dossier was received under.</summary>
    public IReadOnlyList<FeeTerms> Fees { get; private set; } = [];

    public Duration WorkingDay { get; private set; } = Duration.FromHours(8);

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>Downloads one of the dossier's files (or its signature), for staff who may see the dossier.</summary>
    public async Task<IActionResult> OnGetFileAsync(Guid id, string key, CancellationToken cancellationToken)
    {
        var staff = await current.GetAsync(User, cancellationToken);
        if (staff is null || await queries.ForStaffAsync(id, staff, cancellationToken) is null
            || !DossierFiles.Contains(await store.EventsAsync(id, cancellationToken), key) || files.Open(key) is not { } stream)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return File(stream, FileTypes.ContentType(key), Path.GetFileName(key));
    }

    public async Task<IActionResult> OnPostActAsync(Guid id, string action, CancellationToken cancellationToken)
    {
        var staff = await current.GetAsync(User, cancellationToken);
        if (staff is null)
        {
            return NotFound();
        }

        var form = Request.Form;
        string Field(string name) => form[name].ToString().Trim();
        DossierAction? request;
        try
        {
            request = action switch
            {
                "receive" => new DossierAction.Receive(),
                "refuse" => new DossierAction.Refuse(Field("reason")),
                "assign" => new DossierAction.Assign(string.IsNullOrEmpty(Field("assignee")) ? staff.UserId : Field("assignee"), NullIfEmpty(Field("reason"))),
                "complete-step" => new DossierAction.CompleteStep(),
                "send-back" => new DossierAction.SendBack(int.Parse(Field("toStep"), CultureInfo.InvariantCulture) - 1, Field("reason")),
                "request-supplement" => new DossierAction.RequestSupplement(Field("items").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), Field("reason")),
                "complete-supplement" => new DossierAction.CompleteSupplement([]),
                "request-payment" => new DossierAction.RequestPayment(
                    Field("amount").Length == 0 ? null : long.Parse(Field("amount"), NumberStyles.Integer, CultureInfo.InvariantCulture),
                    Adjustment(Field("adjustment"), Field("percent"), Field("legalBasis"))),
                "record-payment" => new DossierAction.RecordCounterPayment(long.Parse(Field("amount"), NumberStyles.Integer, CultureInfo.InvariantCulture)),
                "transfer" => new DossierAction.Transfer(Field("unit"), Field("reason")),
                "consult" => new DossierAction.Consult(Field("unit"), int.Parse(Field("workingDays"), CultureInfo.InvariantCulture), Field("question")),
                "answer-consultation" => new DossierAction.AnswerConsultation(Field("answer")),
                "extend" => new DossierAction.Extend(ParseLocal(Field("date"), Field("time")), Field("reason")),
                "stop" => new DossierAction.Stop(Field("reason")),
                "withdraw" => new DossierAction.Withdraw(Field("reason")),
                "issue-result" => await IssueResultAsync(Field("electronic") == "true", NullIfEmpty(Field("documentNumber")), cancellationToken),
                "return" => new DossierAction.Return(Field("method") switch { "post" => ReturnMethod.Post, "online" => ReturnMethod.Online, _ => ReturnMethod.Counter }),
                _ => null,
            };
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException)
        {
            request = null;
        }
        catch (FileRejectedException ex)
        {
            Error = ex.Message;
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        if (request is null)
        {
            Error = "Thông tin nhập chưa đúng định dạng (số, ngày giờ).";
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        var outcome = await actions.RunAsync(id, staff, request, cancellationToken);
        switch (outcome.Status)
        {
            case ActionStatus.Done:
                Message = text["Dossier.Done"];
                return RedirectToPage(new { id });
            case ActionStatus.NotFound:
                return NotFound();
            default:
                if (request is DossierAction.IssueResult { Files: var stored })
                {
                    foreach (var file in stored)
                    {
                        files.Delete(file.StorageKey);
                    }
                }

                Error = outcome.Message;
                Response.StatusCode = outcome.Status == ActionStatus.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status422UnprocessableEntity;
                return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
    }

    private async Task<DossierAction> IssueResultAsync(bool electronic, string? number, CancellationToken cancellationToken)
    {
        var upload = Request.Form.Files.GetFile("resultFile");
        if (!electronic || upload is null || upload.Length == 0)
        {
            return new DossierAction.IssueResult(electronic, number, []);
        }

        await using var stream = upload.OpenReadStream();
        var stored = await files.SaveAsync(stream, upload.FileName, cancellationToken);
        var staff = await current.GetAsync(User, cancellationToken);
        // An electronic result is signed by the officer who issues it.
        return new DossierAction.IssueResult(true, number, [await signer.SignAsync(stored, staff!, cancellationToken)]);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var staff = await current.GetAsync(User, cancellationToken);
        var view = staff is null ? null : await queries.ForStaffAsync(id, staff, cancellationToken);
        if (view is null || staff is null)
        {
            return false;
        }

        View = view;
        var dossier = await db.Dossiers.AsNoTracking().FirstAsync(d => d.Id == id, cancellationToken);
        Applicant = await db.DossierApplicants.AsNoTracking().FirstOrDefaultAsync(a => a.DossierId == id, cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        WorkingDay = calendar.WorkingDayLength;
        FeeTotal = dossier.FeeTotal;
        Fees = dossier.Terms?.Fees ?? [];
        Available = DossierActions.Available(staff, dossier, clock.GetCurrentInstant(), calendar);
        Draft = await db.ExtensionDrafts.AsNoTracking().FirstOrDefaultAsync(x => x.DossierId == id, cancellationToken);
        Files = [.. DossierFiles.Of(await store.EventsAsync(id, cancellationToken)).Select(f => (f, signer.Verify(f.File)))];
        EarlierSteps = dossier.StepIndex is { } step && dossier.Terms is { } terms
            ? [.. terms.Steps.Take(step).Select(s => (s.Index + 1, s.Name))]
            : [];
        var holderUnitId = await db.Units.Where(u => u.Code == dossier.HolderUnitCode).Select(u => (int?)u.Id).FirstOrDefaultAsync(cancellationToken);
        Officers = holderUnitId is null ? [] : [.. (await users.Users.Where(u => u.UnitId == holderUnitId).OrderBy(u => u.FullName).ToListAsync(cancellationToken))
            .Select(u => (u.Id, string.IsNullOrEmpty(u.Title) ? u.FullName : $"{u.FullName} ({u.Title})"))];
        Agencies = [.. (await db.Units.AsNoTracking().Where(u => u.ValidTo == null && (u.Kind == UnitKind.Department || u.Kind == UnitKind.Commune || u.Kind == UnitKind.Centre))
            .OrderBy(u => u.Kind).ThenBy(u => u.Name).Select(u => new { u.Code, u.Name }).ToListAsync(cancellationToken)).Select(u => (u.Code, u.Name))];
        return true;
    }

    private static LocalDateTime ParseLocal(string date, string time)
    {
        var d = LocalDatePattern.Iso.Parse(date);
        var t = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(string.IsNullOrEmpty(time) ? "17:00" : time);
        return d.Success && t.Success ? d.Value + t.Value : throw new FormatException("date");
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    /// <summary>The exemption or reduction chosen in the payment request form (none: null).</summary>
    private static FeeAdjustment? Adjustment(string kind, string percent, string legalBasis) => kind switch
    {
        "exemption" => new FeeAdjustment(FeeAdjustmentKind.Exemption, 100, legalBasis),
        "reduction" => new FeeAdjustment(FeeAdjustmentKind.Reduction, percent.Length == 0 ? 0 : int.Parse(percent, NumberStyles.Integer, CultureInfo.InvariantCulture), legalBasis),
        _ => null,
    };
}
