using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Organization;
using MotCua.Domain.Text;
using NodaTime;

namespace MotCua.Web.Infrastructure.Seeding;

/// <summary>
/// Loads the national lists of administrative areas shipped in <c>data/units/</c>: the 34 provinces and
/// 3,321 communes of 1/7/2025, the 63 provinces / 696 districts / 10,035 communes before, and the
/// old→new commune mapping. Runs once per data version (see <see cref="SeedKey"/>).
/// </summary>
public sealed class AreaSeeder(MotCuaDbContext db, IClock clock, ILogger<AreaSeeder> logger)
{
    public const string SeedKey = "areas:2025-07-01=v3.0.2;pre-2025=v2.4.1;mapping=dvhcvn-dd94887";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.SeedRecords.AnyAsync(s => s.Key == SeedKey, cancellationToken))
        {
            return;
        }

        var areas = new List<AdministrativeArea>(15_000);
        areas.AddRange(ReadAreas2025());
        areas.AddRange(ReadAreasPre2025());
        var successions = ReadSuccessions();

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.AreaSuccessions.ExecuteDeleteAsync(cancellationToken);
        await db.AdministrativeAreas.ExecuteDeleteAsync(cancellationToken);
        foreach (var chunk in areas.Chunk(2_000))
        {
            db.AdministrativeAreas.AddRange(chunk);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        foreach (var chunk in successions.Chunk(2_000))
        {
            db.AreaSuccessions.AddRange(chunk);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        db.SeedRecords.Add(new SeedRecord { Key = SeedKey, AppliedAt = clock.GetCurrentInstant() });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        logger.LogInformation("Loaded {Areas} administrative areas and {Successions} old→new commune links", areas.Count, successions.Count);
    }

    private static IEnumerable<AdministrativeArea> ReadAreas2025()
    {
        using var stream = File.OpenRead(DataFolder.ReferenceData("units", "areas-2025-07-01", "full_json_generated_data_vn_units.json"));
        using var json = JsonDocument.Parse(stream);
        var result = new List<AdministrativeArea>();
        foreach (var province in json.RootElement.EnumerateArray())
        {
            var code = province.GetProperty("Code").GetString()!;
            result.Add(Area(AreaSet.Since20250701, code, province.GetProperty("FullName").GetString()!, AreaLevel.Province, null, code));
            foreach (var ward in province.GetProperty("Wards").EnumerateArray())
            {
                result.Add(Area(AreaSet.Since20250701, ward.GetProperty("Code").GetString()!, ward.GetProperty("FullName").GetString()!,
                    AreaLevel.Commune, code, code));
            }
        }

        return result;
    }

    private static IEnumerable<AdministrativeArea> ReadAreasPre2025()
    {
        using var stream = File.OpenRead(DataFolder.ReferenceData("units", "areas-pre-2025", "simplified_json_generated_data_vn_units.json"));
        using var json = JsonDocument.Parse(stream);
        var result = new List<AdministrativeArea>();
        foreach (var province in json.RootElement.EnumerateArray())
        {
            var provinceCode = province.GetProperty("Code").GetString()!;
            result.Add(Area(AreaSet.Pre2025, provinceCode, province.GetProperty("FullName").GetString()!, AreaLevel.Province, null, provinceCode));
            if (province.GetProperty("District") is not { ValueKind: JsonValueKind.Array } districts)
            {
                continue;
            }

            foreach (var district in districts.EnumerateArray())
            {
                var districtCode = district.GetProperty("Code").GetString()!;
                result.Add(Area(AreaSet.Pre2025, districtCode, district.GetProperty("FullName").GetString()!, AreaLevel.District, provinceCode, provinceCode));
                if (district.GetProperty("Ward") is not { ValueKind: JsonValueKind.Array } wards)
                {
                    continue;
                }

                foreach (var ward in wards.EnumerateArray())
                {
                    result.Add(Area(AreaSet.Pre2025, ward.GetProperty("Code").GetString()!, ward.GetProperty("FullName").GetString()!,
                        AreaLevel.Commune, districtCode, provinceCode));
                }
            }
        }

        return result;
    }

    private static List<AreaSuccession> ReadSuccessions()
    {
        using var stream = File.OpenRead(DataFolder.ReferenceData("units", "commune-mapping-2025", "merges.json"));
        using var json = JsonDocument.Parse(stream);
        var result = new Dictionary<(string, string), AreaSuccession>();
        foreach (var province in json.RootElement.GetProperty("data").EnumerateArray())
        {
            Add(province.GetProperty("level1_id").GetString()!, province.GetProperty("merges"));
            foreach (var commune in province.GetProperty("level2s").EnumerateArray())
            {
                Add(commune.GetProperty("level2_id").GetString()!, commune.GetProperty("merges"));
            }
        }

        return [.. result.Values];

        void Add(string newCode, JsonElement merges)
        {
            foreach (var merge in merges.EnumerateArray())
            {
                var oldCode = merge.GetProperty("old_id").GetString()!;
                var kind = merge.GetProperty("type").GetString() == "full" ? SuccessionKind.Full : SuccessionKind.Partial;
                result.TryAdd((oldCode, newCode), new AreaSuccession { OldCode = oldCode, NewCode = newCode, Kind = kind });
            }
        }
    }

    private static AdministrativeArea Area(AreaSet set, string code, string name, AreaLevel level, string? parent, string province)
    {
        var normalized = VietnameseText.NormalizeRequired(name);
        return new AdministrativeArea
        {
            Set = set,
            Code = code,
            Name = normalized,
            NameKey = VietnameseText.SearchKey(normalized),
            Level = level,
            ParentCode = parent,
            ProvinceCode = province,
        };
    }
}
