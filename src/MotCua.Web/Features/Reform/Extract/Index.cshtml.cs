using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Domain;
using MotCua.Domain.Reform;
using MotCua.Web.Features.Reform.Assign;
using MotCua.Web.Infrastructure;
using NodaTime;
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

    /// <summary>The directive said "trong tháng …" (kept while the date stays the month's last day).</summary>
    public bool WithinMonth { get; set; }

    /// <summary>The day of a recurring deadline, as read.</summary>
    public int? RecurrenceDay { get; set; }

    /// <summary>The month of a yearly deadline, as read.</summary>
    public int? RecurrenceMonth { get; set; }

    /// <summary>The indicator aimed at (<see cref="TaskTarget.Key"/>).</summary>
    public string? Target { get; set; }

    /// <summary>normal, high or urgent.</summary>
    public string? Priority { get; set; } = "normal";

    public static DraftInput From(TaskProposal proposal) => new()
    {
        Number = proposal.Number,
        Text = proposal.Text,
        Lead = proposal.Lead?.Agency.Name,
        Coordinators = string.Join('\n', proposal.Coordinators.Select(c => c.Agency.Name)),
        Deadline = proposal.Deadline?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Recurrence = proposal.Recurrence?.Recurrence.Code,
        WithinMonth = proposal.Deadline?.Kind == DeadlineKind.EndOfMonth,
        RecurrenceDay = proposal.Recurrence?.Recurrence.Day,
        RecurrenceMonth = proposal.Recurrence?.Recurrence.Month,
    };
}

/// <summary>The directive's particulars as the form carries them.</summary>
public sealed class DirectiveForm
{
    public string? Number { get; set; }

    /// <summary>yyyy-MM-dd.</summary>
    public string? IssuedOn { get; set; }

    public string? Issuer { get; set; }

    public string? Title { get; set; }

    /// <summary>A <see cref="DirectiveKind"/> name.</summary>
    public string? Kind { get; set; }

    /// <summary>The particulars read from the directive's header, the issuer defaulting to the province's People's Committee.</summary>
    public static DirectiveForm Guess(string text, string provinceName)
    {
        var guess = DirectiveHeader.Read(text);
        return new DirectiveForm
        {
            Number = guess.Number,
            IssuedOn = guess.IssuedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Issuer = "UBND " + provinceName,
            Title = guess.Title,
            Kind = (guess.Kind ?? DirectiveKind.OfficialLetter).ToString(),
        };
    }
}

