using System.Text.Json;
using MotCua.Domain.Reform;

namespace MotCua.Domain.Tests.Reform;

/// <summary>The repository's agency catalogue and demo units, and the shared sample directives (found from
/// the repository root: its parent folder + /shared/samples).</summary>
internal static class ReformTestData
{
    private static readonly Lazy<AgencyDirectory> DemoDirectory = new(() => new AgencyDirectory(DemoUnits(), Catalog()));

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "MotCua.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("MotCua.slnx not found above the test binaries.");
        }
    }

    /// <summary>The province units of the demo deployment (Thành phố Cần Thơ's agencies) and the agency catalogue.</summary>
    public static AgencyDirectory Demo => DemoDirectory.Value;

    public static IReadOnlyList<AgencyAlias> Catalog() =>
        AgencyCatalog.Parse(File.ReadAllText(Path.Combine(RepositoryRoot, "data", "reform", "agencies.tsv")));

    public static IReadOnlyList<KnownUnit> DemoUnits()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot, "data", "demo", "units-92.json")));
        var units = json.RootElement.EnumerateArray()
            .Select(e => new KnownUnit(e.GetProperty("code").GetString()!, e.GetProperty("name").GetString()!))
            .ToList();
        units.Add(new KnownUnit("92", "Thành phố Cần Thơ"));
        units.Add(new KnownUnit("31135", "Phường Ninh Kiều"));
        units.Add(new KnownUnit("31321", "Phường Vị Thanh"));
        return units;
    }

    public static string Sample(string name)
    {
        var path = Path.Combine(Path.GetDirectoryName(RepositoryRoot)!, "shared", "samples", name);
        Assert.True(File.Exists(path), $"Sample {path} is missing: the tests expect ../shared/samples next to the repository.");
        return File.ReadAllText(path);
    }

    /// <summary>Extracts with the demo directory and a fixed year.</summary>
    public static DirectiveExtraction Extract(string text, int? year = 2025) => DirectiveExtractor.Extract(text, Demo, year);

    public static TaskProposal Single(string text, int? year = 2025) => Assert.Single(Extract(text, year).Proposals);
}
