using MotCua.Data.Identity;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Portal;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Portal.Documents;
using MotCua.Web.Features.Portal.Dossiers;
using NodaTime;

namespace MotCua.Web.Features.Portal.Supplement;

/// <summary>A paper handed in for one item of the request: a new file or a document from "my documents".</summary>
public sealed record SupplementInput(string Item, UploadedFile? File, string? ReuseId);

/// <summary>Done, not found (not hers), or refused with problems keyed by field (<c>File0</c>…, "" for the form).</summary>
public sealed record CitizenActionResult(bool Found, IReadOnlyDictionary<string, string> Problems)
{
    public bool Succeeded => Found && Problems.Count == 0;

    public static readonly CitizenActionResult NotFound = new(false, new Dictionary<string, string>());

    public static CitizenActionResult Problem(string message) => new(true, new Dictionary<string, string> { [""] = message });
}

/// <summary>
/// The applicant answers a supplement request online (Mẫu 02): she uploads the missing papers (or reuses them from
/// "my documents"), and the dossier resumes through <see cref="DossierLifecycle.CompleteSupplement"/> with the working
/// time that was left at the request. Only the dossier's owner can; when the answer is not recorded, the files
/// stored for it are deleted.
/// </summary>
public sealed class AnswerSupplement(
    DossierStore store,
    CitizenDossiers dossiers,
    MyDocuments documents,
    PortalUploads uploads,
    Calendar.WorkingCalendarProvider workingTime,
    IClock clock)
{
    public async Task<CitizenActionResult> RunAsync(Guid dossierId, UserAccount account, IReadOnlyList<SupplementInput> inputs, CancellationToken cancellationToken)
    {
        if (!await dossiers.OwnsAsync(dossierId, account.Id, cancellationToken) || await store.FindAsync(dossierId, cancellationToken) is not { } dossier)
        {
            return CitizenActionResult.NotFound;
        }

        if (await dossiers.OpenSupplementAsync(dossierId, cancellationToken) is not { } request)
        {
            return CitizenActionResult.Problem("Hồ sơ không ở trạng thái chờ bổ sung.");
        }

        if (inputs.All(i => i.File is null && string.IsNullOrEmpty(i.ReuseId)))
        {
            return CitizenActionResult.Problem("Vui lòng tải lên ít nhất một giấy tờ bổ sung.");
        }

        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var components = new List<ComponentRecord>();
        var staged = new List<CitizenDocument>();
        try
        {
            for (var i = 0; i < inputs.Count; i++)
            {
                var input = inputs[i];
                var code = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"BS{request.Number}.{i + 1}");
                if (input.File is not null)
                {
                    var (file, problem) = await uploads.SaveAsync(input.File, cancellationToken);
                    if (file is null)
                    {
                        problems[Submit.SubmitOnline.Field(i)] = problem!;
                        continue;
                    }

                    components.Add(new ComponentRecord(code, input.Item, [file]));
                    staged.Add(documents.Stage(account.Id, input.Item, file));
                }
                else if (!string.IsNullOrEmpty(input.ReuseId))
                {
                    if (await documents.FindAsync(account.Id, input.ReuseId, cancellationToken) is { } document)
                    {
                        components.Add(new ComponentRecord(code, input.Item, [document.File], Reused: true));
                    }
                    else
                    {
                        problems[Submit.SubmitOnline.Field(i)] = "Không tìm thấy giấy tờ đã chọn trong kho giấy tờ của bạn.";
                    }
                }
            }

            if (problems.Count > 0)
            {
                return Fail(new CitizenActionResult(true, problems));
            }

            foreach (var document in staged)
            {
                document.DossierCode = dossier.Code;
            }

            var calendar = await workingTime.GetAsync(cancellationToken);
            var decision = DossierLifecycle.CompleteSupplement(dossier, components, clock.GetCurrentInstant(), calendar);
            // The staged document rows are saved by the same SaveChanges that appends the event.
            var appended = await store.AppendAsync(dossier, decision, new Actor(account.Id, account.FullName, null), cancellationToken);
            return appended.Succeeded ? new CitizenActionResult(true, problems) : Fail(CitizenActionResult.Problem(appended.Error!));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Fail(CitizenActionResult.Problem(ex.Message));
            throw;
        }

        CitizenActionResult Fail(CitizenActionResult result)
        {
            documents.Unstage(staged);
            uploads.DeleteAll();
            return result;
        }
    }
}
