using MotCua.Domain.Reform;
using NodaTime;

namespace MotCua.Domain.Tests.Reform;

public sealed class ReformStatisticsTests
{
    private static readonly LocalDate Today = new(2025, 12, 20);
    private static readonly Guid DirectiveA = Guid.NewGuid();

    private static TaskFacts Task(string lead, ReformTaskState state, LocalDate? due, LocalDate? reportedDone = null, TaskTarget? target = null, int percent = 0, Guid? directive = null) =>
        new(Guid.NewGuid(), directive ?? DirectiveA, lead, lead == "92.STP" ? "Sở Tư pháp" : lead, lead.StartsWith('~') ? null : lead, state, due, reportedDone,
            target ?? TaskTarget.None, percent, new LocalDate(2025, 1, 10));

    [Fact]
    public void Count_MixedTasks_GivesEachColumnAndTheOnTimeRate()
    {
        var onTime = Task("92.STP", ReformTaskState.Accepted, new(2025, 12, 1));
        var late = Task("92.STP", ReformTaskState.Accepted, new(2025, 12, 1));
        var overdue = Task("92.STP", ReformTaskState.InProgress, new(2025, 12, 15));
        var pending = Task("92.STP", ReformTaskState.Assigned, new(2025, 12, 31));
        var awaitingInTime = Task("92.STP", ReformTaskState.ReportedDone, new(2025, 12, 15), reportedDone: new(2025, 12, 14));
        var noDeadline = Task("92.STP", ReformTaskState.InProgress, null);
        var cancelled = Task("92.STP", ReformTaskState.Cancelled, new(2025, 12, 1));
        var completions = new[]
        {
            new CompletionFacts(onTime.Id, new(2025, 12, 1), new(2025, 12, 2), OnTime: true),
            new CompletionFacts(late.Id, new(2025, 12, 1), new(2025, 12, 5), OnTime: false),
        };

        var tally = ReformStatistics.Count([onTime, late, overdue, pending, awaitingInTime, noDeadline, cancelled], completions, Today);

        Assert.Equal(new Tally(Assigned: 6, DoneOnTime: 1, DoneLate: 1, Overdue: 1, Pending: 3, AwaitingAcceptance: 1, Cancelled: 1), tally);
        Assert.Equal(3, tally.FallenDue);
        Assert.Equal(1.0 / 3, tally.CompletionRate!.Value, 6);
        Assert.Equal(2.0 / 6, tally.DoneShare!.Value, 6);
    }

    [Fact]
    public void Count_NothingFallenDue_HasNoRate()
    {
        var tally = ReformStatistics.Count([Task("92.STP", ReformTaskState.Assigned, new(2026, 1, 31))], [], Today);
        Assert.Null(tally.CompletionRate);
    }

    [Fact]
    public void Count_RecurringTask_CountsEachAcceptedOccurrenceAndTheCurrentOne()
    {
        var monthly = Task("92.STP", ReformTaskState.InProgress, new(2025, 12, 25));
        var completions = new[]
        {
            new CompletionFacts(monthly.Id, new(2025, 10, 25), new(2025, 10, 24), true),
            new CompletionFacts(monthly.Id, new(2025, 11, 25), new(2025, 11, 28), false),
        };
        var tally = ReformStatistics.Count([monthly], completions, Today);
        Assert.Equal((3, 1, 1, 0, 1), (tally.Assigned, tally.DoneOnTime, tally.DoneLate, tally.Overdue, tally.Pending));
        Assert.Equal(0.5, tally.CompletionRate);
    }

    [Fact]
    public void Count_WithAPeriod_CountsOnlyResultsDueInIt()
    {
        var lastYear = Task("92.STP", ReformTaskState.InProgress, new(2024, 12, 31));
        var thisYear = Task("92.STP", ReformTaskState.Assigned, new(2025, 12, 31));
        var period = new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));
        var tally = ReformStatistics.Count([lastYear, thisYear], [new CompletionFacts(Guid.NewGuid(), new(2024, 6, 30), new(2024, 6, 30), true)], Today, period);
        Assert.Equal((1, 0, 0, 1), (tally.Assigned, tally.Done, tally.Overdue, tally.Pending));
    }

    [Fact]
    public void ByAgency_GroupsByLeadUnitsFirstThenOutsideAgencies()
    {
        var tasks = new[]
        {
            Task("~bo noi vu", ReformTaskState.Assigned, null),
            Task("92.STP", ReformTaskState.InProgress, new(2025, 12, 1)),
            Task("92.SNV", ReformTaskState.Assigned, null),
            Task("92.STP", ReformTaskState.Assigned, new(2025, 12, 31)),
        };
        var agencies = ReformStatistics.ByAgency(tasks, [], Today);
        Assert.Equal(["92.SNV", "92.STP", "~bo noi vu"], agencies.Select(a => a.Key));
        var justice = agencies[1];
        Assert.Equal(("Sở Tư pháp", 2, 1, 0.0), (justice.Name, justice.Tally.Assigned, justice.Tally.Overdue, justice.Tally.CompletionRate));
    }

    [Fact]
    public void ByDirective_MeanProgressCountsAcceptedAsHundredAndIgnoresCancelled()
    {
        var other = Guid.NewGuid();
        var tasks = new[]
        {
            Task("92.STP", ReformTaskState.Accepted, null, percent: 100),
            Task("92.STP", ReformTaskState.InProgress, null, percent: 40),
            Task("92.STP", ReformTaskState.Cancelled, null, percent: 0),
            Task("92.SNV", ReformTaskState.Assigned, null, directive: other),
        };
        var completions = new[] { new CompletionFacts(tasks[0].Id, null, new(2025, 12, 1), true) };
        var byDirective = ReformStatistics.ByDirective(tasks, completions, Today).ToDictionary(d => d.DirectiveId);
        Assert.Equal(70, byDirective[DirectiveA].MeanPercent);
        Assert.Equal(0.5, byDirective[DirectiveA].Tally.DoneShare);
        Assert.Equal(0, byDirective[other].MeanPercent);
    }

    [Fact]
    public void ByIndicator_ListsTheTasksAimedAtEachInCatalogueOrder()
    {
        var timeliness = new TaskTarget(IndicatorFamily.Index766, "2.1");
        var par3 = new TaskTarget(IndicatorFamily.ParIndex, "3");
        var tasks = new[]
        {
            Task("92.STP", ReformTaskState.Assigned, null, target: timeliness),
            Task("92.SNV", ReformTaskState.Assigned, null, target: par3),
            Task("92.SNV", ReformTaskState.Assigned, null, target: timeliness),
            Task("92.SNV", ReformTaskState.Assigned, null),
        };
        var indicators = ReformStatistics.ByIndicator(tasks, [], Today);
        Assert.Equal([par3, timeliness], indicators.Select(i => i.Target));
        Assert.Equal([tasks[0].Id, tasks[2].Id], indicators[1].TaskIds);
    }
}
