using MotCua.Domain.Calendar;
using NodaTime;

namespace MotCua.Domain.Procedures;

/// <summary>A required component of a dossier (thành phần hồ sơ).</summary>
/// <param name="Code">Short code within the procedure ("TP1"), optional.</param>
/// <param name="Name">What the paper is.</param>
/// <param name="Originals">Number of originals (bản chính).</param>
/// <param name="Copies">Number of copies (bản sao).</param>
/// <param name="Required">False for components needed only in some cases.</param>
/// <param name="Form">The form template to fill in, when there is one ("Mẫu CT01, Thông tư 66/2023/TT-BCA").</param>
public sealed record ComponentSpec(string? Code, string Name, int Originals, int Copies, bool Required, string? Form);

/// <summary>A fee or charge (phí, lệ phí), in whole Vietnamese đồng. A free procedure lists its fee
/// with amount 0 (and says why in <paramref name="Note"/>) so that the catalog shows it was published.</summary>
public sealed record FeeSpec(string Name, string? Code, long Amount, string? Note);

/// <summary>A legal document the procedure rests on (căn cứ pháp lý): its number ("60/2014/QH13"),
/// its title, and the date it took effect (needed for index indicator 1.1).</summary>
public sealed record LegalBasisSpec(string Code, string? Name, LocalDate? EffectiveFrom);

/// <summary>
/// One step of the internal process (quy trình nội bộ). Steps run in <paramref name="Order"/>; steps with the
/// same order run in parallel (consultation of several agencies at once). The performer is a unit
/// (<paramref name="UnitCode"/>), a role (<paramref name="Role"/>) or both; a step without a unit is performed
/// inside the dossier's competent agency (for commune procedures: the commune handling the dossier).
/// </summary>
public sealed record StepSpec(int Order, string Name, string? UnitCode, string? Role, Deadline Share);

/// <summary>The publication of a version: the publication decision (quyết định công bố) with its number and
/// date, the date the version takes effect, and the date it was made public on the national catalog.</summary>
public sealed record PublicationSpec(string Decision, LocalDate Date, LocalDate EffectiveFrom, LocalDate? PublicOn);

/// <summary>
/// Everything one version of a procedure says, with units named by code: what imports read, exports write,
/// staff pages edit, and two versions are compared on. Strings are NFC (see <see cref="Text.VietnameseText"/>).
/// </summary>
public sealed record ProcedureContent
{
    /// <summary>National code from the national procedure database (CSDLQG về TTHC), e.g. "1.001193".</summary>
    public required string Code { get; init; }

    public required string Name { get; init; }

    /// <summary>Field (lĩnh vực), e.g. "Hộ tịch".</summary>
    public required string Field { get; init; }

    public required ProcedureLevel Level { get; init; }

    /// <summary>The competent agency's unit code; <c>null</c> for a commune procedure that every commune
    /// settles.</summary>
    public string? AgencyCode { get; init; }

    public required TargetGroup TargetGroup { get; init; }

    /// <summary>Cases (trường hợp) the procedure distinguishes, if any.</summary>
    public IReadOnlyList<string> Cases { get; init; } = [];

    public required SubmissionChannels Channels { get; init; }

    /// <summary>The legal processing time, counted from receipt of a complete dossier.</summary>
    public required Deadline ProcessingTime { get; init; }

    /// <summary>A different processing time for dossiers submitted online, when the law sets one.</summary>
    public Deadline? OnlineProcessingTime { get; init; }

    public IReadOnlyList<FeeSpec> Fees { get; init; } = [];

    public IReadOnlyList<ComponentSpec> Components { get; init; } = [];

    public IReadOnlyList<LegalBasisSpec> LegalBasis { get; init; } = [];

    /// <summary>Whether the procedure ends with a result document (giấy tờ kết quả), which index
    /// indicators 4.1 and 4.2 look at.</summary>
    public bool IssuesResultDocument { get; init; }

    /// <summary>What the result is called ("Giấy khai sinh").</summary>
    public string? ResultName { get; init; }

    public OnlineLevel OnlineLevel { get; init; }

    /// <summary>Whether the procedure qualifies for full-online service (index indicator 3.1).</summary>
    public bool FullOnlineEligible { get; init; }

    /// <summary>Requirements and conditions (yêu cầu, điều kiện), free text.</summary>
    public string? Conditions { get; init; }

    public IReadOnlyList<StepSpec> Steps { get; init; } = [];

    public required PublicationSpec Publication { get; init; }
}
