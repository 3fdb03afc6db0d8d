using MotCua.Domain.EventLog;
using MotCua.Domain.Text;
using NodaTime;

namespace MotCua.Domain.Reform;

/// <summary>
/// The current state of a reform task: a projection of its events, never edited directly. <see cref="Apply"/>
/// folds one event in; folding the whole stream into a new instance gives the stored row (tested).
/// </summary>
public sealed class ReformTask
{
    public Guid Id { get; set; }

    public Guid? DirectiveId { get; set; }

    public string? DirectiveNumber { get; set; }

    /// <summary>Position in the directive (1, 2 …); 0 without a directive.</summary>
    public int Number { get; set; }

    public string Text { get; set; } = string.Empty;

    /// <summary>Accent-insensitive search key of <see cref="Text"/>.</summary>
    public string TextKey { get; set; } = string.Empty;

    public string LeadName { get; set; } = string.Empty;

    /// <summary>The lead's unit code; null for an agency outside the province's units.</summary>
    public string? LeadUnitCode { get; set; }

    /// <summary>The unit code, or the search key of the name for an outside agency: what dashboards group by.</summary>
    public string LeadKey { get; set; } = string.Empty;

    public List<ReformTaskCoordinator> Coordinators { get; set; } = [];

    public List<ReformTaskCompletion> Completions { get; set; } = [];

    public TaskDeadlineKind DeadlineKind { get; set; }

    /// <summary>When the task (or its current occurrence) falls due.</summary>
    public LocalDate? DueOn { get; set; }

    public RecurrencePeriod? RecurrencePeriod { get; set; }

    public int? RecurrenceDay { get; set; }

    public int? RecurrenceMonth { get; set; }

    public IndicatorFamily TargetFamily { get; set; }

    public string? TargetCode { get; set; }

    public TaskPriority Priority { get; set; } = TaskPriority.Normal;

    public ReformTaskState State { get; set; }

    /// <summary>Progress in percent, as last reported.</summary>
    public int Percent { get; set; }

    /// <summary>Progress before the last "done" report (restored when the Office sends it back).</summary>
    public int PercentBeforeDone { get; set; }

    public string? LastReport { get; set; }

    public Instant? LastReportAt { get; set; }

    /// <summary>The day (in Vietnam) the lead agency reported the current occurrence done.</summary>
    public LocalDate? ReportedDoneOn { get; set; }

    public Instant AssignedAt { get; set; }

    public string? AssignedBy { get; set; }

    /// <summary>When it was accepted (one-off) or cancelled.</summary>
    public Instant? ClosedAt { get; set; }

    /// <summary>The occurrence the reminder flags below refer to (reset when the deadline moves on).</summary>
    public LocalDate? RemindedFor { get; set; }

    /// <summary>The smallest step of the reminders before the deadline already sent (7, 3, 1).</summary>
    public int? ReminderThreshold { get; set; }

    public bool OverdueNotified { get; set; }

    public bool Escalated { get; set; }

    /// <summary>Sequence of the last event applied; also the optimistic-concurrency token.</summary>
    public int LastSequence { get; set; }

    /// <summary>Hash of the last event applied: the head of the chain.</summary>
    public string LastHash { get; set; } = EventChain.Genesis;

    public Instant UpdatedAt { get; set; }

    public bool IsOpen => State is ReformTaskState.Assigned or ReformTaskState.InProgress or ReformTaskState.ReportedDone;

    public TaskTarget Target => new(TargetFamily, TargetCode);

    public TaskRecurrence? Recurrence => RecurrencePeriod is { } p ? new TaskRecurrence(p, RecurrenceDay, RecurrenceMonth) : null;

    public TaskDeadline Deadline => new(DeadlineKind, DueOn, Recurrence);

    /// <summary>
    /// Open and past its deadline on <paramref name="today"/> — unless the lead agency reported it done by the
    /// deadline and the Office has not decided yet (the delay is the Office's, not the agency's).
    /// </summary>
    public bool IsOverdueOn(LocalDate today) =>
        IsOpen && DueOn is { } due && due < today
        && !(State == ReformTaskState.ReportedDone && ReportedDoneOn is { } reported && reported <= due);

