using NodaTime;

namespace MotCua.Domain.Organization;

/// <summary>What a unit is in the two-tier local government (from 1 July 2025, Decree 118/2025/NĐ-CP).</summary>
public enum UnitKind
{
    /// <summary>The province or centrally-run city (tỉnh, thành phố).</summary>
    Province = 1,

    /// <summary>A provincial agency: department (sở), the Provincial Office, the Inspectorate, boards.</summary>
    Department = 2,

    /// <summary>A Public Administration Service Centre (Trung tâm Phục vụ hành chính công).</summary>
    Centre = 3,

    /// <summary>A commune-level unit: phường, xã or đặc khu.</summary>
    Commune = 4,
}

/// <summary>
/// An organisation unit of the province: the province itself, its agencies and its communes. Units are
/// never deleted; a unit that is merged or dissolved gets <see cref="ValidTo"/> and a
/// <see cref="UnitSuccession"/> to the unit that takes over its work, so history stays queryable.
/// </summary>
public sealed class Unit
{
    public int Id { get; set; }

    /// <summary>Stable code: the GSO code for the province and communes ("92", "31117"), a MotCua code
    /// for agencies ("92.SNV"). Unique among all units, current and retired.</summary>
    public required string Code { get; set; }

    /// <summary>Full official name in NFC ("Phường Ninh Kiều", "Sở Nội vụ").</summary>
    public required string Name { get; set; }

    /// <summary>Accent-insensitive search key of <see cref="Name"/> (see <see cref="Text.VietnameseText.SearchKey"/>).</summary>
    public required string NameKey { get; set; }

    public UnitKind Kind { get; set; }

    public int? ParentId { get; set; }

    public Unit? Parent { get; set; }

    /// <summary>For the province and communes: the code of the area in the national list of 1/7/2025.</summary>
    public string? AreaCode { get; set; }

    public LocalDate ValidFrom { get; set; }

    /// <summary>Last day the unit existed; <c>null</c> while it is current.</summary>
    public LocalDate? ValidTo { get; set; }

    public bool IsCurrentOn(LocalDate date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);
}

/// <summary>A retired unit's work passed to <see cref="SuccessorId"/> from <see cref="EffectiveOn"/>.</summary>
public sealed class UnitSuccession
{
    public int Id { get; set; }

    public int PredecessorId { get; set; }

    public int SuccessorId { get; set; }

    public LocalDate EffectiveOn { get; set; }

    /// <summary>Why: the decision or resolution that merged the units.</summary>
    public required string Reason { get; set; }
}
