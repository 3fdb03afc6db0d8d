namespace MotCua.Domain.Tests;

/// <summary>
/// Test vectors kept outside the repository in <c>../shared/data</c> (next to the checkout, see
/// DOMAIN.md §9). Tests may read them; the product never does. A missing folder fails the test loudly.
/// </summary>
public static class SharedData
{
    public static string Holidays(string file) => Path.Combine(Root(), "data", "holidays", file);

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MotCua.slnx")))
        {
            dir = dir.Parent;
        }

        if (dir?.Parent is null)
        {
            throw new InvalidOperationException("Repository root (MotCua.slnx) not found from " + AppContext.BaseDirectory);
        }

        var shared = Path.Combine(dir.Parent.FullName, "shared");
        return Directory.Exists(shared)
            ? shared
            : throw new InvalidOperationException($"Shared test data not found at {shared} (expected ../shared next to the checkout).");
    }
}
