using NodaTime;

namespace MotCua.Domain.Dossiers;

/// <summary>The last dossier number given by a unit on a day; the next code is <c>Last + 1</c>. Incremented
/// inside the transaction that creates the dossier, so a rolled-back intake gives its number back (gap-free).</summary>
public sealed class DossierCodeCounter
{
    public required string UnitCode { get; set; }

    public LocalDate Day { get; set; }

    public int Last { get; set; }
}
