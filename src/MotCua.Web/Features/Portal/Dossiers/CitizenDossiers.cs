using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain.EventLog;
using MotCua.Web.Infrastructure.Files;

namespace MotCua.Web.Features.Portal.Dossiers;

/// <summary>The open supplement request of a dossier: which request, what is missing and why.</summary>
public sealed record SupplementRequest(int Number, IReadOnlyList<string> Items, string? Reason);

/// <summary>
/// What a citizen may read of her own dossiers beyond the view (owner check, the open supplement request, the
/// electronic result files). A dossier she does not own does not exist for her.
/// </summary>
public sealed class CitizenDossiers(MotCuaDbContext db, IFileStore files)
{
    public Task<bool> OwnsAsync(Guid dossierId, string userId, CancellationToken cancellationToken) =>
        db.DossierApplicants.AsNoTracking().AnyAsync(a => a.DossierId == dossierId && a.UserId == userId, cancellationToken);

    /// <summary>The supplement request the dossier waits for, or null when it is not waiting for one.</summary>
    public async Task<SupplementRequest?> OpenSupplementAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var status = await db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId).Select(d => (DossierStatus?)d.Status).FirstOrDefaultAsync(cancellationToken);
        if (status != DossierStatus.WaitingSupplement)
        {
            return null;
        }

        var last = await Events(dossierId, nameof(SupplementRequested)).OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);
        if (last is null)
        {
            return null;
        }

        var requested = (SupplementRequested)DossierEventCodec.Deserialize(last.Type, last.Data);
        return new SupplementRequest(requested.Number, requested.Items, last.Reason);
    }

    /// <summary>The electronic result files of an owned dossier (none when there is no electronic result).</summary>
    public async Task<IReadOnlyList<FileRecord>> ResultFilesAsync(Guid dossierId, string userId, CancellationToken cancellationToken)
    {
        if (!await OwnsAsync(dossierId, userId, cancellationToken))
        {
            return [];
        }

        var issued = await Events(dossierId, nameof(ResultIssued)).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        return [.. issued.Select(e => (ResultIssued)DossierEventCodec.Deserialize(e.Type, e.Data)).Where(r => r.Electronic).SelectMany(r => r.Files)];
    }

    /// <summary>Opens result file <paramref name="index"/> of an owned dossier, or null.</summary>
    public async Task<(FileRecord File, Stream Content)?> OpenResultAsync(Guid dossierId, string userId, int index, CancellationToken cancellationToken)
    {
        var results = await ResultFilesAsync(dossierId, userId, cancellationToken);
        if (index < 0 || index >= results.Count || files.Open(results[index].StorageKey) is not { } stream)
        {
            return null;
        }

        return (results[index], stream);
    }

    private IQueryable<LoggedEvent> Events(Guid dossierId, string type) =>
        db.EventLog.AsNoTracking().Where(e => e.StreamKind == StreamKind.Dossier && e.StreamId == dossierId && e.Type == type);
}
