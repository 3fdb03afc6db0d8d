using NodaTime;

namespace MotCua.Domain.Dossiers;

/// <summary>
/// A draft apology and new appointment (Mẫu 04), prepared automatically when a dossier will be late, for the
/// officer to review and issue before the appointment. A draft is not a fact of the dossier: only issuing it
/// appends an <see cref="Extended"/> event.
/// </summary>
public sealed class ExtensionDraft
{
    public Guid DossierId { get; set; }

    public Instant CurrentDueAt { get; set; }

    public Instant ProposedDueAt { get; set; }

    public required string Reason { get; set; }

    public Instant PreparedAt { get; set; }
}
