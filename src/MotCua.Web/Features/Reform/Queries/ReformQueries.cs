using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.EventLog;
using MotCua.Domain.Reform;
using MotCua.Domain.Text;
using MotCua.Web.Infrastructure;
using NodaTime;

namespace MotCua.Web.Features.Reform.Queries;

/// <summary>Filters of the task list; every one optional.</summary>
/// <param name="Query">Words of the task's text (accents ignored).</param>
/// <param name="Status">open, overdue, assigned, inprogress, reported, accepted, cancelled.</param>
/// <param name="Agency">A lead agency's key (unit code, or "~" and the name's search key).</param>
/// <param name="Directive">A directive's id.</param>
/// <param name="Target">An indicator key ("766:2.1", "par:3", "sipas").</param>
/// <param name="Priority">normal, high, urgent.</param>
public sealed record TaskFilter(string? Query = null, string? Status = null, string? Agency = null, Guid? Directive = null, string? Target = null, string? Priority = null);

/// <summary>A row of the task list.</summary>
public sealed record TaskRow(
    Guid Id,
    Guid? DirectiveId,
    string? DirectiveNumber,
    int Number,
    string Text,
    string LeadName,
    string? LeadUnitCode,
    TaskDeadline Deadline,
    ReformTaskState State,
    bool Overdue,
    int Percent,
    TaskPriority Priority,
    TaskTarget Target);

/// <summary>One event of a task's history.</summary>
public sealed record HistoryEntry(int Sequence, Instant At, string? Actor, string? UnitCode, IReformTaskEvent Event, string? Reason);

/// <summary>A task with its directive, history and what the viewer may do.</summary>
public sealed record TaskDetail(ReformTask Task, Directive? Directive, IReadOnlyList<HistoryEntry> History, bool Overdue, bool CanReport, bool CanDecide, bool ChainIntact);

/// <summary>A directive in the list, with its figures.</summary>
public sealed record DirectiveRow(Directive Directive, Tally Tally, double? MeanPercent);

/// <summary>The three dashboards.</summary>
public sealed record Dashboard(IReadOnlyList<AgencyTally> Agencies, Tally Province, IReadOnlyList<(Directive Directive, DirectiveTally Tally)> Directives, IReadOnlyList<IndicatorTally> Indicators);

/// <summary>Reads reform tasks, directives and their figures for pages, APIs and exports.</summary>
public sealed class ReformQueries(MotCuaDbContext db, ReformAccess access, IClock clock)
{
    public const int PageSize = 200;

    public LocalDate Today => VietnamTime.Today(clock);

    /// <summary>The tasks the staff member may see that match the filter (at most <see cref="PageSize"/>, soonest deadline first), and how many match.</summary>
    public async Task<(IReadOnlyList<TaskRow> Rows, int Total)> ListAsync(StaffMember staff, TaskFilter filter, CancellationToken cancellationToken)
    {
        var today = Today;
        var query = access.Visible(db.Set<ReformTask>().AsNoTracking(), staff);
        if (VietnameseText.SearchKey(filter.Query) is { Length: > 0 } key)
        {
            query = query.Where(t => t.TextKey.Contains(key));
        }

        query = filter.Status switch
        {
            "open" => query.Where(t => t.State == ReformTaskState.Assigned || t.State == ReformTaskState.InProgress || t.State == ReformTaskState.ReportedDone),
            "overdue" => query.Where(t => ((t.State == ReformTaskState.Assigned || t.State == ReformTaskState.InProgress) && t.DueOn < today)
                || (t.State == ReformTaskState.ReportedDone && t.DueOn < today && t.ReportedDoneOn > t.DueOn)),
            "assigned" => query.Where(t => t.State == ReformTaskState.Assigned),
            "inprogress" => query.Where(t => t.State == ReformTaskState.InProgress),
            "reported" => query.Where(t => t.State == ReformTaskState.ReportedDone),
            "accepted" => query.Where(t => t.State == ReformTaskState.Accepted),
            "cancelled" => query.Where(t => t.State == ReformTaskState.Cancelled),
            _ => query,
        };
        if (!string.IsNullOrWhiteSpace(filter.Agency))
        {
            query = query.Where(t => t.LeadKey == filter.Agency);
        }

        if (filter.Directive is { } directive)
        {
            query = query.Where(t => t.DirectiveId == directive);
        }

        if (TaskTarget.Parse(filter.Target) is { Family: not IndicatorFamily.None } target)
        {
            query = query.Where(t => t.TargetFamily == target.Family && t.TargetCode == target.Code);
        }

        if (ParsePriority(filter.Priority) is { } priority)
        {
            query = query.Where(t => t.Priority == priority);
        }

        var total = await query.CountAsync(cancellationToken);
        var tasks = await query
            .OrderBy(t => t.DueOn == null)
            .ThenBy(t => t.DueOn)
            .ThenBy(t => t.DirectiveNumber)
            .ThenBy(t => t.Number)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        return ([.. tasks.Select(t => Row(t, today))], total);
    }

