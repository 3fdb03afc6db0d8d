using MotCua.Domain.EventLog;

namespace MotCua.Domain.Dossiers;

/// <summary>A file of a dossier with what it is.</summary>
/// <param name="What">The component name, or "Kết quả" for a result.</param>
/// <param name="File">The stored file.</param>
/// <param name="IsResult">True for a result file.</param>
/// <param name="Digitized">A component scanned, checked and signed at intake.</param>
/// <param name="Reused">A paper the citizen picked from her document store instead of uploading it again.</param>
/// <param name="FromNationalStore">A paper taken from a national database.</param>
public sealed record DossierFile(string What, FileRecord File, bool IsResult, bool Digitized, bool Reused = false, bool FromNationalStore = false);

/// <summary>Every file a dossier's events mention (components at intake and supplement, results), in order.</summary>
public static class DossierFiles
{
    public static IReadOnlyList<DossierFile> Of(IEnumerable<LoggedEvent> events)
    {
        var files = new List<DossierFile>();
        foreach (var e in events.OrderBy(e => e.Sequence))
        {
            switch (DossierEventCodec.Deserialize(e.Type, e.Data))
            {
                case Submitted s:
                    Add(s.Components);
                    break;
                case Received r:
                    Add(r.Components);
                    break;
                case SupplementCompleted c:
                    Add(c.Components);
                    break;
                case ResultIssued r:
                    files.AddRange(r.Files.Select(f => new DossierFile("Kết quả", f, true, f.SignatureKey is not null)));
                    break;
                default:
                    break;
            }
        }

        return files;

        void Add(IReadOnlyList<ComponentRecord> components) =>
            files.AddRange(components.SelectMany(c => c.Files.Select(f => new DossierFile(c.Name, f, false, c.Digitized, c.Reused, c.FromNationalStore))));
    }

    /// <summary>Whether <paramref name="storageKey"/> is one of the dossier's files or signatures.</summary>
    public static bool Contains(IEnumerable<LoggedEvent> events, string storageKey) =>
        Of(events).Any(f => f.File.StorageKey == storageKey || f.File.SignatureKey == storageKey);
}
