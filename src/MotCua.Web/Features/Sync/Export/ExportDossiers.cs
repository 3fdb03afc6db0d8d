using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.EventLog;
using NodaTime;

namespace MotCua.Web.Features.Sync.Export;

/// <summary>
/// <c>motcua export dossiers [--from yyyy-MM-dd] [--to yyyy-MM-dd] FILE.jsonl</c>: every dossier submitted (or, at a
/// counter, received) in the period, one JSON line each in the national sync layout (<see cref="NationalDossierExport"/>),
/// ordered by code. Read in batches, so memory stays flat whatever the size.
/// </summary>
public sealed class ExportDossiers(MotCuaDbContext db)
{
    private const int Batch = 500;

    /// <summary>Writes the lines and returns how many dossiers were written. Dates are Vietnamese calendar days, inclusive.</summary>
    public async Task<int> WriteAsync(TextWriter writer, LocalDate? from, LocalDate? to, CancellationToken cancellationToken)
    {
        var query = db.Dossiers.AsNoTracking();
        if (from is { } start)
        {
            var startAt = VietnamTime.ToInstant(start.AtMidnight());
            query = query.Where(d => d.SubmittedAt >= startAt);
        }

        if (to is { } end)
        {
            var endAt = VietnamTime.ToInstant(end.PlusDays(1).AtMidnight());
            query = query.Where(d => d.SubmittedAt < endAt);
        }

        var written = 0;
        for (var offset = 0; ; offset += Batch)
        {
            var dossiers = await query.OrderBy(d => d.Code).ThenBy(d => d.Id).Skip(offset).Take(Batch).ToListAsync(cancellationToken);
            if (dossiers.Count == 0)
            {
                return written;
            }

            var ids = dossiers.Select(d => d.Id).ToList();
            var applicants = await db.DossierApplicants.AsNoTracking().Where(a => ids.Contains(a.DossierId)).ToDictionaryAsync(a => a.DossierId, cancellationToken);
            var events = (await db.EventLog.AsNoTracking()
                    .Where(e => e.StreamKind == StreamKind.Dossier && ids.Contains(e.StreamId))
                    .ToListAsync(cancellationToken))
                .ToLookup(e => e.StreamId);
            foreach (var d in dossiers)
            {
                var record = NationalDossierExport.Map(d, applicants.GetValueOrDefault(d.Id), [.. events[d.Id]]);
                await writer.WriteLineAsync(NationalDossierExport.ToJsonLine(record).AsMemory(), cancellationToken);
                written++;
            }
        }
    }
}
