using System.Text.Json;
using MotCua.Domain.Text;

namespace MotCua.Web.Infrastructure.NationalData;

/// <summary>A paper the national data stores hold for a person (population database, citizen's data store).</summary>
/// <param name="Kind">What it is, e.g. "Giấy khai sinh".</param>
/// <param name="Number">Its number.</param>
/// <param name="Issuer">Who issued it.</param>
public sealed record NationalPaper(string Kind, string Number, string Issuer);

/// <summary>
/// The national data stores (Cơ sở dữ liệu quốc gia về dân cư, Kho quản lý dữ liệu điện tử của tổ chức, cá nhân)
/// as MotCua uses them: papers of a person that a component can be taken from instead of asking for a copy
/// (Decree 45/2020/NĐ-CP; counted by index 4.4/4.5). Production connects through the provincial data-sharing
/// platform (LGSP/NDXP) behind this interface; development reads a local file.
/// </summary>
public interface INationalDataStore
{
    Task<IReadOnlyList<NationalPaper>> PapersOfAsync(string idNumber, CancellationToken cancellationToken);
}

/// <summary>Development store: <c>&lt;data folder&gt;/national-store.json</c> if present, else the demo file shipped in
/// <c>data/demo/national-store.json</c>; shape <c>{"092080001234":[{"kind","number","issuer"}]}</c>, every ID number
/// fictitious.</summary>
public sealed class LocalNationalDataStore(DataFolderPath dataFolder) : INationalDataStore
{
    public async Task<IReadOnlyList<NationalPaper>> PapersOfAsync(string idNumber, CancellationToken cancellationToken)
    {
        var file = Path.Combine(dataFolder.Path, "national-store.json");
        if (!File.Exists(file))
        {
            file = DataFolder.ReferenceData("demo", "national-store.json");
        }

        if (!File.Exists(file))
        {
            return [];
        }

        await using var stream = File.OpenRead(file);
        var all = await JsonSerializer.DeserializeAsync<Dictionary<string, List<NationalPaper>>>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true }, cancellationToken);
        return all is not null && all.TryGetValue(idNumber.Trim(), out var papers) ? papers : [];
    }

    /// <summary>The paper of <paramref name="papers"/> that a component named <paramref name="componentName"/> asks for.</summary>
    public static NationalPaper? Match(IEnumerable<NationalPaper> papers, string componentName)
    {
        var key = VietnameseText.SearchKey(componentName);
        return papers.FirstOrDefault(p => key.Contains(VietnameseText.SearchKey(p.Kind), StringComparison.Ordinal));
    }
}
