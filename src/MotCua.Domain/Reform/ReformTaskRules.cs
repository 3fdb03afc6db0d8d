using System.Text;
using MotCua.Domain.Dossiers;
using NodaTime;

namespace MotCua.Domain.Reform;

/// <summary>What a command decided: the events to append (each with its reason), or why it was refused.</summary>
public sealed record ReformDecision(IReadOnlyList<(IReformTaskEvent Event, string? Reason)> Events, string? Error)
{
    public bool Accepted => Error is null;

    public static ReformDecision Refuse(string error) => new([], error);

    public static ReformDecision Accept(IReformTaskEvent e, string? reason = null) => new([(e, reason)], null);
}

/// <summary>A reviewed task with the rest of what assigning it needs.</summary>
public sealed record TaskAssignment(ReviewedTask Task, TaskDeadline Deadline, TaskTarget Target, TaskPriority Priority);

/// <summary>
/// The life of a reform task: assigned → in progress → reported done → accepted by the Office (or sent back to
/// in progress); cancelled by the Office while open. A recurring task goes on after each accepted occurrence with
/// its next deadline. Every command checks the state and returns the events it causes, or a refusal in
/// Vietnamese; who may give which command is checked by the caller (the lead agency reports, the Office decides).
/// One lead agency per task: provinces' reform programmes state "một nhiệm vụ chỉ giao một cơ quan chủ trì và
/// chịu trách nhiệm chính" (e.g. Hậu Giang's 2021–2025 programme, Part Two, III.2).
/// </summary>
public static class ReformTaskRules
{
    public const int MaxTextLength = ReformTaskDraftRules.MaxTextLength;
    public const int MaxReportLength = 4000;
    public const int MaxReasonLength = 2000;
    public const int MaxFiles = 10;

    /// <summary>
    /// The deadline of a reviewed draft: a recurrence with its first occurrence (the stated day, else the next
    /// one from <paramref name="today"/>); a day, read as "within the month" when the directive said so and the
    /// day is still the month's last; or none.
    /// </summary>
    public static TaskDeadline DeadlineOf(LocalDate? date, TaskRecurrence? recurrence, bool withinMonth, LocalDate today)
    {
        if (recurrence is { } r)
        {
            return TaskDeadline.Every(r, date ?? r.NextOnOrAfter(today));
        }

        if (date is { } d)
        {
            return withinMonth && TaskDeadline.IsMonthEnd(d) ? TaskDeadline.WithinMonth(d.Year, d.Month) : TaskDeadline.On(d);
        }

        return TaskDeadline.None;
    }

    /// <summary>Assigns a reviewed task. A group of agencies cannot lead (one task, one lead), nor can an agency
    /// under a former name (the successor must be named, so that reminders reach someone).</summary>
    public static ReformDecision Assign(Guid? directiveId, string? directiveNumber, int number, TaskAssignment assignment)
    {
        var task = assignment.Task;
        var lead = task.Lead;
        switch (lead.Status)
        {
            case AgencyStatus.Group:
                return ReformDecision.Refuse($"\"{lead.Name}\" là một nhóm cơ quan; mỗi nhiệm vụ chỉ giao một cơ quan chủ trì — tách thành nhiệm vụ cho từng cơ quan.");
            case AgencyStatus.Former:
                return ReformDecision.Refuse($"\"{lead.Name}\" là tên cơ quan cũ; nay là {lead.SuccessorName}. Sửa tên cơ quan chủ trì.");
            default:
                break;
        }

        if (string.IsNullOrWhiteSpace(task.Text) || task.Text.Length > MaxTextLength)
        {
            return ReformDecision.Refuse($"Nội dung nhiệm vụ phải có và không dài quá {MaxTextLength} ký tự.");
        }

        if (!IndicatorCatalog.IsValid(assignment.Target))
        {
            return ReformDecision.Refuse("Chỉ số mục tiêu không có trong danh mục.");
        }

        if (!Enum.IsDefined(assignment.Priority))
        {
            return ReformDecision.Refuse("Mức độ ưu tiên không hợp lệ.");
        }

        var deadline = assignment.Deadline;
        var consistent = deadline.Kind switch
        {
            TaskDeadlineKind.None => deadline.Date is null && deadline.Recurrence is null,
            TaskDeadlineKind.Date or TaskDeadlineKind.WithinMonth => deadline.Date is not null && deadline.Recurrence is null,
            TaskDeadlineKind.Recurring => deadline.Date is not null && deadline.Recurrence is not null,
            _ => false,
        };
        if (!consistent || deadline.Date is { Year: < 2000 or > 2100 })
        {
            return ReformDecision.Refuse("Thời hạn không hợp lệ.");
        }

        var leadRecord = new AgencyRecord(lead.Name, lead.Status == AgencyStatus.ProvinceUnit ? lead.UnitCode : null);
        var coordinators = new List<AgencyRecord>();
        foreach (var c in task.Coordinators)
        {
            // A coordinator under a former name is the agency that holds its work now, when that is a unit.
            var record = c.Status switch
            {
                AgencyStatus.ProvinceUnit => new AgencyRecord(c.Name, c.UnitCode),
                AgencyStatus.Former when c.SuccessorUnitCode is not null => new AgencyRecord(c.SuccessorName!, c.SuccessorUnitCode),
                _ => new AgencyRecord(c.Name, null),
            };
            if (Same(record, leadRecord) || coordinators.Any(x => Same(x, record)))
            {
                continue;
            }

            coordinators.Add(record);
        }

        return ReformDecision.Accept(new TaskAssigned(directiveId, directiveNumber, number, task.Text, leadRecord, coordinators,
            deadline, assignment.Target, assignment.Priority));
    }

