using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Organization;
using MotCua.Domain.Procedures;
using NodaTime;

namespace MotCua.Web.Features.Procedures.Catalog;

/// <summary>Outcome of publishing: problems (and nothing written) or counts.</summary>
public sealed record PublishResult(IReadOnlyList<ImportProblem> Problems, int Added, int NewVersions, int Unchanged)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Writes procedure versions, all or nothing, for the imports and the staff pages: a code not yet in the
/// catalog becomes a procedure with version 1; content that differs from the procedure's newest version
/// becomes a new version (which may not start before the newest one); content equal to it changes
/// nothing, so publishing the same thing twice is harmless.
/// </summary>
public sealed class PublishVersions(MotCuaDbContext db, IClock clock)
{
    /// <param name="items">Record number (for messages) and content.</param>
    /// <param name="createdBy">User name, or "import"/"seed".</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public async Task<PublishResult> PublishAsync(IReadOnlyList<(int Number, ProcedureContent Content)> items, string createdBy, CancellationToken cancellationToken)
    {
        var units = await db.Units.AsNoTracking().Where(u => u.ValidTo == null)
            .Select(u => new { u.Code, u.Id })
            .ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal, cancellationToken);
        var problems = (await CheckAsync(items, cancellationToken)).ToList();
        if (problems.Count > 0)
        {
            return new PublishResult(problems, 0, 0, 0);
        }

        var codes = items.Select(i => i.Content.Code).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.Procedures
            .Where(p => codes.Contains(p.Code))
            .Include(p => p.Versions).ThenInclude(v => v.Cases)
            .Include(p => p.Versions).ThenInclude(v => v.Components)
            .Include(p => p.Versions).ThenInclude(v => v.Fees)
            .Include(p => p.Versions).ThenInclude(v => v.LegalBases)
            .Include(p => p.Versions).ThenInclude(v => v.Steps)
            .AsSplitQuery()
            .ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, cancellationToken);
        var codeOf = units.ToDictionary(u => u.Value, u => u.Key);
        var retired = await db.Units.AsNoTracking().Where(u => u.ValidTo != null).Select(u => new { u.Id, u.Code }).ToListAsync(cancellationToken);
        foreach (var unit in retired)
        {
            codeOf[unit.Id] = unit.Code;
        }

        var now = clock.GetCurrentInstant();
        int added = 0, newVersions = 0, unchanged = 0;
        foreach (var (number, content) in items)
        {
            if (existing.TryGetValue(content.Code, out var procedure))
            {
                var newest = procedure.Versions.MaxBy(v => v.Number)!;
                if (ProcedureDiff.AreSame(ProcedureRules.ToContent(procedure.Code, newest, id => codeOf[id]), content))
                {
                    unchanged++;
                    continue;
                }

                if (ProcedureRules.CheckNewVersionStart(content.Publication.EffectiveFrom, procedure.Versions) is { } late)
                {
                    problems.Add(new ImportProblem(number, content.Code, late));
                    continue;
                }

                Add(procedure, content, newest.Number + 1);
                newVersions++;
            }
            else
            {
                procedure = new Procedure { Code = content.Code, CreatedAt = now };
                db.Procedures.Add(procedure);
                Add(procedure, content, 1);
                added++;
            }
        }

        if (problems.Count > 0)
        {
            db.ChangeTracker.Clear();
            return new PublishResult(problems, 0, 0, 0);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone published the same procedure at the same moment: the unique (procedure, number) or
            // code index refused the second write. Nothing of this call is kept; trying again sees theirs.
            db.ChangeTracker.Clear();
            return new PublishResult([new ImportProblem(0, null, "danh mục vừa được người khác cập nhật cùng lúc; không lưu gì, hãy tải lại và thử lại.")], 0, 0, 0);
        }

        return new PublishResult([], added, newVersions, unchanged);

        void Add(Procedure procedure, ProcedureContent content, int versionNumber)
        {
            var version = ProcedureRules.ToVersion(content, code => units[code]);
            version.Number = versionNumber;
            version.CreatedAt = now;
            version.CreatedBy = createdBy;
            procedure.Versions.Add(version);
            ProcedureRules.AssignEffectiveTo(procedure.Versions);
        }
    }

    /// <summary>The rules every item must satisfy against the current units, and unique codes; no writing.</summary>
    public async Task<IReadOnlyList<ImportProblem>> CheckAsync(IReadOnlyList<(int Number, ProcedureContent Content)> items, CancellationToken cancellationToken)
    {
        var kinds = await db.Units.AsNoTracking().Where(u => u.ValidTo == null)
            .ToDictionaryAsync(u => u.Code, u => u.Kind, StringComparer.Ordinal, cancellationToken);
        var problems = new List<ImportProblem>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (number, content) in items)
        {
            problems.AddRange(ProcedureRules.Validate(content, kinds).Select(p => new ImportProblem(number, Key(content.Code), p)));
            if (content.Code.Length > 0 && !seen.TryAdd(content.Code, number))
            {
                problems.Add(new ImportProblem(number, content.Code, $"mã thủ tục trùng với bản ghi {seen[content.Code]} trong cùng tệp."));
            }
        }

        return problems;
    }

    private static string? Key(string code) => code.Length == 0 ? null : code;
}
