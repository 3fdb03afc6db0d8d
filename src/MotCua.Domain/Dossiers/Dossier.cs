using System.Text.Json;
using MotCua.Domain.EventLog;
using MotCua.Domain.Satisfaction;
using NodaTime;

namespace MotCua.Domain.Dossiers;

/// <summary>
/// The current state of a dossier: a projection of its events, never edited directly. <see cref="Apply"/>
/// folds one event in; folding all events of a stream from a new instance gives the same state as the
/// stored row (tested). Personal data of the applicant is not here but in <see cref="DossierApplicant"/>.
/// </summary>
public sealed class Dossier
{
    public Guid Id { get; set; }

    /// <summary><c>&lt;receiving unit code&gt;-YYMMDD-XXXX</c>.</summary>
    public string Code { get; set; } = string.Empty;

    public string ProcedureCode { get; set; } = string.Empty;

    public string ProcedureName { get; set; } = string.Empty;

    public string? ProcedureVersionId { get; set; }

    public string? Field { get; set; }

    public Channel Channel { get; set; }

    public DossierStatus Status { get; set; }

    /// <summary>Where it was handed in (a service centre or commune; dossiers are received regardless of boundary).</summary>
    public string ReceivingUnitCode { get; set; } = string.Empty;

    /// <summary>The agency competent for it, which owns the total time (Decree 118/2025/NĐ-CP).</summary>
    public string CompetentUnitCode { get; set; } = string.Empty;

    /// <summary>The unit holding it now (current step's unit; the receiving unit before and after processing).</summary>
    public string HolderUnitCode { get; set; } = string.Empty;

    public Instant? SubmittedAt { get; set; }

    /// <summary>Submitted online: it must be received by then (8 working hours).</summary>
    public Instant? ReceiptDueAt { get; set; }

    public Instant? ReceivedAt { get; set; }

    public bool ReceivedLate { get; set; }

    /// <summary>The appointment (hẹn trả): fixed at receipt, moved only by pauses and one extension.</summary>
    public Instant? DueAt { get; set; }

    /// <summary>The appointment given on the receipt, before any pause or extension.</summary>
    public Instant? OriginalDueAt { get; set; }

    public bool Extended { get; set; }

    public int? StepIndex { get; set; }

    public string? StepName { get; set; }

    public string? AssigneeId { get; set; }

    public string? AssigneeName { get; set; }

    public Instant? StepStartedAt { get; set; }

    public Instant? StepDueAt { get; set; }

    /// <summary>Set while the clock is paused (supplement or payment).</summary>
    public Instant? PausedAt { get; set; }

    public int SupplementCount { get; set; }

    public string? ConsultedUnitCode { get; set; }

    public Instant? ConsultationDueAt { get; set; }

    public long FeeTotal { get; set; }

    /// <summary>0 not paid online, 1 national payment platform, 2 provincial gateway (DuocThanhToanTrucTuyen).</summary>
    public int OnlinePaymentChannel { get; set; }

    public bool HasDigitizedComponent { get; set; }

    public bool HasReusedComponent { get; set; }

    public bool HasNationalStoreComponent { get; set; }

    public bool IssuesResultDocument { get; set; }

    public bool FullOnline { get; set; }

    public bool ElectronicResult { get; set; }

    /// <summary>First terminal-or-finished instant (finished wins over returned, which wins over stop/refusal/withdrawal).</summary>
    public Instant? FinishedAt { get; set; }

    public Instant? ReturnedAt { get; set; }

    /// <summary>When it reached status 3, 7 or 8.</summary>
    public Instant? ClosedAt { get; set; }

    public bool Imported { get; set; }

    /// <summary>The applicant's rating of the handling (after return; once — ADR 0090); null while not rated.</summary>
    public SatisfactionLevel? Rating { get; set; }

    /// <summary>When the rating was given.</summary>
    public Instant? RatedAt { get; set; }

    /// <summary>The procedure terms received under, as JSON (see <see cref="Terms"/>).</summary>
    public string? TermsJson { get; set; }

    /// <summary>Highest warning sent for the current step or pause-free stretch (reset when a step starts, the clock
    /// resumes or the appointment moves), so the warning job never repeats itself.</summary>
    public WarningKind? LastWarning { get; set; }

    /// <summary>Sequence of the last event applied; also the optimistic-concurrency token.</summary>
    public int LastSequence { get; set; }

