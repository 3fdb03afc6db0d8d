using MotCua.Domain.Dossiers;
using MotCua.Domain.EventLog;
using NodaTime;

namespace MotCua.Domain.Reform;

/// <summary>The data of a reform-task event (stream kind <see cref="StreamKind.ReformTask"/>). The envelope (who,
/// when, unit, reason) is in <see cref="LoggedEvent"/>.</summary>
public interface IReformTaskEvent;

/// <summary>An agency as a task records it: a unit of the province (with its code) or a named agency outside it.</summary>
public sealed record AgencyRecord(string Name, string? UnitCode);

/// <summary>The task is assigned: what to do, who leads, who coordinates, by when, aimed at what.</summary>
/// <param name="DirectiveId">The directive that assigns it; null for a task proposed from an indicator.</param>
/// <param name="DirectiveNumber">The directive's number as written ("123/UBND-KSTT"), for the history.</param>
/// <param name="Number">Position of the task in its directive (1, 2 …); 0 without a directive.</param>
/// <param name="Text">What to do.</param>
/// <param name="Lead">The one lead agency (chủ trì).</param>
/// <param name="Coordinators">The coordinating agencies (phối hợp).</param>
/// <param name="Deadline">By when; for a recurring task, its first occurrence.</param>
/// <param name="Target">The indicator the task should move.</param>
/// <param name="Priority">How urgent.</param>
public sealed record TaskAssigned(
    Guid? DirectiveId,
    string? DirectiveNumber,
    int Number,
    string Text,
    AgencyRecord Lead,
    IReadOnlyList<AgencyRecord> Coordinators,
    TaskDeadline Deadline,
    TaskTarget Target,
    TaskPriority Priority) : IReformTaskEvent;

/// <summary>The lead agency reports progress (text, percent, evidence files); <paramref name="Done"/> asks the
/// Office to accept the result.</summary>
public sealed record ProgressReported(int Percent, string Text, IReadOnlyList<FileRecord> Files, bool Done) : IReformTaskEvent;

/// <summary>The Office accepts the reported result of the occurrence due on <paramref name="DueOn"/>. For a
/// recurring task <paramref name="Next"/> is the next occurrence, and the task goes on.</summary>
/// <param name="DueOn">The deadline of the occurrence accepted (null when the task has none).</param>
/// <param name="ReportedOn">The day the lead agency reported it done (what on time is judged by).</param>
/// <param name="OnTime">Reported done on or before <paramref name="DueOn"/> (always true without a deadline).</param>
/// <param name="Next">The deadline of the next occurrence of a recurring task; null for a one-off task.</param>
public sealed record ReportAccepted(LocalDate? DueOn, LocalDate ReportedOn, bool OnTime, TaskDeadline? Next) : IReformTaskEvent;

/// <summary>The Office sends the reported result back (reason in the envelope); progress returns to <paramref name="Percent"/>.</summary>
public sealed record ReportSentBack(int Percent) : IReformTaskEvent;

/// <summary>The Office cancels the task (reason in the envelope).</summary>
public sealed record TaskCancelled : IReformTaskEvent;

/// <summary>The kinds of reminder the chasing job sends.</summary>
public enum ReminderKind
{
    /// <summary>Before the deadline (7, 3, 1 working days by default).</summary>
    BeforeDeadline = 1,

    /// <summary>The deadline passed.</summary>
    Overdue = 2,

    /// <summary>Still overdue after some working days: province leaders are told.</summary>
    Escalated = 3,
}

/// <summary>A reminder was sent about the occurrence due on <paramref name="DueOn"/>.</summary>
/// <param name="Kind">Before the deadline, overdue, or escalated.</param>
/// <param name="DueOn">The deadline it is about.</param>
/// <param name="Threshold">For a reminder before the deadline, the configured step it answers (7, 3, 1).</param>
/// <param name="WorkingDays">Working days left (before) or past (overdue, escalated).</param>
/// <param name="Recipients">How many people were written to (0 for an agency outside the province: the Office chases it).</param>
public sealed record ReminderSent(ReminderKind Kind, LocalDate DueOn, int? Threshold, int WorkingDays, int Recipients) : IReformTaskEvent;

/// <summary>Serialises reform-task events to and from the log's JSON, by type name.</summary>
public static class ReformTaskEventCodec
{
    private static readonly EventCodec<IReformTaskEvent> Codec = new(
        "reform task",
        typeof(TaskAssigned),
        typeof(ProgressReported),
        typeof(ReportAccepted),
        typeof(ReportSentBack),
        typeof(TaskCancelled),
        typeof(ReminderSent));

    public static string TypeName(IReformTaskEvent e) => Codec.TypeName(e);

    public static string Serialize(IReformTaskEvent e) => Codec.Serialize(e);

    public static IReformTaskEvent Deserialize(string type, string data) => Codec.Deserialize(type, data);

    /// <summary>An envelope for a new event of this stream.</summary>
    public static NewEvent ToNew(IReformTaskEvent e, Instant at, Actor actor, string? reason = null) =>
        Codec.ToNew(e, at, actor.UserId, actor.Display, actor.UnitCode, reason);
}
