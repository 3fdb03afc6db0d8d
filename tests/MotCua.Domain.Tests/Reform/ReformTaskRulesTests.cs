using MotCua.Domain.EventLog;
using MotCua.Domain.Reform;
using NodaTime;

namespace MotCua.Domain.Tests.Reform;

public sealed class ReformTaskRulesTests
{
    private static readonly LocalDate Due = new(2025, 12, 15);

    [Fact]
    public void Assign_ProvinceUnitLead_RecordsTheUnitAndCoordinators()
    {
        var decision = ReformTaskRules.Assign(null, null, 0, ReformTaskHarness.Assignment("Sở Tư pháp", TaskDeadline.On(Due), "Sở Tài chính", "Bộ Nội vụ"));
        var assigned = Assert.IsType<TaskAssigned>(Assert.Single(decision.Events).Event);
        Assert.Equal(new AgencyRecord("Sở Tư pháp", "92.STP"), assigned.Lead);
        Assert.Equal([new AgencyRecord("Sở Tài chính", "92.STC"), new AgencyRecord("Bộ Nội vụ", null)], assigned.Coordinators);
    }

    [Fact]
    public void Assign_AgencyOutsideTheProvince_IsANamedLeadWithoutUnit()
    {
        var decision = ReformTaskRules.Assign(null, null, 0, ReformTaskHarness.Assignment("Bộ Nội vụ", TaskDeadline.None));
        var assigned = Assert.IsType<TaskAssigned>(Assert.Single(decision.Events).Event);
        Assert.Equal(new AgencyRecord("Bộ Nội vụ", null), assigned.Lead);
    }

