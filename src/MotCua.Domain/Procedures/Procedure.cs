using MotCua.Domain.Calendar;
using MotCua.Domain.Organization;
using NodaTime;

namespace MotCua.Domain.Procedures;

/// <summary>
/// An administrative procedure of the province's catalog, identified by its national code. What it says
/// lives in its <see cref="ProcedureVersion"/>s: every change is a new, immutable version.
/// </summary>
public sealed class Procedure
{
    public int Id { get; set; }

    /// <summary>National code ("1.001193"); unique.</summary>
    public required string Code { get; set; }

    public Instant CreatedAt { get; set; }

    public List<ProcedureVersion> Versions { get; set; } = [];
}

/// <summary>
/// One published version of a procedure. Versions are never changed after they are written (a correction
/// is a new version); <see cref="Id"/> is stable, so a dossier keeps the version it was received under.
/// The version in force on a date is the one with <see cref="EffectiveFrom"/> ≤ date ≤ <see cref="EffectiveTo"/>;
/// <see cref="EffectiveTo"/> is the only column MotCua maintains afterwards, from the next version's start.
/// </summary>
public sealed class ProcedureVersion
{
    public int Id { get; set; }

    public int ProcedureId { get; set; }

    public Procedure? Procedure { get; set; }

    /// <summary>1, 2, 3… per procedure.</summary>
    public int Number { get; set; }

    public required string Name { get; set; }

    /// <summary>Accent-insensitive key of <see cref="Name"/>, for search.</summary>
    public required string NameKey { get; set; }

    public required string Field { get; set; }

    public required string FieldKey { get; set; }

    public ProcedureLevel Level { get; set; }

    /// <summary>The competent agency; <c>null</c> for a commune procedure settled by every commune.</summary>
    public int? AgencyId { get; set; }

    public Unit? Agency { get; set; }

    public TargetGroup TargetGroup { get; set; }

    public SubmissionChannels Channels { get; set; }

    public Deadline ProcessingTime { get; set; }

    public Deadline? OnlineProcessingTime { get; set; }

    public bool IssuesResultDocument { get; set; }

    public string? ResultName { get; set; }

    public OnlineLevel OnlineLevel { get; set; }

    public bool FullOnlineEligible { get; set; }

    public string? Conditions { get; set; }

    /// <summary>Number of the publication decision (quyết định công bố).</summary>
    public required string DecisionNumber { get; set; }

    public LocalDate DecisionDate { get; set; }

    public LocalDate EffectiveFrom { get; set; }

    /// <summary>Last day in force; <c>null</c> while no later version has started.</summary>
    public LocalDate? EffectiveTo { get; set; }

    /// <summary>The day the version was made public on the national catalog (index indicator 1.2).</summary>
    public LocalDate? PublicOn { get; set; }

    public Instant CreatedAt { get; set; }

    /// <summary>User name of the officer who published it, or "import"/"seed".</summary>
    public string? CreatedBy { get; set; }

    public List<ProcedureCase> Cases { get; set; } = [];

    public List<ProcedureComponent> Components { get; set; } = [];

    public List<ProcedureFee> Fees { get; set; } = [];

    public List<ProcedureLegalBasis> LegalBases { get; set; } = [];

    public List<ProcessStep> Steps { get; set; } = [];

    public bool IsInForceOn(LocalDate date) => EffectiveFrom <= date && (EffectiveTo is null || date <= EffectiveTo);
}

/// <summary>A case (trường hợp) of a version, in its listed order.</summary>
public sealed class ProcedureCase
{
    public int Id { get; set; }

    public int VersionId { get; set; }

    public int Position { get; set; }

    public required string Name { get; set; }
}

/// <summary>A component of a version (see <see cref="ComponentSpec"/>).</summary>
public sealed class ProcedureComponent
{
    public int Id { get; set; }

    public int VersionId { get; set; }

    public int Position { get; set; }

    public string? Code { get; set; }

    public required string Name { get; set; }

    public int Originals { get; set; }

    public int Copies { get; set; }

    public bool Required { get; set; }

    public string? Form { get; set; }
}

/// <summary>A fee of a version, in whole đồng (see <see cref="FeeSpec"/>).</summary>
public sealed class ProcedureFee
{
    public int Id { get; set; }

    public int VersionId { get; set; }

    public int Position { get; set; }

    public required string Name { get; set; }

    public string? Code { get; set; }

    public long Amount { get; set; }

    public string? Note { get; set; }
}

/// <summary>A legal basis of a version (see <see cref="LegalBasisSpec"/>).</summary>
public sealed class ProcedureLegalBasis
{
    public int Id { get; set; }

    public int VersionId { get; set; }

    public int Position { get; set; }

    public required string Code { get; set; }

    public string? Name { get; set; }

    public LocalDate? EffectiveFrom { get; set; }
}

/// <summary>A step of a version's internal process (see <see cref="StepSpec"/>).</summary>
public sealed class ProcessStep
{
    public int Id { get; set; }

    public int VersionId { get; set; }

    public int Position { get; set; }

    public int Order { get; set; }

    public required string Name { get; set; }

    /// <summary>The performing unit; <c>null</c> means the dossier's competent agency.</summary>
    public int? UnitId { get; set; }

    public Unit? Unit { get; set; }

    public string? Role { get; set; }

    public Deadline Share { get; set; }
}
