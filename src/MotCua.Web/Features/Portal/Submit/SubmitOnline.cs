using MotCua.Data.Identity;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Portal;
using MotCua.Web.Features.Dossiers.Intake;
using MotCua.Web.Features.Portal.Documents;

namespace MotCua.Web.Features.Portal.Submit;

/// <summary>One component of the form: what the procedure asks, and what the citizen gave (a new file, or a paper
/// from "my documents" by its id).</summary>
public sealed record ComponentInput(string Code, string Name, bool Required, UploadedFile? File, string? ReuseId);

/// <summary>An online submission as the form posts it.</summary>
public sealed record SubmitRequest(string ProcedureCode, string? CommuneCode, ApplicantInput Applicant, IReadOnlyList<ComponentInput> Components);

/// <summary>The submitted dossier, or problems keyed by form field (<c>FullName</c>…, <c>CommuneCode</c>,
/// <c>File0</c>…; "" for the whole form).</summary>
public sealed record SubmitResult(Dossier? Dossier, IReadOnlyDictionary<string, string> Problems)
{
    public bool Succeeded => Dossier is not null;
}

/// <summary>
/// A citizen submits a dossier online: the components she uploads are checked and stored, papers she reuses from
/// "my documents" are recorded as reused (ComponentRecord.Reused), new uploads join "my documents", and the dossier
/// is submitted (status 1) with its code. All or nothing: when the dossier is not saved, every file stored for it is
/// deleted and no document row remains. A verified (e-ID) account submits under its verified name and ID number.
/// </summary>
public sealed class SubmitOnline(DossierIntake intake, MyDocuments documents, PortalUploads uploads, ILogger<SubmitOnline> logger)
{
    public async Task<SubmitResult> RunAsync(SubmitRequest request, UserAccount account, CancellationToken cancellationToken)
    {
        var applicant = account.VerifiedByEId
            ? request.Applicant with { FullName = account.FullName, IdNumber = account.IdNumber }
            : request.Applicant;
        var problems = new Dictionary<string, string>(ApplicantRules.Check(applicant).Problems, StringComparer.Ordinal);

        var reused = new Dictionary<int, MyDocument>();
        for (var i = 0; i < request.Components.Count; i++)
        {
            var c = request.Components[i];
            if (c.File is null && !string.IsNullOrEmpty(c.ReuseId))
            {
                if (await documents.FindAsync(account.Id, c.ReuseId, cancellationToken) is { } document)
                {
                    reused[i] = document;
                }
                else
                {
                    problems[Field(i)] = "Không tìm thấy giấy tờ đã chọn trong kho giấy tờ của bạn.";
                }
            }
            else if (c.File is null && c.Required)
            {
                problems[Field(i)] = $"Vui lòng tải lên hoặc chọn giấy tờ đã có: {c.Name}.";
            }
        }

        if (problems.Count > 0)
        {
            return new(null, problems);
        }

        var components = new List<ComponentRecord>();
        var staged = new List<CitizenDocument>();
        try
        {
            for (var i = 0; i < request.Components.Count; i++)
            {
                var c = request.Components[i];
                if (c.File is not null)
                {
                    var (file, problem) = await uploads.SaveAsync(c.File, cancellationToken);
                    if (file is null)
                    {
                        problems[Field(i)] = problem!;
                        continue;
                    }

                    components.Add(new ComponentRecord(c.Code, c.Name, [file]));
                    staged.Add(documents.Stage(account.Id, c.Name, file));
                }
                else if (reused.TryGetValue(i, out var document))
                {
                    components.Add(new ComponentRecord(c.Code, c.Name, [document.File], Reused: true));
                }
            }

            if (problems.Count > 0)
            {
                return Fail(problems);
            }

            // The staged document rows are saved by the intake's own SaveChanges, inside its transaction.
            var result = await intake.SubmitOnlineAsync(
                new IntakeRequest(request.ProcedureCode, request.CommuneCode, Channel.Online, applicant, components, ApplicantVerifiedByEId: account.VerifiedByEId),
                new Actor(account.Id, account.FullName, null), account.Id, cancellationToken);
            if (!result.Succeeded)
            {
                return Fail(result.Problems);
            }

            foreach (var document in staged)
            {
                document.DossierCode = result.Dossier!.Code;
            }

            await SaveCodesAsync(result.Dossier!, cancellationToken);
            return new(result.Dossier, problems);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Online submission failed; removing its uploads");
            Fail(problems);
            throw;
        }

        SubmitResult Fail(IReadOnlyDictionary<string, string> found)
        {
            documents.Unstage(staged);
            uploads.DeleteAll();
            return new(null, found);
        }
    }

    public static string Field(int index) => "File" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Writes the dossier code on the new documents; the dossier and its files exist already, so a failure
    /// here only loses the label.</summary>
    private async Task SaveCodesAsync(Dossier dossier, CancellationToken cancellationToken)
    {
        try
        {
            await documents.SaveAsync(cancellationToken);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException ex)
        {
            logger.LogWarning(ex, "Could not label the documents of {Code}", dossier.Code);
        }
    }
}
