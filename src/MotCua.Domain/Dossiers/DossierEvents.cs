using MotCua.Domain.EventLog;
using MotCua.Domain.Payments;
using MotCua.Domain.Satisfaction;
using NodaTime;

namespace MotCua.Domain.Dossiers;

/// <summary>The data of a dossier event. The envelope (who, when, unit, reason) is in <see cref="LoggedEvent"/>.</summary>
public interface IDossierEvent;

/// <summary>A component handed in, as the event log records it (no file content, no personal data).</summary>
/// <param name="Code">Component code in the procedure ("TP1").</param>
/// <param name="Name">Component name.</param>
/// <param name="Files">Stored files (storage key and SHA-256), if any.</param>
/// <param name="Digitized">Scanned, checked and signed at intake.</param>
/// <param name="Reused">Taken from the applicant's earlier digitized papers instead of a new upload.</param>
/// <param name="FromNationalStore">Taken from the national data store or population database.</param>
public sealed record ComponentRecord(string Code, string Name, IReadOnlyList<FileRecord> Files, bool Digitized = false, bool Reused = false, bool FromNationalStore = false);

/// <summary>A stored file: its name, storage key and content hash; when signed, the key of its detached signature
/// (PKCS#7/CMS, .p7s) and who signed it.</summary>
public sealed record FileRecord(string Name, string StorageKey, string Sha256, long Size, string? SignatureKey = null, string? SignedBy = null);

/// <summary>Submitted online (status 1), with its code, waiting to be received within 8 working hours.</summary>
public sealed record Submitted(
    string Code,
    string ProcedureCode,
    string ProcedureName,
    string ReceivingUnitCode,
    string CompetentUnitCode,
    IReadOnlyList<ComponentRecord> Components,
    Instant ReceiptDueAt,
    bool Assisted) : IDossierEvent;

/// <summary>Received as complete and valid (status 2): the legal clock starts; the appointment is fixed.</summary>
public sealed record Received(
    string Code,
    Channel Channel,
    ProcedureTerms Terms,
    string ReceivingUnitCode,
    string CompetentUnitCode,
    IReadOnlyList<ComponentRecord> Components,
    Instant DueAt,
    bool ReceivedLate) : IDossierEvent;

/// <summary>Not received (status 3), with the reason in the envelope (Mẫu 03).</summary>
public sealed record Refused : IDossierEvent;

/// <summary>A step of the internal process starts with a unit (and possibly an officer) and its own due time.</summary>
public sealed record StepStarted(int StepIndex, string StepName, string UnitCode, string? AssigneeId, string? AssigneeName, Instant DueAt) : IDossierEvent;

/// <summary>The current step is done.</summary>
public sealed record StepCompleted(int StepIndex) : IDossierEvent;

/// <summary>Sent back to an earlier step (reason in the envelope); a StepStarted follows.</summary>
public sealed record SentBack(int FromStep, int ToStep) : IDossierEvent;

/// <summary>The current step is given to another officer of the same unit.</summary>
public sealed record Reassigned(int StepIndex, string AssigneeId, string AssigneeName) : IDossierEvent;

/// <summary>Supplement requested (status 5, Mẫu 02): the clock pauses until the applicant completes it.</summary>
/// <param name="Number">1 for the first request of this dossier, 2 for the second…</param>
/// <param name="Items">What is missing or must be corrected.</param>
public sealed record SupplementRequested(int Number, IReadOnlyList<string> Items) : IDossierEvent;

/// <summary>The applicant completed the supplement: the clock resumes with the time that was left.</summary>
public sealed record SupplementCompleted(Instant DueAt, Instant? StepDueAt, IReadOnlyList<ComponentRecord> Components) : IDossierEvent;

/// <summary>Financial obligation requested (status 6): the clock pauses until it is paid.</summary>
/// <param name="Amount">The total due, whole đồng.</param>
/// <param name="Lines">Each fee as listed and as due (null in events written before fees were itemised).</param>
/// <param name="Adjustment">The exemption or reduction applied, with its legal basis, if any.</param>
public sealed record PaymentRequested(long Amount, IReadOnlyList<FeeCharge>? Lines = null, FeeAdjustment? Adjustment = null) : IDossierEvent;

/// <summary>Every fee of the dossier is waived by an exemption (with its legal basis): nothing to pay, the clock
/// keeps running, and the dossier no longer counts as having a financial obligation (INDEX766.md 3.6).</summary>
public sealed record FeesExempted(IReadOnlyList<FeeCharge> Lines, FeeAdjustment Adjustment) : IDossierEvent;

