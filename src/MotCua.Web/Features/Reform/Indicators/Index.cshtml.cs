using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Data;
using MotCua.Domain.Reform;
using MotCua.Web.Features.Reform.Assign;
using MotCua.Web.Features.Reform.Queries;
using MotCua.Web.Infrastructure;
using NodaTime.Text;

namespace MotCua.Web.Features.Reform.Indicators;

/// <summary>
/// From an indicator to a task (staff): the indicators a task can aim at — PAR INDEX areas, the Decision 766
/// indicators MotCua computes, SIPAS, PAPI, PCI — with the tasks aimed at each, and (the Office) a form to assign a
/// task to the responsible agency with the indicator linked. The 766 index's values and trend come with the live
/// index; until then the officer picks the indicator that is below target.
/// </summary>
public sealed class IndexModel(
    ReformQueries queries,
    AssignTasks assign,
    CurrentStaff currentStaff,
    ReformAccess access,
    MotCuaDbContext db,
    NodaTime.IClock clock,
    IStringLocalizer<ReformText> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "target")]
    public string? Target { get; set; }

    [BindProperty]
    public string? Lead { get; set; }

    [BindProperty]
    public string? TaskText { get; set; }

    [BindProperty]
    public string? Deadline { get; set; }

    [BindProperty]
    public string? Priority { get; set; } = "normal";

    public IReadOnlyDictionary<TaskTarget, Tally> Tallies { get; private set; } = new Dictionary<TaskTarget, Tally>();

    public IReadOnlyList<string> UnitNames { get; private set; } = [];

    /// <summary>Each indicator's trend since its first task was assigned (only indicators with readings).</summary>
    public IReadOnlyDictionary<TaskTarget, IndicatorTrend> Trends { get; private set; } = new Dictionary<TaskTarget, IndicatorTrend>();

    [BindProperty]
    public string? ReadingTarget { get; set; }

    [BindProperty]
    public string? ReadingPeriod { get; set; }

    [BindProperty]
    public string? ReadingValue { get; set; }

    [BindProperty]
    public string? ReadingSource { get; set; }

    /// <summary>Records a published value of an indicator (the Office), with its source.</summary>
    public async Task<IActionResult> OnPostRecordAsync(CancellationToken cancellationToken)
    {
        var staff = await LoadAsync(cancellationToken);
        if (staff is null || !CanAssign)
        {
            return Forbid();
        }

        var period = LocalDatePattern.Iso.Parse(ReadingPeriod?.Trim() ?? string.Empty) is { Success: true } p ? p.Value : (NodaTime.LocalDate?)null;
        var value = ParseValue(ReadingValue);
        var problems = IndicatorReadings.Problems(ReadingTarget, period, value, ReadingSource, queries.Today);
        if (problems.Count > 0)
        {
            foreach (var (field, message) in problems)
            {
                ModelState.AddModelError("Reading" + field, message);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        db.IndicatorReadings.Add(new IndicatorReading
        {
            TargetKey = TaskTarget.Parse(ReadingTarget)!.Key,
            Period = period!.Value,
            Value = value!.Value,
            Source = Domain.Text.VietnameseText.NormalizeRequired(ReadingSource!.Trim()),
            RecordedBy = staff.FullName,
            RecordedAt = clock.GetCurrentInstant(),
        });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Reform.Message"] = text["Indicators.Recorded"].Value;
        return RedirectToPage();
    }

    /// <summary>A number as officers type it: Vietnamese (85,25 or 1.234,5) when it has a comma, else 85.25.</summary>
    public static decimal? ParseValue(string? input)
    {
        var v = input?.Trim() ?? string.Empty;
        var culture = v.Contains(',', StringComparison.Ordinal) ? Domain.VietnamTime.Culture : System.Globalization.CultureInfo.InvariantCulture;
        return decimal.TryParse(v, System.Globalization.NumberStyles.Number, culture, out var d) ? d : null;
    }

    public bool CanAssign { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostProposeAsync(CancellationToken cancellationToken)
    {
        var staff = await LoadAsync(cancellationToken);
        if (staff is null)
        {
            return Forbid();
        }

        NodaTime.LocalDate? deadline = null;
        if (!string.IsNullOrWhiteSpace(Deadline))
        {
            var parsed = LocalDatePattern.Iso.Parse(Deadline.Trim());
            if (parsed.Success)
            {
                deadline = parsed.Value;
            }
            else
            {
                ModelState.AddModelError(nameof(Deadline), text["Extract.BadDate"]);
            }
        }

        if (string.IsNullOrEmpty(Target))
        {
            ModelState.AddModelError(nameof(Target), text["Indicators.ChooseTarget"]);
        }

        var priority = ReformQueries.ParsePriority(Priority);
        if (priority is null)
        {
            ModelState.AddModelError(nameof(Priority), text["Save.BadPriority"]);
        }

        if (ModelState.ErrorCount > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var draft = new DraftToSave("Task", 0, new ReformTaskDraft(TaskText, Lead, [], deadline, null), TargetKey: Target, Priority: priority!.Value);
        var result = await assign.AssignOneAsync(draft, staff, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var (key, message) in result.Problems)
            {
                ModelState.AddModelError(key switch
                {
                    "Task.Text" => nameof(TaskText),
                    "Task.Lead" => nameof(Lead),
                    "Task.Deadline" => nameof(Deadline),
                    "Task.Target" => nameof(Target),
                    _ => string.Empty,
                }, message);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        TempData["Reform.Message"] = text["Indicators.Assigned"].Value;
        return Redirect($"/Reform/Tasks/{result.Tasks[0].Id}");
    }

    private async Task<StaffMember?> LoadAsync(CancellationToken cancellationToken)
    {
        var staff = await currentStaff.GetAsync(User, cancellationToken);
        CanAssign = staff is not null && access.CanDecide(staff);
        var (tasks, completions) = await queries.FactsAsync(cancellationToken);
        Tallies = ReformStatistics.ByIndicator(tasks, completions, queries.Today)
            .ToDictionary(i => i.Target, i => i.Tally);
        var firstAssigned = tasks.Where(t => t.Target.Family != IndicatorFamily.None)
            .GroupBy(t => t.Target.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(t => t.AssignedOn), StringComparer.Ordinal);
        var readings = await db.IndicatorReadings.AsNoTracking().ToListAsync(cancellationToken);
        Trends = readings.GroupBy(r => r.TargetKey, StringComparer.Ordinal)
            .Select(g => (Target: TaskTarget.Parse(g.Key), Readings: g))
            .Where(x => x.Target is not null)
            .ToDictionary(x => x.Target!, x => IndicatorReadings.Trend(x.Readings, firstAssigned.TryGetValue(x.Target!.Key, out var d) ? d : null));
        if (CanAssign)
        {
            UnitNames = await db.Units.AsNoTracking()
                .Where(u => u.ValidTo == null && u.Kind != Domain.Organization.UnitKind.Province)
                .OrderBy(u => u.Kind).ThenBy(u => u.Name)
                .Select(u => u.Name)
                .ToListAsync(cancellationToken);
        }

        return staff;
    }
}
