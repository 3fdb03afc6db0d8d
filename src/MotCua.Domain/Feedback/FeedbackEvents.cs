using MotCua.Domain.Dossiers;
using MotCua.Domain.EventLog;
using MotCua.Domain.Satisfaction;
using NodaTime;

namespace MotCua.Domain.Feedback;

/// <summary>The data of a feedback event (stream kind <see cref="StreamKind.Feedback"/>). The envelope (who, when,
/// unit, reason) is in <see cref="LoggedEvent"/>. The sender's name and contact are never in an event: they are in
/// <see cref="FeedbackSender"/>, apart, like a dossier's applicant (ADR 0040, ADR 0091).</summary>
public interface IFeedbackEvent;

/// <summary>A citizen sent feedback; it is received at once, routed, and its time limits are fixed.</summary>
/// <param name="Code">The code the sender follows it by ("PAKN-251124-K7M3Q").</param>
/// <param name="Subject">What it is about.</param>
/// <param name="Title">The sender's short title.</param>
/// <param name="Content">What the sender says (the forms ask her to keep personal data out of it).</param>
/// <param name="DossierId">The dossier it is about, when a dossier code was given.</param>
/// <param name="DossierCode">That dossier's code.</param>
/// <param name="ProcedureCode">The procedure it is about (given, or the dossier's).</param>
/// <param name="ProcedureName">That procedure's name.</param>
/// <param name="UnitCode">The unit that handles it: the dossier's competent unit, the procedure's agency, or the
/// Office, which then chooses one (<see cref="Routing"/>).</param>
/// <param name="Routing">How <paramref name="UnitCode"/> was chosen.</param>
/// <param name="DueAt">15 working days after receipt: when it must be answered.</param>
/// <param name="RefuseBy">2 working days after receipt: the last moment to refuse it.</param>
/// <param name="AskBy">5 working days after receipt: the last moment to ask the sender for more information.</param>
public sealed record FeedbackSubmitted(
    string Code,
    FeedbackSubject Subject,
    string Title,
    string Content,
    Guid? DossierId,
    string? DossierCode,
    string? ProcedureCode,
    string? ProcedureName,
    string UnitCode,
    FeedbackRouting Routing,
    Instant DueAt,
    Instant RefuseBy,
    Instant AskBy) : IFeedbackEvent;

/// <summary>The Office gives the feedback to a unit (or moves it to another one, with a reason in the envelope).</summary>
public sealed record FeedbackRouted(string FromUnitCode, string ToUnitCode) : IFeedbackEvent;

/// <summary>Not accepted for handling (reason in the envelope); terminal.</summary>
public sealed record FeedbackRefused : IFeedbackEvent;

/// <summary>The handling unit asks the sender for more information; the clock stops until she answers.</summary>
public sealed record InformationRequested(string Request) : IFeedbackEvent;

/// <summary>The sender answered the request; the clock runs again with the working time that was left.</summary>
/// <param name="Text">What she added.</param>
/// <param name="DueAt">The new due time.</param>
public sealed record InformationProvided(string Text, Instant DueAt) : IFeedbackEvent;

/// <summary>The handling unit answers. <paramref name="OnTime"/>: by its due time (a clock stopped for more
/// information is judged at the moment it stopped).</summary>
public sealed record FeedbackAnswered(string Answer, bool OnTime) : IFeedbackEvent;

/// <summary>The answer is published on the public page, in the texts given here (personal data removed).</summary>
public sealed record AnswerPublished(string Title, string Question, string Answer) : IFeedbackEvent;

/// <summary>The sender rates the answer.</summary>
public sealed record AnswerRated(SatisfactionLevel Level, string? Comment) : IFeedbackEvent;

/// <summary>Re-opened because the sender was not satisfied with the first answer (once), with a new due time.</summary>
public sealed record FeedbackReopened(Instant DueAt) : IFeedbackEvent;

/// <summary>The warning job wrote to people about the due time <paramref name="DueAt"/>.</summary>
/// <param name="Kind">Due soon, overdue, or escalated.</param>
/// <param name="UnitCode">The unit whose people were written to.</param>
/// <param name="DueAt">The due time it is about.</param>
/// <param name="Recipients">How many people were written to.</param>
public sealed record FeedbackWarned(FeedbackWarningKind Kind, string UnitCode, Instant DueAt, int Recipients) : IFeedbackEvent;

/// <summary>Serialises feedback events to and from the log's JSON, by type name.</summary>
public static class FeedbackEventCodec
{
    private static readonly EventCodec<IFeedbackEvent> Codec = new(
        "feedback",
        typeof(FeedbackSubmitted),
        typeof(FeedbackRouted),
        typeof(FeedbackRefused),
        typeof(InformationRequested),
        typeof(InformationProvided),
        typeof(FeedbackAnswered),
        typeof(AnswerPublished),
        typeof(AnswerRated),
        typeof(FeedbackReopened),
        typeof(FeedbackWarned));

    public static string TypeName(IFeedbackEvent e) => Codec.TypeName(e);

    public static string Serialize(IFeedbackEvent e) => Codec.Serialize(e);

    public static IFeedbackEvent Deserialize(string type, string data) => Codec.Deserialize(type, data);

    /// <summary>An envelope for a new event of this stream.</summary>
    public static NewEvent ToNew(IFeedbackEvent e, Instant at, Actor actor, string? reason = null) =>
        Codec.ToNew(e, at, actor.UserId, actor.Display, actor.UnitCode, reason);
}
