using MotCua.Domain.Reform;
using MotCua.Data;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Reform;

/// <summary>The agency catalogue shipped in <c>data/reform/agencies.tsv</c> (read once; a broken file stops
/// with a message naming its line).</summary>
public sealed class AgencyCatalogSource
{
    private readonly Lazy<IReadOnlyList<AgencyAlias>> _catalog = new(Load);

    public IReadOnlyList<AgencyAlias> Catalog => _catalog.Value;

    private static IReadOnlyList<AgencyAlias> Load()
    {
        var path = DataFolder.ReferenceData("reform", "agencies.tsv");
        try
        {
            return AgencyCatalog.Parse(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            throw new StartupException($"Không đọc được danh mục cơ quan {path}: {ex.Message} (Agency catalogue missing or invalid.)", ex);
        }
    }
}
