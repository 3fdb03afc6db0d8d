using NodaTime;

namespace MotCua.Domain.Reform;

/// <summary>What the figures need of a task.</summary>
public sealed record TaskFacts(
    Guid Id,
    Guid? DirectiveId,
    string LeadKey,
    string LeadName,
    string? LeadUnitCode,
    ReformTaskState State,
    LocalDate? DueOn,
    LocalDate? ReportedDoneOn,
    TaskTarget Target,
    int Percent,
    LocalDate AssignedOn)
{
    public static TaskFacts Of(ReformTask t) => new(t.Id, t.DirectiveId, t.LeadKey, t.LeadName, t.LeadUnitCode, t.State, t.DueOn, t.ReportedDoneOn,
        t.Target, t.Percent, t.AssignedAt.InZone(VietnamTime.Zone).Date);

    public bool IsOpen => State is ReformTaskState.Assigned or ReformTaskState.InProgress or ReformTaskState.ReportedDone;

    /// <summary>Same rule as <see cref="ReformTask.IsOverdueOn"/>.</summary>
    public bool IsOverdueOn(LocalDate today) =>
        IsOpen && DueOn is { } due && due < today
        && !(State == ReformTaskState.ReportedDone && ReportedDoneOn is { } reported && reported <= due);
}

/// <summary>What the figures need of an accepted result.</summary>
public sealed record CompletionFacts(Guid TaskId, LocalDate? DueOn, LocalDate AcceptedOn, bool OnTime)
{
    public static CompletionFacts Of(ReformTaskCompletion c) => new(c.TaskId, c.DueOn, c.AcceptedOn, c.OnTime);
}

/// <summary>The figures of a set of tasks (an agency's, a directive's, an indicator's).</summary>
/// <param name="Assigned">Results owed: every accepted result plus every open task (cancelled tasks do not count).</param>
/// <param name="DoneOnTime">Accepted results reported done by their deadline (or without one).</param>
/// <param name="DoneLate">Accepted results reported done after their deadline.</param>
/// <param name="Overdue">Open tasks past their deadline.</param>
/// <param name="Pending">Open tasks still within time (or without a deadline).</param>
/// <param name="AwaitingAcceptance">Open tasks reported done, waiting for the Office (within <paramref name="Pending"/> or <paramref name="Overdue"/>).</param>
/// <param name="Cancelled">Tasks cancelled (not in <paramref name="Assigned"/>).</param>
public sealed record Tally(int Assigned, int DoneOnTime, int DoneLate, int Overdue, int Pending, int AwaitingAcceptance, int Cancelled)
{
    public static readonly Tally Zero = new(0, 0, 0, 0, 0, 0, 0);

    public int Done => DoneOnTime + DoneLate;

    /// <summary>Results that have fallen due: done (whenever) or overdue.</summary>
    public int FallenDue => Done + Overdue;

    /// <summary>
    /// The completion rate that rates heads of agencies: results done on time ÷ results that have fallen due
    /// (done, or overdue). Tasks still within time neither help nor hurt. Null when nothing has fallen due.
    /// </summary>
    public double? CompletionRate => FallenDue == 0 ? null : (double)DoneOnTime / FallenDue;

    /// <summary>Share of the results owed that are done (a directive's progress).</summary>
    public double? DoneShare => Assigned == 0 ? null : (double)Done / Assigned;

    public Tally Plus(Tally other) => new(Assigned + other.Assigned, DoneOnTime + other.DoneOnTime, DoneLate + other.DoneLate,
        Overdue + other.Overdue, Pending + other.Pending, AwaitingAcceptance + other.AwaitingAcceptance, Cancelled + other.Cancelled);
}

/// <summary>An agency's figures.</summary>
public sealed record AgencyTally(string Key, string Name, string? UnitCode, Tally Tally);

/// <summary>A directive's figures and the mean progress of its tasks (accepted = 100%).</summary>
public sealed record DirectiveTally(Guid DirectiveId, Tally Tally, double? MeanPercent);

/// <summary>An indicator's figures.</summary>
public sealed record IndicatorTally(TaskTarget Target, Tally Tally, IReadOnlyList<Guid> TaskIds);