/// <summary>
/// Staff page: paste or upload a directive, review the proposed tasks next to the highlighted text, edit
/// them, have them checked, and — the Office — save the directive with the tasks kept ("Lưu các nhiệm vụ").
/// Saving reviews every kept draft again; nothing is saved unless all of them pass.
/// </summary>
[RequestSizeLimit(20 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 20 * 1024 * 1024, ValueCountLimit = 20_000, ValueLengthLimit = 4 * 1024 * 1024)]
public sealed class IndexModel(
    ExtractDirective extract,
    AssignTasks assign,
    CurrentStaff currentStaff,
    ReformAccess access,
    Shared.ProvinceInfo province,
    IStringLocalizer<ReformText> text) : PageModel
{
    /// <summary>Most proposals shown in one form.</summary>
    public const int MaxProposals = 300;

    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public List<DraftInput> Drafts { get; set; } = [];

    [BindProperty]
    public DirectiveForm Directive { get; set; } = new();

    /// <summary>The directive's original file (PDF or Word), kept with it when saving.</summary>
    [BindProperty]
    public IFormFile? Original { get; set; }

    /// <summary>Whether the signed-in person may save (the Office).</summary>
    public bool CanSave { get; private set; }

    public DirectiveExtraction? Extraction { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyList<(int Number, ReviewedTask Task)>? Checked { get; private set; }

    public IReadOnlyList<TaskProposal> Shown => Extraction?.Proposals.Take(MaxProposals).ToList() ?? [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadRightsAsync(cancellationToken);

    public async Task<IActionResult> OnPostReadAsync(CancellationToken cancellationToken)
    {
        await LoadRightsAsync(cancellationToken);
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
        Directive = DirectiveForm.Guess(Extraction.Text, await province.NameAsync());
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken)
    {
        await LoadRightsAsync(cancellationToken);
        if (!await RereadAsync(cancellationToken))
        {
            return Page();
        }

        var agencies = await extract.AgenciesAsync(cancellationToken);
        var accepted = new List<(int, ReviewedTask)>();
        foreach (var draft in KeptDrafts())
        {
            var (task, problems) = ReformTaskDraftRules.Review(draft.Draft, agencies);
            foreach (var problem in problems)
            {
                ModelState.AddModelError($"{draft.Key}.{problem.Field}", problem.Message);
            }

            if (task is not null)
            {
                accepted.Add((draft.Number, task));
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

    /// <summary>Saves the directive and the kept tasks (the Office only); back to the form with every problem otherwise.</summary>
    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var staff = await LoadRightsAsync(cancellationToken);
        if (!await RereadAsync(cancellationToken))
        {
            return Page();
        }

        var drafts = KeptDrafts();
        LocalDate? issued = null;
        if (!string.IsNullOrWhiteSpace(Directive.IssuedOn))
        {
            var parsed = LocalDatePattern.Iso.Parse(Directive.IssuedOn.Trim());
            if (parsed.Success)
            {
                issued = parsed.Value;
            }
            else
            {
                ModelState.AddModelError("Directive.IssuedOn", text["Extract.BadDate"]);
            }
        }

        DirectiveKind? kind = Enum.TryParse<DirectiveKind>(Directive.Kind, out var k) && Enum.IsDefined(k) ? k : null;
        if (ModelState.ErrorCount > 0 || staff is null)
        {
            return Page();
        }

        await using var original = Original is { Length: > 0 } file ? file.OpenReadStream() : null;
        var result = await assign.SaveDirectiveAsync(
            new DirectiveInput(Directive.Number, issued, Directive.Issuer, Directive.Title, kind, Extraction!.Text),
            drafts.Select(d => d.ToSave()).ToList(),
            original is null ? null : new UploadedFile(original, Original!.FileName),
            staff,
            cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var (key, message) in result.Problems)
            {
                var field = key.Length == 0 || key.StartsWith("Drafts[", StringComparison.Ordinal) ? key
                    : key == "File" ? nameof(Original)
                    : "Directive." + key;
                ModelState.AddModelError(field, message);
            }

            return Page();
        }

        TempData["Reform.Message"] = string.Format(VietnamTime.Culture, text["Save.Done"], result.Directive!.Number, result.Tasks.Count);
        return Redirect($"/Reform/Directives/{result.Directive.Id}");
    }

    /// <summary>The proposal a form row came from.</summary>
    public TaskProposal? ProposalFor(int index) =>
        Extraction is not null && index < Extraction.Proposals.Count ? Extraction.Proposals[index] : null;

    private async Task<StaffMember?> LoadRightsAsync(CancellationToken cancellationToken)
    {
        var staff = await currentStaff.GetAsync(User, cancellationToken);
        CanSave = staff is not null && access.CanDecide(staff);
        return staff;
    }

    /// <summary>Reads the directive again (the form carries its text), so that the page shows it next to the drafts.</summary>
    private async Task<bool> RereadAsync(CancellationToken cancellationToken)
    {
        var reading = await extract.FromTextAsync(Source, cancellationToken);
        if (!reading.Succeeded)
        {
            Error = text["Extract.SourceMissing"];
            return false;
        }

        Extraction = reading.Extraction;
        return true;
    }

    /// <summary>The kept rows as drafts; a date, recurrence or priority that cannot be read is a form error.</summary>
    private List<KeptDraft> KeptDrafts()
    {
        var kept = new List<KeptDraft>();
        for (var i = 0; i < Drafts.Count; i++)
        {
            var input = Drafts[i];
            if (!input.Include)
            {
                continue;
            }

            LocalDate? deadline = null;
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
                }
            }

            RecurrencePeriod? recurrence = null;
            if (!string.IsNullOrWhiteSpace(input.Recurrence))
            {
                recurrence = TaskRecurrence.Parse(input.Recurrence);
                if (recurrence is null)
                {
                    ModelState.AddModelError($"Drafts[{i}].Recurrence", text["Extract.BadRecurrence"]);
                }
            }

            var priority = Queries.ReformQueries.ParsePriority(input.Priority ?? "normal");
            if (priority is null)
            {
                ModelState.AddModelError($"Drafts[{i}].Priority", text["Save.BadPriority"]);
            }

            var draft = new ReformTaskDraft(input.Text, input.Lead, (input.Coordinators ?? string.Empty).Split('\n'), deadline, recurrence);
            kept.Add(new KeptDraft($"Drafts[{i}]", input.Number, draft, input, priority ?? TaskPriority.Normal));
        }

        return kept;
    }

    /// <summary>A kept form row (<paramref name="Key"/> names its fields) and the draft read from it.</summary>
    private sealed record KeptDraft(string Key, int Number, ReformTaskDraft Draft, DraftInput Input, TaskPriority Priority)
    {
        public DraftToSave ToSave() => new(Key, Number, Draft, Input.WithinMonth, Input.RecurrenceDay, Input.RecurrenceMonth, Input.Target, Priority);
    }
}