/// <summary>Paid; <paramref name="PaymentChannel"/> 0 counter, 1 national payment platform, 2 provincial gateway.</summary>
/// <param name="Amount">Whole đồng.</param>
/// <param name="PaymentChannel">0 counter, 1 national payment platform, 2 provincial gateway (DuocThanhToanTrucTuyen).</param>
/// <param name="DueAt">The appointment after the pause.</param>
/// <param name="StepDueAt">The current step's due time after the pause.</param>
/// <param name="OrderId">The payment order that was paid (online payments; null at the counter and in older events).</param>
/// <param name="GatewayReference">The gateway's transaction reference (online payments).</param>
public sealed record PaymentCompleted(long Amount, int PaymentChannel, Instant DueAt, Instant? StepDueAt, Guid? OrderId = null, string? GatewayReference = null) : IDossierEvent;

/// <summary>The dossier passes to another agency (liên thông) for the current step.</summary>
public sealed record Transferred(string FromUnitCode, string ToUnitCode, int StepIndex, Instant StepDueAt) : IDossierEvent;

/// <summary>Another agency is consulted, with its own due time; the dossier's clock keeps running.</summary>
public sealed record ConsultationRequested(string UnitCode, Instant DueAt) : IDossierEvent;

/// <summary>The consulted agency answered.</summary>
public sealed record ConsultationAnswered(string UnitCode) : IDossierEvent;

/// <summary>Apology and new appointment (Mẫu 04), issued before the appointment; allowed once.</summary>
public sealed record Extended(Instant PreviousDueAt, Instant DueAt) : IDossierEvent;

/// <summary>Processing stopped (status 8, Mẫu 05); reason in the envelope.</summary>
public sealed record Stopped : IDossierEvent;

/// <summary>Withdrawn by the applicant (status 7).</summary>
public sealed record Withdrawn : IDossierEvent;

/// <summary>Result issued (status 9): electronic (signed file) or paper.</summary>
public sealed record ResultIssued(bool Electronic, string? DocumentNumber, IReadOnlyList<FileRecord> Files) : IDossierEvent;

/// <summary>Result returned to the applicant (status 10).</summary>
public sealed record Returned(ReturnMethod Method) : IDossierEvent;

/// <summary>A correction of a recorded fact, as a new event (the reason is required). Corrections never change
/// dates, statuses or due times: those only move through the lifecycle.</summary>
public sealed record Corrected(string What, string? Value) : IDossierEvent;

/// <summary>Kinds of automatic warning.</summary>
public enum WarningKind
{
    DueSoon = 1,
    Overdue = 2,
    EscalatedToLeader = 3,
    EscalatedToParent = 4,
}

/// <summary>A warning the system sent (due soon, overdue, escalation), kept in the history.</summary>
public sealed record Warned(WarningKind Kind, string TargetUnitCode, int? StepIndex) : IDossierEvent;

/// <summary>The applicant rated the handling of her returned dossier (Decision 766/QĐ-TTg, indicator 5.3). Once per
/// dossier (ADR 0090). <paramref name="Comment"/> is the citizen's own words; the forms ask her to leave personal data out.</summary>
public sealed record Rated(SatisfactionLevel Level, RatingChannel Channel, string? Comment) : IDossierEvent;

/// <summary>Serialises dossier events to and from the log's JSON, by type name.</summary>
public static class DossierEventCodec
{
    private static readonly EventCodec<IDossierEvent> Codec = new(
        "dossier",
        typeof(Submitted),
        typeof(Received),
        typeof(Refused),
        typeof(StepStarted),
        typeof(StepCompleted),
        typeof(SentBack),
        typeof(Reassigned),
        typeof(SupplementRequested),
        typeof(SupplementCompleted),
        typeof(PaymentRequested),
        typeof(PaymentCompleted),
        typeof(FeesExempted),
        typeof(Transferred),
        typeof(ConsultationRequested),
        typeof(ConsultationAnswered),
        typeof(Extended),
        typeof(Stopped),
        typeof(Withdrawn),
        typeof(ResultIssued),
        typeof(Returned),
        typeof(Corrected),
        typeof(Warned),
        typeof(Rated));

    public static string TypeName(IDossierEvent e) => Codec.TypeName(e);

    public static string Serialize(IDossierEvent e) => Codec.Serialize(e);

    public static IDossierEvent Deserialize(string type, string data) => Codec.Deserialize(type, data);

    /// <summary>An envelope for a new event of this stream.</summary>
    public static NewEvent ToNew(IDossierEvent e, Instant at, Actor actor, string? reason = null, bool imported = false) =>
        Codec.ToNew(e, at, actor.UserId, actor.Display, actor.UnitCode, reason, imported);
}

/// <summary>Who acts: a user (id, "Name, Title") of a unit, or the system.</summary>
public sealed record Actor(string? UserId, string? Display, string? UnitCode)
{
    public static readonly Actor System = new(null, "Hệ thống MotCua", null);

    public static Actor Import(string? unitCode) => new(null, "Nhập từ hệ thống cũ", unitCode);
}