    /// <summary>Hash of the last event applied: the head of the chain (detects events deleted from the end).</summary>
    public string LastHash { get; set; } = EventChain.Genesis;

    public Instant UpdatedAt { get; set; }

    private ProcedureTerms? _terms;

    /// <summary>The procedure terms the dossier was received under (null before receipt).</summary>
    public ProcedureTerms? Terms => _terms ??= TermsJson is null ? null : JsonSerializer.Deserialize<ProcedureTerms>(TermsJson, TermsOptions);

    public bool IsPaused => PausedAt is not null;

    /// <summary>The instant that ends the dossier for the index (2.1): finished, else returned, else closed.</summary>
    public Instant? EndAt => FinishedAt ?? ReturnedAt ?? ClosedAt;

    /// <summary>Early / on time / late / within time, as judged at <paramref name="asOf"/> (INDEX766.md 2.1).</summary>
    public Timeliness TimelinessAt(Instant asOf)
    {
        if (SupplementCount >= 2)
        {
            return Timeliness.Late;
        }

        if (DueAt is not { } due)
        {
            return Timeliness.WithinTime;
        }

        if (EndAt is { } end && end <= asOf)
        {
            if (end > due)
            {
                return Timeliness.Late;
            }

            return end.InZone(VietnamTime.Zone).Date < due.InZone(VietnamTime.Zone).Date ? Timeliness.Early : Timeliness.OnTime;
        }

        // Open (or waiting for a supplement, judged at its request time) at asOf.
        var judgedAt = PausedAt is { } paused && paused < asOf ? paused : asOf;
        return judgedAt > due ? Timeliness.Late : Timeliness.WithinTime;
    }

    /// <summary>Folds one event into the state.</summary>
    public void Apply(LoggedEvent logged, IDossierEvent e)
    {
        var at = logged.OccurredAt;
        switch (e)
        {
            case Submitted s:
                Code = s.Code;
                ProcedureCode = s.ProcedureCode;
                ProcedureName = s.ProcedureName;
                Channel = Channel.Online;
                Status = DossierStatus.Submitted;
                ReceivingUnitCode = s.ReceivingUnitCode;
                CompetentUnitCode = s.CompetentUnitCode;
                HolderUnitCode = s.ReceivingUnitCode;
                SubmittedAt = at;
                ReceiptDueAt = s.ReceiptDueAt;
                ApplyComponents(s.Components);
                break;
            case Received r:
                Code = r.Code;
                Channel = r.Channel;
                Status = DossierStatus.Received;
                ProcedureCode = r.Terms.ProcedureCode;
                ProcedureName = r.Terms.ProcedureName;
                ProcedureVersionId = r.Terms.VersionId;
                Field = r.Terms.Field;
                FeeTotal = r.Terms.TotalFee;
                IssuesResultDocument = r.Terms.IssuesResultDocument;
                FullOnline = r.Terms.FullOnline;
                TermsJson = JsonSerializer.Serialize(r.Terms, TermsOptions);
                _terms = r.Terms;
                ReceivingUnitCode = r.ReceivingUnitCode;
                CompetentUnitCode = r.CompetentUnitCode;
                HolderUnitCode = r.ReceivingUnitCode;
                SubmittedAt ??= at;
                ReceivedAt = at;
                ReceivedLate = r.ReceivedLate;
                DueAt = r.DueAt;
                OriginalDueAt = r.DueAt;
                ApplyComponents(r.Components);
                break;
            case Refused:
                Status = DossierStatus.Refused;
                ClosedAt = at;
                ClearStep();
                break;
            case StepStarted s:
                Status = DossierStatus.Processing;
                LastWarning = null;
                StepIndex = s.StepIndex;
                StepName = s.StepName;
                HolderUnitCode = s.UnitCode;
                AssigneeId = s.AssigneeId;
                AssigneeName = s.AssigneeName;
                StepStartedAt = at;
                StepDueAt = s.DueAt;
                break;
            case StepCompleted:
                ClearStep();
                Status = DossierStatus.Processing;
                break;
            case SentBack:
                ClearStep();
                break;
            case Reassigned r:
                AssigneeId = r.AssigneeId;
                AssigneeName = r.AssigneeName;
                break;
            case SupplementRequested s:
                Status = DossierStatus.WaitingSupplement;
                SupplementCount = s.Number;
                PausedAt = at;
                break;
            case SupplementCompleted s:
                Status = StepIndex is null ? DossierStatus.Received : DossierStatus.Processing;
                LastWarning = null;
                PausedAt = null;
                DueAt = s.DueAt;
                StepDueAt = s.StepDueAt ?? StepDueAt;
                ApplyComponents(s.Components);
                break;
            case PaymentRequested p:
                Status = DossierStatus.WaitingPayment;
                PausedAt = at;
                FeeTotal = p.Amount;
                break;
            case FeesExempted:
                FeeTotal = 0;
                break;
            case PaymentCompleted p:
                Status = StepIndex is null ? DossierStatus.Received : DossierStatus.Processing;
                LastWarning = null;
                PausedAt = null;
                DueAt = p.DueAt;
                StepDueAt = p.StepDueAt ?? StepDueAt;
                if (p.PaymentChannel is 1 or 2)
                {
                    OnlinePaymentChannel = p.PaymentChannel;
                }

                break;
            case Transferred t:
                HolderUnitCode = t.ToUnitCode;
                AssigneeId = null;
                AssigneeName = null;
                StepDueAt = t.StepDueAt;
                break;
            case ConsultationRequested c:
                ConsultedUnitCode = c.UnitCode;
                ConsultationDueAt = c.DueAt;
                break;
            case ConsultationAnswered:
                ConsultedUnitCode = null;
                ConsultationDueAt = null;
                break;
            case Extended x:
                Extended = true;
                LastWarning = null;
                DueAt = x.DueAt;
                break;
            case Stopped:
                Status = DossierStatus.Stopped;
                ClosedAt = at;
                ClearStep();
                break;
            case Withdrawn:
                Status = DossierStatus.Withdrawn;
                ClosedAt = at;
                PausedAt = null;
                ClearStep();
                break;
            case ResultIssued r:
                Status = DossierStatus.Finished;
                FinishedAt = at;
                ElectronicResult = r.Electronic && r.Files.Count > 0;
                HolderUnitCode = ReceivingUnitCode;
                ClearStep();
                break;
            case Returned:
                Status = DossierStatus.Returned;
                ReturnedAt = at;
                break;
            case Corrected:
                break;
            case Warned w:
                LastWarning = w.Kind;
                break;
            case Rated r:
                Rating = r.Level;
                RatedAt = at;
                break;
            default:
                throw new InvalidOperationException($"Unhandled dossier event {e.GetType().Name}");
        }

        Imported |= logged.Imported;
        LastSequence = logged.Sequence;
        LastHash = logged.Hash;
        UpdatedAt = logged.RecordedAt;
    }

