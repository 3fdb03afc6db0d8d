using MotCua.Domain.EventLog;
using MotCua.Domain.Satisfaction;
using MotCua.Domain.Text;
using NodaTime;

namespace MotCua.Domain.Feedback;

/// <summary>What a piece of feedback (phản ánh, kiến nghị) is about.</summary>
public enum FeedbackSubject
{
    /// <summary>An administrative regulation (quy định hành chính, Decree 20/2008/NĐ-CP).</summary>
    Regulation = 1,

    /// <summary>An administrative procedure.</summary>
    Procedure = 2,

    /// <summary>The conduct of an officer (thái độ, hành vi của cán bộ, công chức).</summary>
    OfficerConduct = 3,

    /// <summary>A specific dossier.</summary>
    Dossier = 4,
}

/// <summary>How the handling unit of a feedback was chosen.</summary>
public enum FeedbackRouting
{
    /// <summary>The competent unit of the dossier it is about.</summary>
    Dossier = 1,

    /// <summary>The competent agency of the procedure it is about.</summary>
    Procedure = 2,

    /// <summary>Neither is known: the Office (Văn phòng UBND) chooses the unit.</summary>
    Office = 3,
}

/// <summary>Where a feedback stands.</summary>
public enum FeedbackState
{
    /// <summary>Waiting for the Office to choose the handling unit (the clock runs).</summary>
    Routing = 1,

    /// <summary>With the handling unit (the clock runs).</summary>
    Processing = 2,

    /// <summary>Waiting for more information from the sender (the clock is stopped).</summary>
    WaitingInformation = 3,

    /// <summary>Answered (possibly published, rated).</summary>
    Answered = 4,

    /// <summary>Not accepted for handling, with a reason (terminal).</summary>
    Refused = 5,
}

/// <summary>Kinds of warning the job sends about a feedback's due time.</summary>
public enum FeedbackWarningKind
{
    /// <summary>Two working days or less left: the handling unit's staff.</summary>
    DueSoon = 1,

    /// <summary>Past the due time: the handling unit's leaders.</summary>
    Overdue = 2,

    /// <summary>Two working days past it: the Office's leaders (province leaders when the Office itself is late).</summary>
    Escalated = 3,
}

/// <summary>Timeliness of a feedback (Decision 766/QĐ-TTg, indicator 5.1).</summary>
public enum FeedbackTimeliness
{
    /// <summary>Open and not past its due time.</summary>
    WithinTime = 0,

    /// <summary>Answered by its due time (every answer, when re-opened).</summary>
    OnTime = 1,

    /// <summary>An answer came late, or it is open past its due time.</summary>
    Late = 2,
}

/// <summary>
/// The current state of one feedback (phản ánh, kiến nghị — PAKN): a projection of its event stream, never edited
/// directly. <see cref="Apply"/> folds one event in; folding the whole stream into a new instance gives the stored
/// row (tested). The facts Decision 766/QĐ-TTg counts are here: <see cref="UnitCode"/> (whose competence),
/// <see cref="DueAt"/> and <see cref="Late"/> (5.1), <see cref="EverUnsatisfied"/> and <see cref="Reopened"/> (5.2),
/// <see cref="DossierId"/> (5.3: dossiers with feedback about them). The sender is in <see cref="FeedbackSender"/>.
/// </summary>
public sealed class FeedbackItem
{
    public Guid Id { get; set; }

    /// <summary>"PAKN-251124-K7M3Q": what the sender follows it by.</summary>
    public string Code { get; set; } = string.Empty;

