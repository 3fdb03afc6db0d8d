using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Reform;
using NodaTime;

namespace MotCua.Web.Features.Reform.Extract;

/// <summary>What reading a directive gave: its proposals, or why it could not be read.</summary>
public sealed record DirectiveReading(DirectiveExtraction? Extraction, string? Error)
{
    public bool Succeeded => Extraction is not null;
}

/// <summary>
/// Reads a directive (pasted text or a .txt/.docx/.pdf file) and proposes its tasks against the province's
/// current units and the agency catalogue. Nothing is saved: the officer reviews the proposals first.
/// </summary>
public sealed class ExtractDirective(MotCuaDbContext db, AgencyCatalogSource catalog, IClock clock)
{
    /// <summary>The province's current units and the agency catalogue.</summary>
    public async Task<AgencyDirectory> AgenciesAsync(CancellationToken cancellationToken)
    {
        var units = await db.Units.AsNoTracking()
            .Where(u => u.ValidTo == null)
            .OrderBy(u => u.Id)
            .Select(u => new KnownUnit(u.Code, u.Name))
            .ToListAsync(cancellationToken);
        return new AgencyDirectory(units, catalog.Catalog);
    }

    public async Task<DirectiveReading> FromTextAsync(string? text, CancellationToken cancellationToken)
    {
        var checkedText = DirectiveFileText.Pasted(text);
        return checkedText.Succeeded
            ? Read(checkedText.Text!, await AgenciesAsync(cancellationToken))
            : new DirectiveReading(null, checkedText.Error);
    }

    public async Task<DirectiveReading> FromFileAsync(byte[] bytes, string? fileName, CancellationToken cancellationToken)
    {
        var file = DirectiveFileText.Read(bytes, fileName);
        return file.Succeeded
            ? Read(file.Text!, await AgenciesAsync(cancellationToken))
            : new DirectiveReading(null, file.Error);
    }

    /// <summary>Extracts with the header's year, else this year in Vietnam, for deadlines without a year.</summary>
    public DirectiveReading Read(string text, AgencyDirectory agencies, int? year = null) =>
        new(DirectiveExtractor.Extract(text, agencies, year, VietnamTime.Today(clock).Year), null);
}
