using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain.EventLog;
using MotCua.Domain.Portal;
using MotCua.Domain.Text;
using MotCua.Web.Infrastructure.Files;
using NodaTime;

namespace MotCua.Web.Features.Portal.Documents;

/// <summary>A paper in "my documents": an earlier upload (id = the row's id) or an electronic result (id
/// <c>r-&lt;dossier&gt;-&lt;n&gt;</c>, read from the dossier's <see cref="ResultIssued"/> event).</summary>
public sealed record MyDocument(string Id, CitizenDocumentKind Kind, string Title, FileRecord File, string? DossierCode, Instant AddedAt);

/// <summary>
/// A citizen's "my documents" store: what she uploaded before and the electronic results issued to her, so a later
/// dossier can reuse a paper instead of uploading it again. Only the owner ever sees or reuses her documents.
/// </summary>
public sealed class MyDocuments(MotCuaDbContext db, IFileStore files, IClock clock)
{
    /// <summary>Largest number of documents listed (newest first).</summary>
    public const int Limit = 100;

    public async Task<IReadOnlyList<MyDocument>> ListAsync(string userId, CancellationToken cancellationToken)
    {
        var uploads = await db.CitizenDocuments.AsNoTracking().Where(d => d.UserId == userId)
            .OrderByDescending(d => d.AddedAt).Take(Limit).ToListAsync(cancellationToken);
        var list = uploads.Select(d => new MyDocument(d.Id.ToString("N"), d.Kind, d.Title, new FileRecord(d.FileName, d.StorageKey, d.Sha256, d.Size), d.DossierCode, d.AddedAt)).ToList();
        list.AddRange(await ResultsAsync(userId, cancellationToken));
        return [.. list.OrderByDescending(d => d.AddedAt).Take(Limit)];
    }

    /// <summary>One of the citizen's documents, or null (unknown, or someone else's).</summary>
    public async Task<MyDocument?> FindAsync(string userId, string? id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        if (Guid.TryParseExact(id, "N", out var rowId))
        {
            var d = await db.CitizenDocuments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == rowId && x.UserId == userId, cancellationToken);
            return d is null ? null : new MyDocument(d.Id.ToString("N"), d.Kind, d.Title, new FileRecord(d.FileName, d.StorageKey, d.Sha256, d.Size), d.DossierCode, d.AddedAt);
        }

        return (await ResultsAsync(userId, cancellationToken)).FirstOrDefault(r => r.Id == id);
    }

    /// <summary>Adds an upload to the context without saving, so it is saved with the dossier that carries it (one
    /// transaction: either both exist or neither).</summary>
    public CitizenDocument Stage(string userId, string title, FileRecord file)
    {
        var document = new CitizenDocument
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            Kind = CitizenDocumentKind.Upload,
            Title = Truncate(VietnameseText.Normalize(title) ?? file.Name, 300),
            FileName = Truncate(file.Name, 200),
            StorageKey = file.StorageKey,
            Sha256 = file.Sha256,
            Size = file.Size,
            AddedAt = clock.GetCurrentInstant(),
        };
        db.CitizenDocuments.Add(document);
        return document;
    }

    /// <summary>Forgets staged documents after the dossier that carried them was not saved.</summary>
    public void Unstage(IEnumerable<CitizenDocument> staged)
    {
        foreach (var document in staged)
        {
            db.Entry(document).State = EntityState.Detached;
        }
    }

    /// <summary>Saves changes to staged or loaded documents.</summary>
    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    /// <summary>Uploads a paper on its own (not with a dossier). Throws <see cref="FileRejectedException"/> when the
    /// file is refused; the stored file is removed again when the row cannot be saved.</summary>
    public async Task<MyDocument> AddAsync(string userId, string title, Stream content, string fileName, CancellationToken cancellationToken)
    {
        var file = await files.SaveAsync(content, fileName, cancellationToken);
        var document = Stage(userId, string.IsNullOrWhiteSpace(title) ? file.Name : title, file);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            Unstage([document]);
            files.Delete(file.StorageKey);
            throw;
        }

        return new MyDocument(document.Id.ToString("N"), document.Kind, document.Title, file, null, document.AddedAt);
    }

    private async Task<IReadOnlyList<MyDocument>> ResultsAsync(string userId, CancellationToken cancellationToken)
    {
        var owned = db.DossierApplicants.Where(a => a.UserId == userId).Select(a => a.DossierId);
        var dossiers = await db.Dossiers.AsNoTracking().Where(d => owned.Contains(d.Id) && d.ElectronicResult)
            .Select(d => new { d.Id, d.Code, d.ProcedureName }).ToListAsync(cancellationToken);
        if (dossiers.Count == 0)
        {
            return [];
        }

        var ids = dossiers.Select(d => d.Id).ToList();
        var events = await db.EventLog.AsNoTracking()
            .Where(e => e.StreamKind == StreamKind.Dossier && ids.Contains(e.StreamId) && e.Type == nameof(ResultIssued))
            .ToListAsync(cancellationToken);
        var list = new List<MyDocument>();
        foreach (var e in events)
        {
            var dossier = dossiers.First(d => d.Id == e.StreamId);
            var issued = (ResultIssued)DossierEventCodec.Deserialize(e.Type, e.Data);
            for (var i = 0; i < issued.Files.Count; i++)
            {
                list.Add(new MyDocument(ResultId(e.StreamId, i), CitizenDocumentKind.Result, dossier.ProcedureName, issued.Files[i], dossier.Code, e.OccurredAt));
            }
        }

        return list;
    }

    public static string ResultId(Guid dossierId, int index) => $"r-{dossierId:N}-{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
