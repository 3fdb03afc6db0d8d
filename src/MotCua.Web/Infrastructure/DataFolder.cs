namespace MotCua.Web.Infrastructure;

/// <summary>Where MotCua keeps its own files (database, uploads, local mail drop) and where it finds the
/// reference data it ships with.</summary>
public static class DataFolder
{
    /// <summary>The writable data folder: the configured one, else <c>data/</c> at the root of the
    /// checkout (found by <c>MotCua.slnx</c>) so that <c>dotnet run --project src/MotCua.Web</c> from the
    /// repository creates <c>./data/motcua.db</c>, else <c>data/</c> under the content root.</summary>
    public static string Resolve(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MotCua.slnx")))
            {
                return Path.Combine(dir.FullName, "data");
            }
        }

        return Path.Combine(contentRoot, "data");
    }

    /// <summary>The reference data shipped with the product (copied next to the binaries at build).</summary>
    public static string ReferenceData(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "data", .. parts]);
}
