namespace MotCua.Domain.Organization;

/// <summary>Which national list of administrative areas a code belongs to.</summary>
public enum AreaSet
{
    /// <summary>Three tiers, 63 provinces, state of 1/3/2025 (the last before the reorganisation).</summary>
    Pre2025 = 1,

    /// <summary>Two tiers, 34 provinces and 3,321 communes, from 1/7/2025 (Decision 19/2025/QĐ-TTg).</summary>
    Since20250701 = 2,
}

/// <summary>Level of an area in its list.</summary>
public enum AreaLevel
{
    Province = 1,
    District = 2,
    Commune = 3,
}

/// <summary>An entry of a national list of administrative areas (reference data, read only).</summary>
public sealed class AdministrativeArea
{
    public AreaSet Set { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string NameKey { get; set; }

    public AreaLevel Level { get; set; }

    public string? ParentCode { get; set; }

    public required string ProvinceCode { get; set; }
}

/// <summary>How much of an old commune went into a new one.</summary>
public enum SuccessionKind
{
    /// <summary>The whole old commune is now part of the new one.</summary>
    Full = 1,

    /// <summary>Part of the old commune went to the new one (it was split).</summary>
    Partial = 2,
}

/// <summary>An old (pre-2025) commune code and a new (1/7/2025) commune that holds all or part of it.</summary>
public sealed class AreaSuccession
{
    public int Id { get; set; }

    public required string OldCode { get; set; }

    public required string NewCode { get; set; }

    public SuccessionKind Kind { get; set; }
}