    public FeedbackSubject Subject { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Content { get; set; } = string.Empty;

    /// <summary>Search key of the title and content (staff search).</summary>
    public string TextKey { get; set; } = string.Empty;

    public Guid? DossierId { get; set; }

    public string? DossierCode { get; set; }

    public string? ProcedureCode { get; set; }

    public string? ProcedureName { get; set; }

    /// <summary>The handling unit (the Office while it chooses one).</summary>
    public string UnitCode { get; set; } = string.Empty;

    public FeedbackRouting Routing { get; set; }

    /// <summary>A unit has been chosen (at receipt, or by the Office); until then the Office holds it.</summary>
    public bool Routed { get; set; }

    public FeedbackState State { get; set; }

    public Instant SubmittedAt { get; set; }

    /// <summary>When it must be answered: 15 working days from receipt, moved by a stop for more information, and
    /// set anew when re-opened.</summary>
    public Instant DueAt { get; set; }

    /// <summary>The due time fixed at receipt.</summary>
    public Instant OriginalDueAt { get; set; }

    /// <summary>The last moment to refuse it (2 working days from receipt).</summary>
    public Instant RefuseBy { get; set; }

    /// <summary>The last moment to ask the sender for more information (5 working days from receipt).</summary>
    public Instant AskBy { get; set; }

    /// <summary>Set while waiting for the sender's information (the clock is stopped).</summary>
    public Instant? PausedAt { get; set; }

    /// <summary>More information was asked for (once per feedback).</summary>
    public bool AskedForInformation { get; set; }

    public string? Answer { get; set; }

    public Instant? AnsweredAt { get; set; }

    /// <summary>Name and title of the person who answered.</summary>
    public string? AnsweredBy { get; set; }

    public int AnswerCount { get; set; }

    /// <summary>An answer came after its due time (stays true: 5.1 and 5.2 count it as handled late).</summary>
    public bool Late { get; set; }

    /// <summary>The sender's rating of the current answer; null until she rates it.</summary>
    public SatisfactionLevel? Rating { get; set; }

    public Instant? RatedAt { get; set; }

    /// <summary>Some answer was rated unsatisfied (stays true: 5.2).</summary>
    public bool EverUnsatisfied { get; set; }

    /// <summary>Re-opened after an unsatisfied rating (at most once).</summary>
    public bool Reopened { get; set; }

    public Instant? ReopenedAt { get; set; }

    /// <summary>An answer is on the public page.</summary>
    public bool Published { get; set; }

    public Instant? PublishedAt { get; set; }

    public string? PublicTitle { get; set; }

    public string? PublicQuestion { get; set; }

    public string? PublicAnswer { get; set; }

    /// <summary>Search key of the published texts (the public search).</summary>
    public string? PublicKey { get; set; }

    /// <summary>When it was refused.</summary>
    public Instant? ClosedAt { get; set; }

    /// <summary>The due time the warning flag below refers to (a new due time starts clean).</summary>
    public Instant? WarnedFor { get; set; }

    public FeedbackWarningKind? LastWarning { get; set; }

    /// <summary>Sequence of the last event applied; also the optimistic-concurrency token.</summary>
    public int LastSequence { get; set; }

    /// <summary>Hash of the last event applied: the head of the chain.</summary>
    public string LastHash { get; set; } = EventChain.Genesis;

    public Instant UpdatedAt { get; set; }

    /// <summary>Not answered and not refused.</summary>
    public bool IsOpen => State is FeedbackState.Routing or FeedbackState.Processing or FeedbackState.WaitingInformation;

    public bool IsPaused => PausedAt is not null;

    /// <summary>The state of a feedback whose clock runs: with its unit, or with the Office until it chooses one.</summary>
    private FeedbackState Running => Routed ? FeedbackState.Processing : FeedbackState.Routing;

    /// <summary>Counted by the index (5.1, 5.2): every feedback but the refused ones, which were not within the
    /// unit's competence or not admissible.</summary>
    public bool Counts => State != FeedbackState.Refused;

    /// <summary>On time, late or within time as judged at <paramref name="asOf"/> (INDEX766.md 5.1). A feedback waiting
    /// for the sender's information is judged at the moment the clock stopped.</summary>
    public FeedbackTimeliness TimelinessAt(Instant asOf)
    {
        if (Late)
        {
            return FeedbackTimeliness.Late;
        }

        if (State == FeedbackState.Answered || State == FeedbackState.Refused)
        {
            return FeedbackTimeliness.OnTime;
        }

        var judgedAt = PausedAt is { } paused && paused < asOf ? paused : asOf;
        return judgedAt > DueAt ? FeedbackTimeliness.Late : FeedbackTimeliness.WithinTime;
    }

    /// <summary>Handled to the sender's satisfaction as far as 5.2 can tell at <paramref name="asOf"/>: never rated
    /// unsatisfied, never re-opened, never late.</summary>
    public bool SatisfactoryAt(Instant asOf) => !EverUnsatisfied && !Reopened && TimelinessAt(asOf) != FeedbackTimeliness.Late;

    /// <summary>Folds one event in.</summary>
    public void Apply(LoggedEvent logged, IFeedbackEvent e)
    {
        var at = logged.OccurredAt;
        switch (e)
        {
            case FeedbackSubmitted s:
                Code = s.Code;
                Subject = s.Subject;
                Title = s.Title;
                Content = s.Content;
                TextKey = Truncate(VietnameseText.SearchKey(s.Title + " " + s.Content), FeedbackRules.MaxKeyLength);
                DossierId = s.DossierId;
                DossierCode = s.DossierCode;
                ProcedureCode = s.ProcedureCode;
                ProcedureName = s.ProcedureName;
                UnitCode = s.UnitCode;
                Routing = s.Routing;
                Routed = s.Routing != FeedbackRouting.Office;
                State = Routed ? FeedbackState.Processing : FeedbackState.Routing;
                SubmittedAt = at;
                DueAt = s.DueAt;
                OriginalDueAt = s.DueAt;
                RefuseBy = s.RefuseBy;
                AskBy = s.AskBy;
                break;
            case FeedbackRouted r:
                UnitCode = r.ToUnitCode;
                Routed = true;
                if (State == FeedbackState.Routing)
                {
                    State = FeedbackState.Processing;
                }

                break;
            case FeedbackRefused:
                State = FeedbackState.Refused;
                ClosedAt = at;
                PausedAt = null;
                break;
            case InformationRequested:
                State = FeedbackState.WaitingInformation;
                AskedForInformation = true;
                PausedAt = at;
                break;
            case InformationProvided p:
                State = Running;
                PausedAt = null;
                DueAt = p.DueAt;
                break;
            case FeedbackAnswered a:
                State = FeedbackState.Answered;
                PausedAt = null;
                Answer = a.Answer;
                AnsweredAt = at;
                AnsweredBy = logged.ActorName;
                AnswerCount++;
                Late |= !a.OnTime;
                Rating = null;
                RatedAt = null;
                break;
            case AnswerPublished p:
                Published = true;
                PublishedAt = at;
                PublicTitle = p.Title;
                PublicQuestion = p.Question;
                PublicAnswer = p.Answer;
                PublicKey = Truncate(VietnameseText.SearchKey(p.Title + " " + p.Question + " " + p.Answer), FeedbackRules.MaxKeyLength);
                break;
            case AnswerRated r:
                Rating = r.Level;
                RatedAt = at;
                EverUnsatisfied |= r.Level == SatisfactionLevel.Unsatisfied;
                break;
            case FeedbackReopened r:
                State = Running;
                Reopened = true;
                ReopenedAt = at;
                DueAt = r.DueAt;
                break;
            case FeedbackWarned w:
                WarnedFor = w.DueAt;
                LastWarning = w.Kind;
                break;
            default:
                throw new InvalidOperationException($"Unknown feedback event {e.GetType().Name}");
        }

        LastSequence = logged.Sequence;
        LastHash = logged.Hash;
        UpdatedAt = logged.RecordedAt;
    }

    /// <summary>Rebuilds a feedback from its whole stream.</summary>
    public static FeedbackItem Fold(Guid id, IEnumerable<LoggedEvent> events)
    {
        var item = new FeedbackItem { Id = id };
        foreach (var e in events.OrderBy(e => e.Sequence))
        {
            item.Apply(e, FeedbackEventCodec.Deserialize(e.Type, e.Data));
        }

        return item;
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}

/// <summary>Who sent a feedback: personal data, kept apart from the events and the projection so that it can be
/// protected, shown only to the handling unit, and corrected or erased (Decree 13/2023/NĐ-CP) without touching the log.
/// At least one contact (e-mail or phone) unless sent from an account.</summary>
public sealed class FeedbackSender
{
    public Guid FeedbackId { get; set; }

    public string? FullName { get; set; }

    public string? Email { get; set; }

    /// <summary>0XXXXXXXXX.</summary>
    public string? Phone { get; set; }

    /// <summary>The citizen's account, when she was signed in.</summary>
    public string? UserId { get; set; }
}
