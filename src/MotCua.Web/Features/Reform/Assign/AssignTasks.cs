using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Reform;
using MotCua.Domain.Text;
using MotCua.Web.Features.Reform.Extract;
using MotCua.Web.Features.Reform.Notifications;
using MotCua.Web.Infrastructure;
using MotCua.Web.Infrastructure.Files;
using NodaTime;

namespace MotCua.Web.Features.Reform.Assign;

/// <summary>One reviewed proposal to save as a task.</summary>
/// <param name="Key">Where its problems are reported, e.g. "Drafts[3]" (a form row) or "tasks[0]" (an API item).</param>
/// <param name="Number">Its number in the directive.</param>
/// <param name="Draft">The fields as the officer left them.</param>
/// <param name="WithinMonth">The directive said "trong tháng …": a month-end date stays "within the month".</param>
/// <param name="RecurrenceDay">The day of a recurring deadline ("trước ngày 25 hằng tháng"), if stated.</param>
/// <param name="RecurrenceMonth">The month of a yearly (or the month within the quarter of a quarterly) deadline.</param>
/// <param name="TargetKey">The indicator aimed at (<see cref="TaskTarget.Key"/>), or empty.</param>
/// <param name="Priority">How urgent.</param>
public sealed record DraftToSave(
    string Key,
    int Number,
    ReformTaskDraft Draft,
    bool WithinMonth = false,
    int? RecurrenceDay = null,
    int? RecurrenceMonth = null,
    string? TargetKey = null,
    TaskPriority Priority = TaskPriority.Normal);

/// <summary>An uploaded file (the directive's original).</summary>
public sealed record UploadedFile(Stream Content, string FileName);

/// <summary>What saving gave: the directive (or, without one, the tasks), or the problems keyed by field.</summary>
public sealed record AssignResult(Directive? Directive, IReadOnlyList<ReformTask> Tasks, IReadOnlyList<KeyValuePair<string, string>> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public static AssignResult Fail(string key, string message) => new(null, [], [new(key, message)]);
}