    /// <summary>The lead agency reports progress. <paramref name="done"/> asks the Office to accept the result
    /// (progress becomes 100%); 100% without it is refused, so that "done" is always a deliberate statement.</summary>
    public static ReformDecision ReportProgress(ReformTask task, int percent, string? text, IReadOnlyList<FileRecord> files, bool done)
    {
        if (ClosedReason(task) is { } closed)
        {
            return ReformDecision.Refuse(closed);
        }

        if (task.State == ReformTaskState.ReportedDone)
        {
            return ReformDecision.Refuse("Nhiệm vụ đã được báo cáo hoàn thành và đang chờ Văn phòng xem xét; chờ kết quả rồi báo cáo tiếp.");
        }

        if (percent is < 0 or > 100)
        {
            return ReformDecision.Refuse("Tiến độ phải từ 0 đến 100%.");
        }

        if (!done && percent == 100)
        {
            return ReformDecision.Refuse("Tiến độ 100%: chọn \"Đã hoàn thành, đề nghị nghiệm thu\" để báo cáo hoàn thành.");
        }

        var report = NormalizeMultiline(text);
        if (string.IsNullOrEmpty(report))
        {
            return ReformDecision.Refuse("Nhập nội dung báo cáo: đã làm gì, kết quả ra sao.");
        }

        if (report.Length > MaxReportLength)
        {
            return ReformDecision.Refuse($"Nội dung báo cáo dài quá {MaxReportLength} ký tự.");
        }

        if (files.Count > MaxFiles)
        {
            return ReformDecision.Refuse($"Nhiều nhất {MaxFiles} tệp minh chứng cho một báo cáo.");
        }

        return ReformDecision.Accept(new ProgressReported(done ? 100 : percent, report, files, done));
    }

    /// <summary>The Office accepts a result reported done. It was on time when reported by the deadline.</summary>
    public static ReformDecision Accept(ReformTask task)
    {
        if (ClosedReason(task) is { } closed)
        {
            return ReformDecision.Refuse(closed);
        }

        if (task.State != ReformTaskState.ReportedDone || task.ReportedDoneOn is not { } reported)
        {
            return ReformDecision.Refuse("Chỉ nghiệm thu được nhiệm vụ mà cơ quan chủ trì đã báo cáo hoàn thành.");
        }

        var onTime = task.DueOn is not { } due || reported <= due;
        return ReformDecision.Accept(new ReportAccepted(task.DueOn, reported, onTime, task.Deadline.Following()));
    }

    /// <summary>The Office sends a reported result back, with the reason; progress returns to what it was before.</summary>
    public static ReformDecision SendBack(ReformTask task, string? reason)
    {
        if (ClosedReason(task) is { } closed)
        {
            return ReformDecision.Refuse(closed);
        }

        if (task.State != ReformTaskState.ReportedDone)
        {
            return ReformDecision.Refuse("Chỉ trả lại được nhiệm vụ mà cơ quan chủ trì đã báo cáo hoàn thành.");
        }

        return RequireReason(reason, "trả lại", out var why) is { } problem
            ? ReformDecision.Refuse(problem)
            : ReformDecision.Accept(new ReportSentBack(task.PercentBeforeDone), why);
    }

    /// <summary>The Office cancels an open task, with the reason.</summary>
    public static ReformDecision Cancel(ReformTask task, string? reason)
    {
        if (ClosedReason(task) is { } closed)
        {
            return ReformDecision.Refuse(closed);
        }

        return RequireReason(reason, "hủy", out var why) is { } problem
            ? ReformDecision.Refuse(problem)
            : ReformDecision.Accept(new TaskCancelled(), why);
    }

    /// <summary>Text that keeps its lines: NFC, <c>\n</c> line ends, trailing spaces and surrounding blank lines
    /// removed; null when nothing is left.</summary>
    public static string? NormalizeMultiline(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var nfc = value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);
        var lines = nfc.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd());
        var joined = string.Join('\n', lines).Trim();
        return joined.Length == 0 ? null : joined;
    }

    private static string? ClosedReason(ReformTask task) => task.State switch
    {
        ReformTaskState.Accepted => "Nhiệm vụ đã được nghiệm thu.",
        ReformTaskState.Cancelled => "Nhiệm vụ đã bị hủy.",
        _ => null,
    };

    private static string? RequireReason(string? reason, string action, out string? normalized)
    {
        normalized = NormalizeMultiline(reason);
        if (string.IsNullOrEmpty(normalized))
        {
            return $"Nhập lý do {action}.";
        }

        return normalized.Length > MaxReasonLength ? $"Lý do dài quá {MaxReasonLength} ký tự." : null;
    }

    private static bool Same(AgencyRecord a, AgencyRecord b) =>
        (a.UnitCode is not null && string.Equals(a.UnitCode, b.UnitCode, StringComparison.Ordinal))
        || (a.UnitCode is null && b.UnitCode is null
            && string.Equals(Text.VietnameseText.SearchKey(a.Name), Text.VietnameseText.SearchKey(b.Name), StringComparison.Ordinal));
}
