using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Domain.Reform;
using NodaTime.Text;

namespace MotCua.Web.Features.Reform.Extract;

/// <summary>One proposal as the form carries it.</summary>
public sealed class DraftInput
{
    public int Number { get; set; }

    public bool Include { get; set; } = true;

    public string? Text { get; set; }

    public string? Lead { get; set; }

    /// <summary>One agency per line.</summary>
    public string? Coordinators { get; set; }

    /// <summary>yyyy-MM-dd (the value of an <c>input type=date</c>).</summary>
    public string? Deadline { get; set; }

    /// <summary>monthly, quarterly, yearly or empty.</summary>
    public string? Recurrence { get; set; }

    public static DraftInput From(TaskProposal proposal) => new()
    {
        Number = proposal.Number,
        Text = proposal.Text,
        Lead = proposal.Lead?.Agency.Name,
        Coordinators = string.Join('\n', proposal.Coordinators.Select(c => c.Agency.Name)),
        Deadline = proposal.Deadline?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Recurrence = proposal.Recurrence?.Recurrence.Code,
    };
}

/// <summary>
/// Staff page: paste or upload a directive, review the proposed tasks next to the highlighted text, edit
/// them and have them checked. Saving comes with task tracking; this page saves nothing.
/// </summary>
[RequestSizeLimit(8 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 8 * 1024 * 1024, ValueCountLimit = 20_000, ValueLengthLimit = 4 * 1024 * 1024)]
public sealed class IndexModel(ExtractDirective extract, IStringLocalizer<ReformText> text) : PageModel
{
    /// <summary>Most proposals shown in one form.</summary>
    public const int MaxProposals = 300;

    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public List<DraftInput> Drafts { get; set; } = [];

    public DirectiveExtraction? Extraction { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyList<(int Number, ReviewedTask Task)>? Checked { get; private set; }

    public IReadOnlyList<TaskProposal> Shown => Extraction?.Proposals.Take(MaxProposals).ToList() ?? [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostReadAsync(CancellationToken cancellationToken)
    {
        DirectiveReading reading;
        if (Upload is { Length: > 0 } file)
        {
            if (!DirectiveFileText.Extensions.Contains(Path.GetExtension(file.FileName).ToLowerInvariant()))
            {
                Error = text["Extract.BadExtension"];
                return Page();
            }

            if (file.Length > DirectiveFileText.MaxBytes)
            {
                reading = new DirectiveReading(null, DirectiveFileText.Read(new byte[DirectiveFileText.MaxBytes + 1], file.FileName).Error);
            }
            else
            {
                using var buffer = new MemoryStream((int)file.Length);
                await file.CopyToAsync(buffer, cancellationToken);
                reading = await extract.FromFileAsync(buffer.ToArray(), file.FileName, cancellationToken);
            }
        }
        else
        {
            reading = await extract.FromTextAsync(Source, cancellationToken);
        }

        if (!reading.Succeeded)
        {
            Error = reading.Error;
            return Page();
        }

        Extraction = reading.Extraction;
        Source = Extraction!.Text;
        Drafts = [.. Shown.Select(DraftInput.From)];
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken)
    {
        var reading = await extract.FromTextAsync(Source, cancellationToken);
        if (!reading.Succeeded)
        {
            Error = text["Extract.SourceMissing"];
            return Page();
        }

        Extraction = reading.Extraction;
        var agencies = await extract.AgenciesAsync(cancellationToken);
        var accepted = new List<(int, ReviewedTask)>();
        for (var i = 0; i < Drafts.Count; i++)
        {
            var input = Drafts[i];
            if (!input.Include)
            {
                continue;
            }

            var ok = true;
            NodaTime.LocalDate? deadline = null;
            if (!string.IsNullOrWhiteSpace(input.Deadline))
            {
                var parsed = LocalDatePattern.Iso.Parse(input.Deadline.Trim());
                if (parsed.Success)
                {
                    deadline = parsed.Value;
                }
                else
                {
                    ModelState.AddModelError($"Drafts[{i}].Deadline", text["Extract.BadDate"]);
                    ok = false;
                }
            }

            RecurrencePeriod? recurrence = null;
            if (!string.IsNullOrWhiteSpace(input.Recurrence))
            {
                recurrence = TaskRecurrence.Parse(input.Recurrence);
                if (recurrence is null)
                {
                    ModelState.AddModelError($"Drafts[{i}].Recurrence", text["Extract.BadRecurrence"]);
                    ok = false;
                }
            }

            var draft = new ReformTaskDraft(input.Text, input.Lead, (input.Coordinators ?? string.Empty).Split('\n'), deadline, recurrence);
            var (task, problems) = ReformTaskDraftRules.Review(draft, agencies);
            foreach (var problem in problems)
            {
                ModelState.AddModelError($"Drafts[{i}].{problem.Field}", problem.Message);
            }

            if (ok && task is not null)
            {
                accepted.Add((input.Number, task));
            }
        }

        if (ModelState.ErrorCount == 0 && accepted.Count == 0)
        {
            ModelState.AddModelError(string.Empty, text["Extract.NoneKept"]);
        }

        if (ModelState.ErrorCount == 0)
        {
            Checked = accepted;
        }

        return Page();
    }

    /// <summary>The proposal a form row came from.</summary>
    public TaskProposal? ProposalFor(int index) =>
        Extraction is not null && index < Extraction.Proposals.Count ? Extraction.Proposals[index] : null;
}
