using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Domain.Organization;
using MotCua.Domain.Text;
using MotCua.Web.Features.Procedures.Catalog;

namespace MotCua.Web.Features.Procedures.Manage;

/// <summary>
/// Create a procedure or publish a new version of one (administrators; unit leaders for their unit's
/// procedures). The form is the catalog format (<see cref="ProcedureJson"/>) with a few empty rows per list,
/// so it works as a plain HTML form; it is checked by the same rules as an import (shares add up, every
/// step has a performer…) and nothing is written unless all of it is valid.
/// </summary>
public sealed class EditModel(ProcedureCatalog catalog, PublishVersions publish, CatalogEditors editors) : PageModel
{
    /// <summary>Empty rows offered under each list.</summary>
    public const int ExtraRows = 2;

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public ProcedureJson Form { get; set; } = new();

    [BindProperty]
    public string? CasesText { get; set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public bool NoChange { get; private set; }

    public IReadOnlyList<FilterOption> Units { get; private set; } = [];

    public bool IsNew => string.IsNullOrEmpty(Code);

    public static IReadOnlyList<string> StaffRoles => Roles.Staff;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var agencies = await editors.AgenciesOfAsync(User, cancellationToken);
        var today = CatalogFormat.Iso(catalog.Today);
        if (IsNew)
        {
            if (agencies is { Count: 0 })
            {
                return Forbid();
            }

            Form = new ProcedureJson
            {
                Level = "province",
                TargetGroup = "citizen",
                Channels = ["counter"],
                ProcessingTime = new DeadlineJson { Unit = "working-days" },
                OnlineLevel = "none",
                Publication = new PublicationJson { Date = today, EffectiveFrom = today },
            };
        }
        else
        {
            var history = await catalog.HistoryAsync(Code!, cancellationToken);
            if (history.Count == 0)
            {
                return NotFound();
            }

            var newest = history[^1].Content;
            if (!CatalogEditors.MayEdit(agencies, newest.AgencyCode))
            {
                return Forbid();
            }

            Form = CatalogFormat.Write(newest);
            // A new version needs its own publication decision.
            Form.Publication = new PublicationJson { Date = today, EffectiveFrom = today };
            CasesText = string.Join('\n', newest.Cases);
        }

        await PrepareAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var agencies = await editors.AgenciesOfAsync(User, cancellationToken);
        var problems = new List<string>();
        if (!IsNew)
        {
            var history = await catalog.HistoryAsync(Code!, cancellationToken);
            if (history.Count == 0)
            {
                return NotFound();
            }

            if (!CatalogEditors.MayEdit(agencies, history[^1].Content.AgencyCode))
            {
                return Forbid();
            }

            Form.Code = Code;
        }
        else if (VietnameseText.Normalize(Form.Code) is { Length: > 0 } newCode && (await catalog.HistoryAsync(newCode, cancellationToken)).Count > 0)
        {
            problems.Add($"mã thủ tục \"{newCode}\" đã có trong danh mục; hãy sửa thủ tục đó.");
        }

        if (!CatalogEditors.MayEdit(agencies, VietnameseText.Normalize(Form.AgencyCode) is { Length: > 0 } a ? a : null))
        {
            problems.Add("bạn chỉ được giao thủ tục cho đơn vị mình hoặc đơn vị trực thuộc.");
        }

        RemoveEmptyRows();
        Form.Cases = [.. (CasesText ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
        var content = CatalogFormat.Read(Form, problems);
        if (content is not null && problems.Count == 0)
        {
            var result = await publish.PublishAsync([(1, content)], User.Identity?.Name ?? "staff", cancellationToken);
            problems.AddRange(result.Problems.Select(p => p.Message));
            if (result.Succeeded && result.Unchanged == 1)
            {
                NoChange = true;
            }
            else if (result.Succeeded)
            {
                return Redirect($"/Procedures/Manage/History/{Uri.EscapeDataString(content.Code)}?published=true");
            }
        }

        Problems = problems;
        if (problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        await PrepareAsync(cancellationToken);
        return Page();
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        Units = await catalog.UnitsForFormAsync(cancellationToken);
        Form.ProcessingTime ??= new DeadlineJson { Unit = "working-days" };
        Form.OnlineProcessingTime ??= new DeadlineJson();
        Form.Publication ??= new PublicationJson();
        Form.Channels ??= [];
        Form.Fees = [.. Form.Fees ?? [], .. Enumerable.Range(0, ExtraRows).Select(_ => new FeeJson())];
        Form.Components = [.. Form.Components ?? [], .. Enumerable.Range(0, ExtraRows).Select(_ => new ComponentJson { Required = true })];
        Form.LegalBasis = [.. Form.LegalBasis ?? [], .. Enumerable.Range(0, ExtraRows).Select(_ => new LegalBasisJson())];
        Form.Steps = [.. Form.Steps ?? [], .. Enumerable.Range(0, ExtraRows).Select(_ => new StepJson { Share = new DeadlineJson { Unit = Form.ProcessingTime.Unit } })];
    }

    private void RemoveEmptyRows()
    {
        Form.Fees = Form.Fees?.Where(f => !string.IsNullOrWhiteSpace(f.Name) || f.Amount is not null).ToList();
        Form.Components = Form.Components?.Where(c => !string.IsNullOrWhiteSpace(c.Name) || !string.IsNullOrWhiteSpace(c.Code)).ToList();
        Form.LegalBasis = Form.LegalBasis?.Where(b => !string.IsNullOrWhiteSpace(b.Code)).ToList();
        Form.Steps = Form.Steps?.Where(s => !string.IsNullOrWhiteSpace(s.Name) || s.Share?.Amount is not null).ToList();
        if (Form.OnlineProcessingTime?.Amount is null)
        {
            Form.OnlineProcessingTime = null;
        }

        if (string.IsNullOrWhiteSpace(Form.Publication?.PublicOn) && Form.Publication is not null)
        {
            Form.Publication.PublicOn = null;
        }
    }
}