/// <summary>
/// Saves reviewed tasks: a directive with the tasks read from it (the "Lưu các nhiệm vụ" of /Reform/Extract and
/// <c>POST /api/reform/directives</c>), or one task proposed from an indicator. Every draft is reviewed again here
/// (<see cref="ReformTaskDraftRules.Review"/>, then <see cref="ReformTaskRules.Assign"/>), so nothing unreviewed is
/// ever saved; all or nothing: the directive, every task's first event, its projection and the e-mails to the lead
/// agencies are written in one transaction. Only the Office assigns.
/// </summary>
public sealed class AssignTasks(
    MotCuaDbContext db,
    ReformTaskStore store,
    ReformAccess access,
    ReformNotifications notifications,
    ExtractDirective extract,
    IFileStore files,
    IClock clock)
{
    public const string OfficeOnly = "Chỉ Văn phòng UBND giao nhiệm vụ cải cách hành chính.";

    /// <summary>Saves a directive and its reviewed tasks.</summary>
    public async Task<AssignResult> SaveDirectiveAsync(DirectiveInput input, IReadOnlyList<DraftToSave> drafts, UploadedFile? file, StaffMember staff, CancellationToken cancellationToken)
    {
        if (!access.CanDecide(staff))
        {
            return AssignResult.Fail(string.Empty, OfficeOnly);
        }

        var today = VietnamTime.Today(clock);
        var problems = new List<KeyValuePair<string, string>>();
        var (directive, directiveProblems) = DirectiveRules.Check(input, today);
        problems.AddRange(directiveProblems.Select(p => new KeyValuePair<string, string>(p.Field, p.Message)));
        if (directive is not null)
        {
            var key = VietnameseText.SearchKey(directive.Number);
            var issued = directive.IssuedOn!.Value;
            if (await db.Set<Directive>().AnyAsync(d => d.NumberKey == key && d.IssuedOn == issued, cancellationToken))
            {
                problems.Add(new(nameof(DirectiveInput.Number), Duplicate(directive)));
            }
        }

        if (drafts.Count == 0)
        {
            problems.Add(new(string.Empty, "Chọn ít nhất một nhiệm vụ để lưu."));
        }

        var directiveId = Guid.NewGuid();
        var decisions = await ReviewAsync(drafts, directiveId, directive?.Number, today, problems, cancellationToken);
        if (problems.Count > 0)
        {
            return new AssignResult(null, [], problems);
        }

        FileRecord? stored = null;
        if (file is not null)
        {
            try
            {
                stored = await files.SaveAsync(file.Content, file.FileName, cancellationToken);
            }
            catch (FileRejectedException ex)
            {
                return AssignResult.Fail("File", ex.Message);
            }
        }

        var row = new Directive
        {
            Id = directiveId,
            Number = directive!.Number!,
            NumberKey = VietnameseText.SearchKey(directive.Number),
            IssuedOn = directive.IssuedOn!.Value,
            Issuer = directive.Issuer!,
            Title = directive.Title!,
            Kind = directive.Kind!.Value,
            Text = directive.Text ?? string.Empty,
            FileName = stored?.Name,
            FileKey = stored?.StorageKey,
            FileSha256 = stored?.Sha256,
            FileSize = stored?.Size,
            TaskCount = decisions.Count,
            RecordedAt = clock.GetCurrentInstant(),
            RecordedById = staff.UserId,
            RecordedBy = staff.Actor.Display,
            RecordedByUnitCode = staff.UnitCode,
        };
        db.Set<Directive>().Add(row);
        var tasks = await StageAsync(decisions, staff, cancellationToken);
        if (!await store.SaveAsync(cancellationToken))
        {
            if (stored is not null)
            {
                files.Delete(stored.StorageKey);
            }

            return AssignResult.Fail(nameof(DirectiveInput.Number), Duplicate(directive));
        }

        return new AssignResult(row, tasks, []);
    }

    /// <summary>Assigns one task without a directive (proposed from an indicator).</summary>
    public async Task<AssignResult> AssignOneAsync(DraftToSave draft, StaffMember staff, CancellationToken cancellationToken)
    {
        if (!access.CanDecide(staff))
        {
            return AssignResult.Fail(string.Empty, OfficeOnly);
        }

        var problems = new List<KeyValuePair<string, string>>();
        var decisions = await ReviewAsync([draft], null, null, VietnamTime.Today(clock), problems, cancellationToken);
        if (problems.Count > 0)
        {
            return new AssignResult(null, [], problems);
        }

        var tasks = await StageAsync(decisions, staff, cancellationToken);
        return await store.SaveAsync(cancellationToken)
            ? new AssignResult(null, tasks, [])
            : AssignResult.Fail(string.Empty, ReformTaskStore.ConflictMessage);
    }

    private async Task<List<ReformDecision>> ReviewAsync(IReadOnlyList<DraftToSave> drafts, Guid? directiveId, string? directiveNumber, LocalDate today,
        List<KeyValuePair<string, string>> problems, CancellationToken cancellationToken)
    {
        var agencies = await extract.AgenciesAsync(cancellationToken);
        var decisions = new List<ReformDecision>();
        foreach (var item in drafts)
        {
            var (reviewed, draftProblems) = ReformTaskDraftRules.Review(item.Draft, agencies);
            problems.AddRange(draftProblems.Select(p => new KeyValuePair<string, string>($"{item.Key}.{p.Field}", p.Message)));
            var target = TaskTarget.Parse(item.TargetKey);
            if (target is null)
            {
                problems.Add(new($"{item.Key}.Target", "Chỉ số mục tiêu không có trong danh mục."));
            }

            if (reviewed is null || target is null)
            {
                continue;
            }

            var recurrence = reviewed.Recurrence is { } period ? new TaskRecurrence(period, Valid(item.RecurrenceDay, 31), Valid(item.RecurrenceMonth, 12)) : null;
            var deadline = ReformTaskRules.DeadlineOf(reviewed.Deadline, recurrence, item.WithinMonth, today);
            var decision = ReformTaskRules.Assign(directiveId, directiveNumber, item.Number, new TaskAssignment(reviewed, deadline, target, item.Priority));
            if (!decision.Accepted)
            {
                problems.Add(new($"{item.Key}.Lead", decision.Error!));
                continue;
            }

            decisions.Add(decision);
        }

        return decisions;
    }

    private async Task<List<ReformTask>> StageAsync(List<ReformDecision> decisions, StaffMember staff, CancellationToken cancellationToken)
    {
        var tasks = new List<ReformTask>();
        foreach (var decision in decisions)
        {
            var task = store.StageNew(Guid.NewGuid(), decision, staff.Actor);
            await notifications.StageAssignedAsync(task, cancellationToken);
            tasks.Add(task);
        }

        return tasks;
    }

    private static int? Valid(int? value, int max) => value is >= 1 && value <= max ? value : null;

    private static string Duplicate(DirectiveInput directive) =>
        $"Văn bản số {directive.Number} ngày {directive.IssuedOn!.Value.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)} đã được lưu; mở nó trong danh sách văn bản.";
}