/// <summary>
/// The figures of the reform dashboards (ADR 0051). A result is owed for each one-off task and for each occurrence
/// of a recurring task: an accepted occurrence counts as done (on time or late, by the day the lead agency reported
/// it done), the current occurrence of an open task as overdue or pending. With a <c>period</c>, only results whose
/// deadline falls in it count (results without a deadline by the day accepted, or assigned while open).
/// </summary>
public static class ReformStatistics
{
    /// <summary>The figures of some tasks and their accepted results.</summary>
    public static Tally Count(IEnumerable<TaskFacts> tasks, IEnumerable<CompletionFacts> completions, LocalDate today, DateInterval? period = null)
    {
        int assigned = 0, onTime = 0, late = 0, overdue = 0, pending = 0, awaiting = 0, cancelled = 0;
        foreach (var c in completions)
        {
            if (period is not null && !period.Contains(c.DueOn ?? c.AcceptedOn))
            {
                continue;
            }

            assigned++;
            if (c.OnTime)
            {
                onTime++;
            }
            else
            {
                late++;
            }
        }

        foreach (var t in tasks)
        {
            if (period is not null && !period.Contains(t.DueOn ?? t.AssignedOn))
            {
                continue;
            }

            if (t.State == ReformTaskState.Cancelled)
            {
                cancelled++;
                continue;
            }

            if (!t.IsOpen)
            {
                continue;
            }

            assigned++;
            if (t.State == ReformTaskState.ReportedDone)
            {
                awaiting++;
            }

            if (t.IsOverdueOn(today))
            {
                overdue++;
            }
            else
            {
                pending++;
            }
        }

        return new Tally(assigned, onTime, late, overdue, pending, awaiting, cancelled);
    }

    /// <summary>The figures per lead agency, province units first by code, then outside agencies by name.</summary>
    public static IReadOnlyList<AgencyTally> ByAgency(IReadOnlyList<TaskFacts> tasks, IReadOnlyList<CompletionFacts> completions, LocalDate today, DateInterval? period = null)
    {
        var completionsByTask = completions.ToLookup(c => c.TaskId);
        return [.. tasks.GroupBy(t => t.LeadKey, StringComparer.Ordinal)
            .Select(g =>
            {
                var first = g.OrderByDescending(t => t.AssignedOn).First();
                return new AgencyTally(g.Key, first.LeadName, first.LeadUnitCode,
                    Count(g, g.SelectMany(t => completionsByTask[t.Id]), today, period));
            })
            .Where(a => a.Tally.Assigned + a.Tally.Cancelled > 0)
            .OrderBy(a => a.UnitCode is null)
            .ThenBy(a => a.UnitCode, StringComparer.Ordinal)
            .ThenBy(a => a.Name, StringComparer.Ordinal)];
    }

    /// <summary>The figures per directive (tasks without a directive are left out).</summary>
    public static IReadOnlyList<DirectiveTally> ByDirective(IReadOnlyList<TaskFacts> tasks, IReadOnlyList<CompletionFacts> completions, LocalDate today)
    {
        var completionsByTask = completions.ToLookup(c => c.TaskId);
        return [.. tasks.Where(t => t.DirectiveId is not null)
            .GroupBy(t => t.DirectiveId!.Value)
            .Select(g =>
            {
                var live = g.Where(t => t.State != ReformTaskState.Cancelled).ToList();
                double? mean = live.Count == 0 ? null : live.Average(t => t.State == ReformTaskState.Accepted ? 100 : t.Percent);
                return new DirectiveTally(g.Key, Count(g, g.SelectMany(t => completionsByTask[t.Id]), today), mean);
            })];
    }

    /// <summary>The figures per targeted indicator, in the catalogue's order (tasks aimed at none are left out).</summary>
    public static IReadOnlyList<IndicatorTally> ByIndicator(IReadOnlyList<TaskFacts> tasks, IReadOnlyList<CompletionFacts> completions, LocalDate today)
    {
        var completionsByTask = completions.ToLookup(c => c.TaskId);
        var order = IndicatorCatalog.All.Select((i, n) => (i.Target, n)).ToDictionary(x => x.Target, x => x.n);
        return [.. tasks.Where(t => t.Target.Family != IndicatorFamily.None)
            .GroupBy(t => t.Target)
            .Select(g => new IndicatorTally(g.Key, Count(g, g.SelectMany(t => completionsByTask[t.Id]), today), [.. g.Select(t => t.Id)]))
            .OrderBy(i => order.TryGetValue(i.Target, out var n) ? n : int.MaxValue)];
    }
}
