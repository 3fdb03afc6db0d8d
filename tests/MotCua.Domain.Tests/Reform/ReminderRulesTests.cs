using MotCua.Domain.Calendar;
using MotCua.Domain.Reform;
using MotCua.Domain.Tests.Calendar;
using NodaTime;

namespace MotCua.Domain.Tests.Reform;

public sealed class ReminderRulesTests
{
    /// <summary>The official 2025–2026 schedule (Tết 2026: 14–22/2 off).</summary>
    private static readonly WorkingCalendar Official = ShippedSchedules.Calendar;

    /// <summary>Friday 19/12/2025.</summary>
    private static readonly LocalDate Due = new(2025, 12, 19);

    /// <summary>Runs the rules every day from <paramref name="from"/> to <paramref name="to"/>, applying what they send.</summary>
    private static List<(LocalDate Day, DueReminder Reminder)> RunDaily(ReformTaskHarness h, LocalDate from, LocalDate to, ReminderSchedule? schedule = null)
    {
        var sent = new List<(LocalDate, DueReminder)>();
        for (var day = from; day <= to; day = day.PlusDays(1))
        {
            h.AdvanceTo(day);
            // Twice a day, as a job running every hour would: the second run must send nothing new.
            for (var run = 0; run < 2; run++)
            {
                if (ReminderRules.Due(h.Task, day, Official, schedule ?? ReminderSchedule.Default) is { } due)
                {
                    h.Must(ReformDecision.Accept(new ReminderSent(due.Kind, due.DueOn, due.Threshold, due.WorkingDays, 1)));
                    sent.Add((day, due));
                }
            }
        }

        return sent;
    }

    [Fact]
    public void Due_DailyRuns_SendSevenThreeAndOneWorkingDaysBeforeThenOverdueThenEscalation()
    {
        var h = ReformTaskHarness.Assigned(TaskDeadline.On(Due));
        var sent = RunDaily(h, new LocalDate(2025, 12, 1), new LocalDate(2026, 1, 2));
        Assert.Equal(
        [
            (new LocalDate(2025, 12, 10), ReminderKind.BeforeDeadline, (int?)7, 7),  // Wed: Thu, Fri, Mon–Fri left
            (new LocalDate(2025, 12, 16), ReminderKind.BeforeDeadline, 3, 3),        // Tue: Wed, Thu, Fri
            (new LocalDate(2025, 12, 18), ReminderKind.BeforeDeadline, 1, 1),        // Thu: Fri
            (new LocalDate(2025, 12, 22), ReminderKind.Overdue, null, 1),            // Mon after the deadline
            (new LocalDate(2025, 12, 26), ReminderKind.Escalated, null, 5),          // five working days late
        ],
            sent.Select(s => (s.Day, s.Reminder.Kind, s.Reminder.Threshold, s.Reminder.WorkingDays)));
    }

    [Fact]
    public void Due_OverTet_CountsWorkingDaysNotCalendarDays()
    {
        // Due Friday 27/2/2026; Tết 16–20/2/2026 and the weekends around it are not working days.
        var due = new LocalDate(2026, 2, 27);
        var h = ReformTaskHarness.Assigned(TaskDeadline.On(due));
        var sent = RunDaily(h, new LocalDate(2026, 2, 2), due);
        Assert.Equal(
        [
            (new LocalDate(2026, 2, 11), 7, 7), // 16 calendar days before: 12, 13 and 23–27/2 are the 7 working days left
            (new LocalDate(2026, 2, 24), 3, 3),
            (new LocalDate(2026, 2, 26), 1, 1),
        ],
            sent.Select(s => (s.Day, s.Reminder.Threshold!.Value, s.Reminder.WorkingDays)));
    }

    [Fact]
    public void Due_JobDidNotRunForDays_SendsOnlyTheStepThatAppliesNow()
    {
        var h = ReformTaskHarness.Assigned(TaskDeadline.On(Due));
        h.AdvanceTo(new LocalDate(2025, 12, 17));
        var due = ReminderRules.Due(h.Task, h.Today, Official, ReminderSchedule.Default);
        Assert.Equal((ReminderKind.BeforeDeadline, (int?)3, 2), (due!.Kind, due.Threshold, due.WorkingDays));
    }

    [Fact]
    public void Due_OnADayOff_SendsNothing()
    {
        var h = ReformTaskHarness.Assigned(TaskDeadline.On(Due));
        Assert.Null(ReminderRules.Due(h.Task, new LocalDate(2025, 12, 20), Official, ReminderSchedule.Default)); // Saturday, overdue
        Assert.NotNull(ReminderRules.Due(h.Task, new LocalDate(2025, 12, 22), Official, ReminderSchedule.Default));
    }

    [Fact]
    public void Due_ReportedDoneOrWithoutDeadlineOrClosed_IsNotChased()
    {
        var done = ReformTaskHarness.Assigned(TaskDeadline.On(Due));
        done.Report(100, done: true);
        Assert.Null(ReminderRules.Due(done.Task, new LocalDate(2025, 12, 22), Official, ReminderSchedule.Default));

        var none = ReformTaskHarness.Assigned(TaskDeadline.None);
        Assert.Null(ReminderRules.Due(none.Task, new LocalDate(2025, 12, 22), Official, ReminderSchedule.Default));

        var cancelled = ReformTaskHarness.Assigned(TaskDeadline.On(Due));
        cancelled.Must(ReformTaskRules.Cancel(cancelled.Task, "Không còn phù hợp"));
        Assert.Null(ReminderRules.Due(cancelled.Task, new LocalDate(2025, 12, 22), Official, ReminderSchedule.Default));
    }

    [Fact]
    public void Due_RecurringTaskAfterAcceptance_StartsAgainForTheNextOccurrence()
    {
        var monthly = new TaskRecurrence(RecurrencePeriod.Monthly, 19);
        var h = ReformTaskHarness.Assigned(TaskDeadline.Every(monthly, Due));
        RunDaily(h, new LocalDate(2025, 12, 15), new LocalDate(2025, 12, 18));
        Assert.Equal(1, h.Task.ReminderThreshold);
        h.Report(100, done: true);
        h.Must(ReformTaskRules.Accept(h.Task));
        var sent = RunDaily(h, new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 19));
        Assert.Equal([7, 3, 1], sent.Select(s => s.Reminder.Threshold!.Value));
        Assert.All(sent, s => Assert.Equal(new LocalDate(2026, 1, 19), s.Reminder.DueOn));
    }

    [Fact]
    public void Due_ConfiguredSteps_AreUsed()
    {
        var h = ReformTaskHarness.Assigned(TaskDeadline.On(Due));
        var sent = RunDaily(h, new LocalDate(2025, 12, 1), Due, new ReminderSchedule([2, 0, 2, -1], 5));
        Assert.Equal([(new LocalDate(2025, 12, 17), 2)], sent.Select(s => (s.Day, s.Reminder.Threshold!.Value)));
    }

    [Fact]
    public void WorkingDaysAfter_CountsDaysAfterTheStartUpToTheEnd()
    {
        Assert.Equal(5, ReminderRules.WorkingDaysAfter(new LocalDate(2025, 12, 12), Due, Official));
        Assert.Equal(0, ReminderRules.WorkingDaysAfter(Due, Due, Official));
        Assert.Equal(0, ReminderRules.WorkingDaysAfter(Due, new LocalDate(2025, 12, 1), Official));
        Assert.Equal(2, ReminderRules.WorkingDaysAfter(new LocalDate(2025, 12, 1), Due, Official, upTo: 2));
    }
}