    /// <summary>Folds one event in.</summary>
    public void Apply(LoggedEvent logged, IReformTaskEvent e)
    {
        var at = logged.OccurredAt;
        switch (e)
        {
            case TaskAssigned a:
                DirectiveId = a.DirectiveId;
                DirectiveNumber = a.DirectiveNumber;
                Number = a.Number;
                Text = a.Text;
                TextKey = Truncate(VietnameseText.SearchKey(a.Text), ReformTaskRules.MaxTextLength);
                LeadName = a.Lead.Name;
                LeadUnitCode = a.Lead.UnitCode;
                LeadKey = KeyOf(a.Lead);
                Coordinators = [.. a.Coordinators.Select((c, i) => new ReformTaskCoordinator { TaskId = Id, Position = i + 1, Name = c.Name, UnitCode = c.UnitCode })];
                SetDeadline(a.Deadline);
                TargetFamily = a.Target.Family;
                TargetCode = a.Target.Code;
                Priority = a.Priority;
                State = ReformTaskState.Assigned;
                AssignedAt = at;
                AssignedBy = logged.ActorName;
                break;
            case ProgressReported p:
                if (p.Done)
                {
                    PercentBeforeDone = Percent;
                    State = ReformTaskState.ReportedDone;
                    ReportedDoneOn = at.InZone(VietnamTime.Zone).Date;
                }
                else
                {
                    State = ReformTaskState.InProgress;
                }

                Percent = p.Percent;
                LastReport = p.Text;
                LastReportAt = at;
                break;
            case ReportAccepted r:
                Completions.Add(new ReformTaskCompletion
                {
                    TaskId = Id,
                    Sequence = logged.Sequence,
                    DueOn = r.DueOn,
                    ReportedOn = r.ReportedOn,
                    AcceptedOn = at.InZone(VietnamTime.Zone).Date,
                    OnTime = r.OnTime,
                });
                ReportedDoneOn = null;
                if (r.Next is { } next)
                {
                    SetDeadline(next);
                    State = ReformTaskState.InProgress;
                    Percent = 0;
                    PercentBeforeDone = 0;
                }
                else
                {
                    State = ReformTaskState.Accepted;
                    ClosedAt = at;
                }

                break;
            case ReportSentBack s:
                State = ReformTaskState.InProgress;
                Percent = s.Percent;
                ReportedDoneOn = null;
                break;
            case TaskCancelled:
                State = ReformTaskState.Cancelled;
                ClosedAt = at;
                break;
            case ReminderSent r:
                if (RemindedFor != r.DueOn)
                {
                    RemindedFor = r.DueOn;
                    ReminderThreshold = null;
                    OverdueNotified = false;
                    Escalated = false;
                }

                switch (r.Kind)
                {
                    case ReminderKind.BeforeDeadline:
                        ReminderThreshold = r.Threshold;
                        break;
                    case ReminderKind.Overdue:
                        OverdueNotified = true;
                        break;
                    case ReminderKind.Escalated:
                        OverdueNotified = true;
                        Escalated = true;
                        break;
                    default:
                        throw new InvalidOperationException($"Unknown reminder kind {r.Kind}");
                }

                break;
            default:
                throw new InvalidOperationException($"Unknown reform task event {e.GetType().Name}");
        }

        LastSequence = logged.Sequence;
        LastHash = logged.Hash;
        UpdatedAt = logged.RecordedAt;
    }

    /// <summary>What dashboards group an agency by: its unit code, or "~" and the search key of its name.</summary>
    public static string KeyOf(AgencyRecord agency) =>
        agency.UnitCode ?? "~" + Truncate(VietnameseText.SearchKey(agency.Name), 390);

    private void SetDeadline(TaskDeadline deadline)
    {
        DeadlineKind = deadline.Kind;
        DueOn = deadline.Date;
        RecurrencePeriod = deadline.Recurrence?.Period;
        RecurrenceDay = deadline.Recurrence?.Day;
        RecurrenceMonth = deadline.Recurrence?.Month;
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}

/// <summary>A coordinating agency of a task (part of the projection).</summary>
public sealed class ReformTaskCoordinator
{
    public Guid TaskId { get; set; }

    /// <summary>1, 2 … in the order of the directive.</summary>
    public int Position { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? UnitCode { get; set; }
}

/// <summary>One accepted result: a one-off task's, or one occurrence of a recurring task (part of the projection;
/// what the completion figures of the dashboards count).</summary>
public sealed class ReformTaskCompletion
{
    public Guid TaskId { get; set; }

    /// <summary>Sequence of the <see cref="ReportAccepted"/> event.</summary>
    public int Sequence { get; set; }

    public LocalDate? DueOn { get; set; }

    public LocalDate ReportedOn { get; set; }

    public LocalDate AcceptedOn { get; set; }

    public bool OnTime { get; set; }
}
