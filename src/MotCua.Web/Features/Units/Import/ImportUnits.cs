using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Organization;
using MotCua.Domain.Text;
using NodaTime;

namespace MotCua.Web.Features.Units.Import;

/// <summary>Outcome of a unit import: either problems (and nothing imported) or counts.</summary>
public sealed record UnitImportResult(IReadOnlyList<ImportProblem> Problems, int Added, int Updated, int Unchanged)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Imports a unit list <c>[{"code","name","kind","parentCode"}, …]</c> (the format of
/// <c>motcua import units</c>). All or nothing: any problem in any record means nothing is written.
/// Importing the same list again changes nothing; a changed name or parent updates the unit.
/// </summary>
public sealed class ImportUnits(MotCuaDbContext db, UnitDirectory directory, IClock clock)
{
    private sealed record UnitJson(string? Code, string? Name, string? Kind, string? ParentCode);

    /// <param name="json">The list.</param>
    /// <param name="validFrom">First day new units exist; default today in Vietnam.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public async Task<UnitImportResult> ImportAsync(Stream json, LocalDate? validFrom, CancellationToken cancellationToken)
    {
        List<UnitRecord> records;
        try
        {
            var items = await JsonSerializer.DeserializeAsync<List<UnitJson?>>(json, JsonOptions, cancellationToken);
            if (items is null)
            {
                return Failed(new ImportProblem(0, null, "tệp rỗng: cần một mảng JSON các đơn vị."));
            }

            records = [.. items.Select((item, i) => new UnitRecord(i + 1, item?.Code, item?.Name, item?.Kind, item?.ParentCode))];
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"dòng {line + 1}" : "tệp";
            return Failed(new ImportProblem(0, null, $"JSON không hợp lệ ở {where}: cần một mảng các đối tượng {{code, name, kind, parentCode}}."));
        }

        return await ImportAsync(records, validFrom, cancellationToken);
    }

    public async Task<UnitImportResult> ImportAsync(IReadOnlyList<UnitRecord> records, LocalDate? validFrom, CancellationToken cancellationToken)
    {
        var existing = await db.Units.AsNoTracking()
            .Where(u => u.ValidTo == null)
            .Select(u => new { u.Code, u.Kind })
            .ToDictionaryAsync(u => u.Code, u => u.Kind, StringComparer.Ordinal, cancellationToken);
        var problems = UnitListRules.Validate(records, existing).ToList();
        foreach (var record in records)
        {
            var code = VietnameseText.Normalize(record.Code);
            if (code is not null && existing.TryGetValue(code, out var kind) && UnitListRules.ParseKind(record.Kind) is { } newKind && newKind != kind)
            {
                problems.Add(new ImportProblem(record.Number, code,
                    $"đơn vị đã có với loại {UnitListRules.Describe(kind)}; không đổi loại đơn vị bằng nhập tệp."));
            }
        }

        if (problems.Count > 0)
        {
            return new UnitImportResult(problems, 0, 0, 0);
        }

        var from = validFrom ?? Domain.VietnamTime.Today(clock);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var units = await db.Units.Where(u => u.ValidTo == null).ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, cancellationToken);
        int added = 0, updated = 0, unchanged = 0;

        // Parents first, so that every parent exists (in the database or the tracker) when its child is linked.
        foreach (var record in OrderParentsFirst(records))
        {
            var code = VietnameseText.NormalizeRequired(record.Code!);
            var name = VietnameseText.NormalizeRequired(record.Name!);
            var kind = UnitListRules.ParseKind(record.Kind)!.Value;
            var parentCode = VietnameseText.Normalize(record.ParentCode);
            var parent = string.IsNullOrEmpty(parentCode) ? null : units[parentCode];
            if (units.TryGetValue(code, out var unit))
            {
                // All current units are tracked, so EF has fixed up unit.Parent; a retired parent shows as null.
                if (unit.Name == name && ReferenceEquals(unit.Parent, parent))
                {
                    unchanged++;
                    continue;
                }

                unit.Name = name;
                unit.NameKey = VietnameseText.SearchKey(name);
                unit.Parent = parent;
                updated++;
            }
            else
            {
                unit = new Unit
                {
                    Code = code,
                    Name = name,
                    NameKey = VietnameseText.SearchKey(name),
                    Kind = kind,
                    Parent = parent,
                    ValidFrom = from,
                };
                db.Units.Add(unit);
                units[code] = unit;
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        directory.Invalidate();
        return new UnitImportResult([], added, updated, unchanged);
    }

    private static List<UnitRecord> OrderParentsFirst(IReadOnlyList<UnitRecord> records)
    {
        var byCode = records.ToDictionary(r => VietnameseText.NormalizeRequired(r.Code!), StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<UnitRecord>(records.Count);
        foreach (var record in records)
        {
            Visit(VietnameseText.NormalizeRequired(record.Code!));
        }

        return ordered;

        // Validation has rejected cycles; the visited set also guards against them.
        void Visit(string code)
        {
            if (!byCode.TryGetValue(code, out var record) || !visited.Add(code))
            {
                return;
            }

            var parent = VietnameseText.Normalize(record.ParentCode);
            if (!string.IsNullOrEmpty(parent))
            {
                Visit(parent);
            }

            ordered.Add(record);
        }
    }

    private static UnitImportResult Failed(ImportProblem problem) => new([problem], 0, 0, 0);

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };
}
