using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Domain.Reform;
using MotCua.Web.Features.Reform.Actions;
using MotCua.Web.Features.Reform.Queries;
using MotCua.Web.Infrastructure;
using MotCua.Web.Infrastructure.Files;

namespace MotCua.Web.Features.Reform.Tasks;

/// <summary>
/// A task: what, who, by when, its state and its whole history; the lead agency's progress report (with evidence
/// files), and the Office's accept, send back and cancel. Someone who may not see the task gets 404.
/// </summary>
[RequestSizeLimit(110 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 110 * 1024 * 1024)]
public sealed class DetailModel(
    ReformQueries queries,
    ReformTaskActions actions,
    CurrentStaff currentStaff,
    IFileStore files,
    IStringLocalizer<ReformText> text) : PageModel
{
    [BindProperty]
    public int? Percent { get; set; }

    [BindProperty]
    public string? ReportText { get; set; }

    [BindProperty]
    public bool Done { get; set; }

    [BindProperty]
    public List<IFormFile> Evidence { get; set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    [TempData(Key = "Reform.Message")]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public TaskDetail Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostReportAsync(Guid id, CancellationToken cancellationToken)
    {
        var streams = new List<Stream>();
        try
        {
            var uploads = new List<UploadedEvidence>();
            foreach (var file in Evidence.Where(f => f.Length > 0))
            {
                var stream = file.OpenReadStream();
                streams.Add(stream);
                uploads.Add(new UploadedEvidence(stream, file.FileName));
            }

            return await RunAsync(id, new ReportProgress(Done ? 100 : Percent ?? -1, ReportText, Done, uploads), Done ? "Message.ReportedDone" : "Message.Reported", cancellationToken);
        }
        finally
        {
            foreach (var stream in streams)
            {
                await stream.DisposeAsync();
            }
        }
    }

    public Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, new AcceptReport(), "Message.Accepted", cancellationToken);

    public Task<IActionResult> OnPostSendBackAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, new SendBackReport(Reason), "Message.SentBack", cancellationToken);

    public Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, new CancelTask(Reason), "Message.Cancelled", cancellationToken);

    /// <summary>An evidence file of this task (only files its reports name can be fetched).</summary>
    public async Task<IActionResult> OnGetFileAsync(Guid id, string? key, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || key is null)
        {
            return NotFound();
        }

        var record = Detail.History.Select(h => h.Event).OfType<ProgressReported>().SelectMany(p => p.Files)
            .FirstOrDefault(f => string.Equals(f.StorageKey, key, StringComparison.Ordinal));
        var stream = record is null ? null : files.Open(record.StorageKey);
        return stream is null ? NotFound() : File(stream, FileTypes.ContentType(record!.StorageKey), record.Name);
    }

    private async Task<IActionResult> RunAsync(Guid id, ReformTaskAction action, string message, CancellationToken cancellationToken)
    {
        var staff = await currentStaff.GetAsync(User, cancellationToken);
        if (staff is null)
        {
            return Forbid();
        }

        var outcome = await actions.RunAsync(id, staff, action, cancellationToken);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            Message = text[message];
            return Redirect($"/Reform/Tasks/{id}");
        }

        Error = outcome.Error;
        Response.StatusCode = outcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var staff = await currentStaff.GetAsync(User, cancellationToken);
        if (staff is null || await queries.DetailAsync(staff, id, cancellationToken) is not { } detail)
        {
            return false;
        }

        Detail = detail;
        Percent ??= detail.Task.State == ReformTaskState.ReportedDone ? detail.Task.PercentBeforeDone : detail.Task.Percent;
        return true;
    }
}
