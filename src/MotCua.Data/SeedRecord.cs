using NodaTime;

namespace MotCua.Data;

/// <summary>A reference-data or demo load that has been applied, so seeding runs once (idempotent).</summary>
public sealed class SeedRecord
{
    /// <summary>What was loaded and its version, e.g. "areas:2025-07-01/v3.0.2".</summary>
    public required string Key { get; set; }

    public Instant AppliedAt { get; set; }
}
