using MotCua.Domain.Calendar;
using NodaTime;

namespace MotCua.Domain.Reform;

/// <summary>When the chasing job writes to people.</summary>
/// <param name="DaysBefore">Reminders this many working days before a deadline (default 7, 3, 1).</param>
/// <param name="EscalateAfter">Working days past the deadline after which province leaders are told (default 5).</param>
public sealed record ReminderSchedule(IReadOnlyList<int> DaysBefore, int EscalateAfter)
{
    public static readonly ReminderSchedule Default = new([7, 3, 1], 5);

    /// <summary>The steps, distinct, positive, largest first.</summary>
    public IReadOnlyList<int> Steps { get; } = [.. DaysBefore.Where(d => d > 0).Distinct().OrderDescending()];
}

/// <summary>A reminder the job should send now.</summary>
/// <param name="Kind">Before the deadline, overdue, or escalated.</param>
/// <param name="DueOn">The deadline it is about.</param>
/// <param name="Threshold">For <see cref="ReminderKind.BeforeDeadline"/>, the step it answers (7, 3, 1).</param>
/// <param name="WorkingDays">Working days left (before) or past (overdue, escalated).</param>
public sealed record DueReminder(ReminderKind Kind, LocalDate DueOn, int? Threshold, int WorkingDays);

/// <summary>
/// Which reminder a task is owed today. Only on working days (nobody is written to on a day off). Before the
/// deadline: the smallest step that the working days left have reached, once per step — a job that did not run
/// for some days sends only the step that applies now, not the ones it missed. After the deadline: "overdue"
/// once; after <see cref="ReminderSchedule.EscalateAfter"/> working days, "escalated" once (which also counts as
/// the overdue notice). Each is once per occurrence: a recurring task starts again with its next deadline. A
/// task the lead agency reported done is not chased (the Office has to decide), nor is one without a deadline.
/// </summary>
public static class ReminderRules
{
    /// <summary>The reminder owed on <paramref name="today"/>, or null.</summary>
    public static DueReminder? Due(ReformTask task, LocalDate today, WorkingCalendar calendar, ReminderSchedule schedule)
    {
        if (task.State is not (ReformTaskState.Assigned or ReformTaskState.InProgress) || task.DueOn is not { } due
            || !calendar.IsWorkingDay(today))
        {
            return null;
        }

        var same = task.RemindedFor == due;
        if (today > due)
        {
            if (same && task.Escalated)
            {
                return null;
            }

            var late = WorkingDaysAfter(due, today, calendar);
            if (late >= schedule.EscalateAfter)
            {
                return new DueReminder(ReminderKind.Escalated, due, null, late);
            }

            return same && task.OverdueNotified ? null : new DueReminder(ReminderKind.Overdue, due, null, late);
        }

        var left = WorkingDaysAfter(today, due, calendar, schedule.Steps.Count == 0 ? 0 : schedule.Steps[0] + 1);
        int? step = null;
        foreach (var s in schedule.Steps)
        {
            if (s >= left)
            {
                step = s;
            }
        }

        if (step is not { } threshold || (same && task.ReminderThreshold is { } sent && sent <= threshold))
        {
            return null;
        }

        return new DueReminder(ReminderKind.BeforeDeadline, due, threshold, left);
    }

    /// <summary>Working days d with <paramref name="from"/> &lt; d ≤ <paramref name="to"/> (0 when to ≤ from),
    /// counting no further than <paramref name="upTo"/> when given (callers only compare with a small number).</summary>
    public static int WorkingDaysAfter(LocalDate from, LocalDate to, WorkingCalendar calendar, int? upTo = null)
    {
        var count = 0;
        for (var d = from.PlusDays(1); d <= to && (upTo is not { } cap || count < cap); d = d.PlusDays(1))
        {
            if (calendar.IsWorkingDay(d))
            {
                count++;
            }
        }

        return count;
    }
}