    /// <summary>Rebuilds a dossier from its whole stream.</summary>
    public static Dossier Fold(Guid id, IEnumerable<LoggedEvent> events)
    {
        var dossier = new Dossier { Id = id };
        foreach (var e in events.OrderBy(e => e.Sequence))
        {
            dossier.Apply(e, DossierEventCodec.Deserialize(e.Type, e.Data));
        }

        return dossier;
    }

    private void ClearStep()
    {
        StepIndex = null;
        StepName = null;
        AssigneeId = null;
        AssigneeName = null;
        StepStartedAt = null;
        StepDueAt = null;
    }

    private void ApplyComponents(IReadOnlyList<ComponentRecord> components)
    {
        HasDigitizedComponent |= components.Any(c => c.Digitized);
        HasReusedComponent |= components.Any(c => c.Reused);
        HasNationalStoreComponent |= components.Any(c => c.FromNationalStore);
    }

    private static readonly JsonSerializerOptions TermsOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}

/// <summary>The applicant's personal data, kept apart from the projection and the event log so it can be
/// protected, shown only to those entitled, and corrected (Decree 13/2023/NĐ-CP on personal data).</summary>
public sealed class DossierApplicant
{
    public Guid DossierId { get; set; }

    public string FullName { get; set; } = string.Empty;

    /// <summary>Citizen ID (CCCD) or business registration number.</summary>
    public string? IdNumber { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Address { get; set; }

    /// <summary>The citizen's account, when submitted online or linked later.</summary>
    public string? UserId { get; set; }

    /// <summary>0 citizen, 1 organisation (LoaiDoiTuong).</summary>
    public int Kind { get; set; }

    /// <summary>Verified by national e-ID (VNeID) or from the population database.</summary>
    public bool VerifiedByEId { get; set; }
}