    /// <summary>The lead agencies of the tasks the staff member may see (for the filter).</summary>
    public async Task<IReadOnlyList<(string Key, string Name)>> LeadAgenciesAsync(StaffMember staff, CancellationToken cancellationToken)
    {
        var leads = await access.Visible(db.Set<ReformTask>().AsNoTracking(), staff)
            .Select(t => new { t.LeadKey, t.LeadName, t.LeadUnitCode })
            .Distinct()
            .ToListAsync(cancellationToken);
        return [.. leads.GroupBy(l => l.LeadKey, StringComparer.Ordinal)
            .Select(g => (g.Key, g.First().LeadName))
            .OrderBy(l => l.Item2, StringComparer.Ordinal)];
    }

    /// <summary>A task the staff member may see, with its history; null otherwise.</summary>
    public async Task<TaskDetail?> DetailAsync(StaffMember staff, Guid id, CancellationToken cancellationToken)
    {
        var task = await db.Set<ReformTask>().AsNoTracking().Include(t => t.Coordinators).Include(t => t.Completions)
            .FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null || !access.CanSee(staff, task))
        {
            return null;
        }

        task.Coordinators = [.. task.Coordinators.OrderBy(c => c.Position)];
        task.Completions = [.. task.Completions.OrderBy(c => c.Sequence)];
        var directive = task.DirectiveId is { } did ? await db.Set<Directive>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == did, cancellationToken) : null;
        var events = await db.EventLog.AsNoTracking()
            .Where(e => e.StreamKind == StreamKind.ReformTask && e.StreamId == id)
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellationToken);
        var intact = EventChain.Verify(StreamKind.ReformTask, id, events, (task.LastSequence, task.LastHash)) is null;
        var history = events.Select(e => new HistoryEntry(e.Sequence, e.OccurredAt, e.ActorName, e.UnitCode, ReformTaskEventCodec.Deserialize(e.Type, e.Data), e.Reason)).ToList();
        return new TaskDetail(task, directive, history, task.IsOverdueOn(Today), access.CanReport(staff, task), access.CanDecide(staff), intact);
    }

    /// <summary>The directives, newest first, with their figures (over every task: directives are public acts).</summary>
    public async Task<IReadOnlyList<DirectiveRow>> DirectivesAsync(CancellationToken cancellationToken)
    {
        var directives = await db.Set<Directive>().AsNoTracking()
            .OrderByDescending(d => d.IssuedOn).ThenByDescending(d => d.RecordedAt)
            .Select(d => new Directive
            {
                Id = d.Id, Number = d.Number, IssuedOn = d.IssuedOn, Issuer = d.Issuer, Title = d.Title, Kind = d.Kind,
                TaskCount = d.TaskCount, RecordedAt = d.RecordedAt, RecordedBy = d.RecordedBy, FileName = d.FileName,
            })
            .ToListAsync(cancellationToken);
        var (tasks, completions) = await FactsAsync(cancellationToken);
        var tallies = ReformStatistics.ByDirective(tasks, completions, Today).ToDictionary(t => t.DirectiveId);
        return [.. directives.Select(d => tallies.TryGetValue(d.Id, out var t) ? new DirectiveRow(d, t.Tally, t.MeanPercent) : new DirectiveRow(d, Tally.Zero, null))];
    }

    public Task<Directive?> DirectiveAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<Directive>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);

    /// <summary>The dashboards: per agency (optionally for the results due in one year), per directive, per indicator.</summary>
    public async Task<Dashboard> DashboardAsync(int? year, CancellationToken cancellationToken)
    {
        var today = Today;
        var (tasks, completions) = await FactsAsync(cancellationToken);
        DateInterval? period = year is { } y ? new DateInterval(new LocalDate(y, 1, 1), new LocalDate(y, 12, 31)) : null;
        var agencies = ReformStatistics.ByAgency(tasks, completions, today, period);
        var province = ReformStatistics.Count(tasks, completions, today, period);
        var directives = await db.Set<Directive>().AsNoTracking().ToDictionaryAsync(d => d.Id, cancellationToken);
        var byDirective = ReformStatistics.ByDirective(tasks, completions, today)
            .Where(t => directives.ContainsKey(t.DirectiveId))
            .Select(t => (directives[t.DirectiveId], t))
            .OrderByDescending(x => x.Item1.IssuedOn)
            .ToList();
        return new Dashboard(agencies, province, byDirective, ReformStatistics.ByIndicator(tasks, completions, today));
    }

    /// <summary>Every task and accepted result, as the figures need them.</summary>
    public async Task<(IReadOnlyList<TaskFacts> Tasks, IReadOnlyList<CompletionFacts> Completions)> FactsAsync(CancellationToken cancellationToken)
    {
        var tasks = await db.Set<ReformTask>().AsNoTracking().ToListAsync(cancellationToken);
        var completions = await db.Set<ReformTaskCompletion>().AsNoTracking().ToListAsync(cancellationToken);
        return ([.. tasks.Select(TaskFacts.Of)], [.. completions.Select(CompletionFacts.Of)]);
    }

    public static TaskRow Row(ReformTask t, LocalDate today) =>
        new(t.Id, t.DirectiveId, t.DirectiveNumber, t.Number, t.Text, t.LeadName, t.LeadUnitCode, t.Deadline, t.State, t.IsOverdueOn(today), t.Percent, t.Priority, t.Target);

    public static TaskPriority? ParsePriority(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "normal" => TaskPriority.Normal,
        "high" => TaskPriority.High,
        "urgent" => TaskPriority.Urgent,
        _ => null,
    };
}
