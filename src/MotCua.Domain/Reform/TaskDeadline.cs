using System.Globalization;
using NodaTime;

namespace MotCua.Domain.Reform;

/// <summary>How a task's deadline is stated.</summary>
public enum TaskDeadlineKind
{
    /// <summary>No deadline ("thường xuyên", or none stated).</summary>
    None = 0,

    /// <summary>A day: "trước ngày 10/11/2024", "chậm nhất ngày 15/12/2024".</summary>
    Date = 1,

    /// <summary>"trong tháng 12/2024": due on the month's last day.</summary>
    WithinMonth = 2,

    /// <summary>"hằng tháng", "hằng quý", "hằng năm": due at each occurrence; <see cref="TaskDeadline.Date"/> is the next one.</summary>
    Recurring = 3,
}

/// <summary>
/// A task's deadline: a day, a month, a recurrence with its next occurrence, or none. <see cref="Date"/> is the
/// day the task (or its current occurrence) falls due — the last day of the month for <see cref="TaskDeadlineKind.WithinMonth"/>.
/// </summary>
public sealed record TaskDeadline(TaskDeadlineKind Kind, LocalDate? Date = null, TaskRecurrence? Recurrence = null)
{
    public static readonly TaskDeadline None = new(TaskDeadlineKind.None);

    public static TaskDeadline On(LocalDate date) => new(TaskDeadlineKind.Date, date);

    public static TaskDeadline WithinMonth(int year, int month)
    {
        var first = new LocalDate(year, month, 1);
        return new(TaskDeadlineKind.WithinMonth, first.PlusMonths(1).PlusDays(-1));
    }

    /// <summary>A recurring deadline whose current occurrence falls due on <paramref name="next"/>.</summary>
    public static TaskDeadline Every(TaskRecurrence recurrence, LocalDate next) => new(TaskDeadlineKind.Recurring, next, recurrence);

    /// <summary>True when the day is the last of its month (a "within month" deadline can be meant).</summary>
    public static bool IsMonthEnd(LocalDate date) => date.PlusDays(1).Month != date.Month;

    /// <summary>The deadline after the current occurrence is done: the recurrence's next due day after
    /// <see cref="Date"/>; null for a one-off deadline.</summary>
    public TaskDeadline? Following() =>
        Kind == TaskDeadlineKind.Recurring && Recurrence is { } r && Date is { } current
            ? Every(r, r.NextOnOrAfter(current.PlusDays(1)))
            : null;

    /// <summary>In Vietnamese: "Trước ngày 15/12/2024", "Trong tháng 12/2024", "Hằng tháng (kỳ tới 25/12/2025)", "Không có thời hạn".</summary>
    public string Describe()
    {
        var culture = CultureInfo.InvariantCulture;
        return Kind switch
        {
            TaskDeadlineKind.Date when Date is { } d => "Hạn " + d.ToString("dd/MM/yyyy", culture),
            TaskDeadlineKind.WithinMonth when Date is { } d => "Trong tháng " + d.ToString("MM/yyyy", culture),
            TaskDeadlineKind.Recurring when Recurrence is { } r => $"{PeriodName(r.Period)}{(Date is { } next ? " (kỳ tới " + next.ToString("dd/MM/yyyy", culture) + ")" : string.Empty)}",
            _ => "Không có thời hạn",
        };
    }

    /// <summary>"Hằng tháng", "Hằng quý", "Hằng năm".</summary>
    public static string PeriodName(RecurrencePeriod period) => period switch
    {
        RecurrencePeriod.Monthly => "Hằng tháng",
        RecurrencePeriod.Quarterly => "Hằng quý",
        RecurrencePeriod.Yearly => "Hằng năm",
        _ => period.ToString(),
    };
}

/// <summary>How urgent the Office considers a task.</summary>
public enum TaskPriority
{
    /// <summary>Bình thường.</summary>
    Normal = 1,

    /// <summary>Quan trọng.</summary>
    High = 2,

    /// <summary>Khẩn.</summary>
    Urgent = 3,
}

/// <summary>
/// Where a task stands. Overdue is not a stored state but a fact about an open task on a day
/// (<see cref="ReformTask.IsOverdueOn"/>): the deadline passes whatever anyone does, so no event is needed for
/// it to become true; the reminder job records when it told people (ADR 0050).
/// </summary>
public enum ReformTaskState
{
    /// <summary>Giao: saved, the lead agency has not reported yet.</summary>
    Assigned = 1,

    /// <summary>Đang thực hiện: the lead agency reported progress.</summary>
    InProgress = 2,

    /// <summary>Đã báo cáo hoàn thành: waiting for the Office to accept or send it back.</summary>
    ReportedDone = 3,

    /// <summary>Đã nghiệm thu: the Office accepted the result (terminal for a one-off task).</summary>
    Accepted = 4,

    /// <summary>Đã hủy: withdrawn by the Office, with a reason (terminal).</summary>
    Cancelled = 5,
}