    [Fact]
    public void Assign_GroupLead_IsRefusedInVietnamese()
    {
        var decision = ReformTaskRules.Assign(null, null, 0, ReformTaskHarness.Assignment("các sở, ban, ngành tỉnh", TaskDeadline.None));
        Assert.False(decision.Accepted);
        Assert.Contains("nhóm cơ quan", decision.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Assign_FormerNameLead_IsRefusedNamingTheSuccessor()
    {
        var decision = ReformTaskRules.Assign(null, null, 0, ReformTaskHarness.Assignment("Sở Thông tin và Truyền thông", TaskDeadline.None));
        Assert.False(decision.Accepted);
        Assert.Contains("nay là Sở Khoa học và Công nghệ", decision.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Assign_FormerNameCoordinator_BecomesItsSuccessorUnit()
    {
        var decision = ReformTaskRules.Assign(null, null, 0, ReformTaskHarness.Assignment("Sở Tư pháp", TaskDeadline.None, "Sở Kế hoạch và Đầu tư"));
        var assigned = Assert.IsType<TaskAssigned>(Assert.Single(decision.Events).Event);
        Assert.Equal(new AgencyRecord("Sở Tài chính", "92.STC"), Assert.Single(assigned.Coordinators));
    }

    [Fact]
    public void Assign_UnknownIndicator_IsRefused()
    {
        var assignment = ReformTaskHarness.Assignment("Sở Tư pháp", TaskDeadline.None) with { Target = new TaskTarget(IndicatorFamily.Index766, "9.9") };
        Assert.False(ReformTaskRules.Assign(null, null, 0, assignment).Accepted);
    }

    [Fact]
    public void Assign_InconsistentDeadline_IsRefused()
    {
        var assignment = ReformTaskHarness.Assignment("Sở Tư pháp", new TaskDeadline(TaskDeadlineKind.Recurring, Due));
        Assert.Equal("Thời hạn không hợp lệ.", ReformTaskRules.Assign(null, null, 0, assignment).Error);
    }

    [Fact]
    public void DeadlineOf_EveryForm_GivesTheRightKindAndDay()
    {
        var today = new LocalDate(2025, 12, 1);
        Assert.Equal(TaskDeadline.WithinMonth(2025, 12), ReformTaskRules.DeadlineOf(new LocalDate(2025, 12, 31), null, withinMonth: true, today));
        Assert.Equal(TaskDeadline.On(new LocalDate(2025, 12, 31)), ReformTaskRules.DeadlineOf(new LocalDate(2025, 12, 31), null, withinMonth: false, today));
        // The officer moved a "within the month" date to mid-month: it is a plain date now.
        Assert.Equal(TaskDeadline.On(Due), ReformTaskRules.DeadlineOf(Due, null, withinMonth: true, today));
        var monthly = new TaskRecurrence(RecurrencePeriod.Monthly, 25);
        Assert.Equal(TaskDeadline.Every(monthly, new LocalDate(2025, 12, 25)), ReformTaskRules.DeadlineOf(null, monthly, false, today));
        Assert.Equal(TaskDeadline.None, ReformTaskRules.DeadlineOf(null, null, false, today));
    }

    [Fact]
    public void ReportProgress_FirstReport_MovesToInProgress()
    {
        var h = ReformTaskHarness.Assigned(TaskDeadline.On(Due));
        h.Report(40);
        Assert.Equal((ReformTaskState.InProgress, 40, "Đã làm"), (h.Task.State, h.Task.Percent, h.Task.LastReport));
    }

    [Theory]
    [InlineData(-1, false, "Tiến độ phải từ 0 đến 100%.")]
    [InlineData(101, false, "Tiến độ phải từ 0 đến 100%.")]
    [InlineData(100, false, "đề nghị nghiệm thu")]
    public void ReportProgress_BadPercent_IsRefused(int percent, bool done, string message)
    {
        var h = ReformTaskHarness.Assigned(TaskDeadline.On(Due));
        var decision = ReformTaskRules.ReportProgress(h.Task, percent, "x", [], done);
        Assert.Contains(message, decision.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportProgress_WithoutText_IsRefused()
    {
        var h = ReformTaskHarness.Assigned(TaskDeadline.On(Due));
        Assert.Contains("Nhập nội dung báo cáo", ReformTaskRules.ReportProgress(h.Task, 10, " \n ", [], false).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportProgress_Done_SetsHundredAndWaitsForTheOffice()
    {
        var h = ReformTaskHarness.Assigned(TaskDeadline.On(Due));
        h.Report(60);
        h.Report(30, done: true);
        Assert.Equal((ReformTaskState.ReportedDone, 100, new LocalDate(2025, 12, 1)), (h.Task.State, h.Task.Percent, h.Task.ReportedDoneOn));
        Assert.Contains("đang chờ Văn phòng", ReformTaskRules.ReportProgress(h.Task, 50, "x", [], false).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Accept_ReportedByTheDeadline_IsOnTimeAndCloses()
    {
        var h = ReformTaskHarness.Assigned(TaskDeadline.On(Due));
        h.AdvanceTo(Due);
        h.Report(100, done: true);
        h.AdvanceTo(Due.PlusDays(3));
        h.Must(ReformTaskRules.Accept(h.Task));
        Assert.Equal(ReformTaskState.Accepted, h.Task.State);
        var completion = Assert.Single(h.Task.Completions);
        Assert.True(completion.OnTime);
        Assert.Equal((Due, Due, Due.PlusDays(3)), (completion.DueOn, completion.ReportedOn, completion.AcceptedOn));
        Assert.False(h.Task.IsOverdueOn(Due.PlusDays(10)));
    }

    [Fact]
    public void Accept_ReportedAfterTheDeadline_IsLate()
    {
        var h = ReformTaskHarness.Assigned(TaskDeadline.On(Due));
        h.AdvanceTo(Due.PlusDays(1));
        Assert.True(h.Task.IsOverdueOn(h.Today));
        h.Report(100, done: true);
        Assert.True(h.Task.IsOverdueOn(h.Today));
        h.Must(ReformTaskRules.Accept(h.Task));
        Assert.False(Assert.Single(h.Task.Completions).OnTime);
    }

    [Fact]
    public void IsOverdueOn_ReportedDoneInTimeWaitingForTheOffice_IsNotOverdue()
    {
        var h = ReformTaskHarness.Assigned(TaskDeadline.On(Due));
        h.AdvanceTo(Due.PlusDays(-1));
        h.Report(100, done: true);
        Assert.False(h.Task.IsOverdueOn(Due.PlusDays(5)));
    }

    [Fact]
    public void Accept_RecurringTask_GoesOnWithTheNextOccurrence()
    {
        var monthly = new TaskRecurrence(RecurrencePeriod.Monthly, 25);
        var h = ReformTaskHarness.Assigned(TaskDeadline.Every(monthly, new LocalDate(2025, 12, 25)));
        h.AdvanceTo(new LocalDate(2025, 12, 20));
        h.Report(100, done: true);
        h.Must(ReformTaskRules.Accept(h.Task));
        Assert.Equal((ReformTaskState.InProgress, 0, new LocalDate(2026, 1, 25)), (h.Task.State, h.Task.Percent, h.Task.DueOn));
        Assert.True(Assert.Single(h.Task.Completions).OnTime);
        Assert.Null(h.Task.ClosedAt);
    }

    [Fact]
    public void Accept_NotReportedDone_IsRefused()
    {
        var h = ReformTaskHarness.Assigned(TaskDeadline.On(Due));
        h.Report(50);
        Assert.Contains("đã báo cáo hoàn thành", ReformTaskRules.Accept(h.Task).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SendBack_RestoresTheProgressBeforeAndNeedsAReason()
    {
        var h = ReformTaskHarness.Assigned(TaskDeadline.On(Due));
        h.Report(70);
        h.Report(100, done: true);
        Assert.Equal("Nhập lý do trả lại.", ReformTaskRules.SendBack(h.Task, "  ").Error);
        h.Must(ReformTaskRules.SendBack(h.Task, "Thiếu biên bản"));
        Assert.Equal((ReformTaskState.InProgress, 70, (LocalDate?)null), (h.Task.State, h.Task.Percent, h.Task.ReportedDoneOn));
        Assert.Equal("Thiếu biên bản", h.Events[^1].Reason);
    }

    [Fact]
    public void Cancel_OpenTask_IsTerminal()
    {
        var h = ReformTaskHarness.Assigned(TaskDeadline.On(Due));
        Assert.Equal("Nhập lý do hủy.", ReformTaskRules.Cancel(h.Task, null).Error);
        h.Must(ReformTaskRules.Cancel(h.Task, "Văn bản bị thay thế"));
        Assert.Equal(ReformTaskState.Cancelled, h.Task.State);
        Assert.Equal("Nhiệm vụ đã bị hủy.", ReformTaskRules.Cancel(h.Task, "lần nữa").Error);
        Assert.Equal("Nhiệm vụ đã bị hủy.", ReformTaskRules.ReportProgress(h.Task, 10, "x", [], false).Error);
        Assert.False(h.Task.IsOverdueOn(Due.PlusDays(30)));
    }

    [Fact]
    public void Accepted_Task_RefusesEveryCommand()
    {
        var h = ReformTaskHarness.Assigned(TaskDeadline.On(Due));
        h.Report(100, done: true);
        h.Must(ReformTaskRules.Accept(h.Task));
        Assert.Equal("Nhiệm vụ đã được nghiệm thu.", ReformTaskRules.Cancel(h.Task, "x").Error);
        Assert.Equal("Nhiệm vụ đã được nghiệm thu.", ReformTaskRules.SendBack(h.Task, "x").Error);
        Assert.Equal("Nhiệm vụ đã được nghiệm thu.", ReformTaskRules.Accept(h.Task).Error);
    }

    [Fact]
    public void Refold_WholeHistory_GivesTheSameStateAndAnIntactChain()
    {
        var h = ReformTaskHarness.Assigned(TaskDeadline.Every(new TaskRecurrence(RecurrencePeriod.Quarterly), new LocalDate(2025, 12, 31)));
        h.Report(30);
        h.Must(ReformDecision.Accept(new ReminderSent(ReminderKind.BeforeDeadline, new LocalDate(2025, 12, 31), 7, 6, 1)));
        h.Report(100, done: true);
        h.Must(ReformTaskRules.SendBack(h.Task, "Bổ sung số liệu"));
        h.Report(100, done: true);
        h.Must(ReformTaskRules.Accept(h.Task));
        var refolded = h.Refold();
        Assert.Equivalent(h.Task, refolded, strict: true);
        Assert.Equal(new LocalDate(2026, 3, 31), refolded.DueOn);
        Assert.Null(EventChain.Verify(StreamKind.ReformTask, h.Task.Id, h.Events, (h.Task.LastSequence, h.Task.LastHash)));
    }
}
