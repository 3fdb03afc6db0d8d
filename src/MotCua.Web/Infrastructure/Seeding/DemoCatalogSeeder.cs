using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Data;
using MotCua.Web.Features.Procedures.Import;
using NodaTime;

namespace MotCua.Web.Infrastructure.Seeding;

/// <summary>
/// Loads the demo procedure catalog <c>data/demo/procedures-&lt;province&gt;.json</c> (MotCua's format) through
/// the same import as <c>motcua import procedures</c>, once (see <see cref="SeedKey"/>); run after the demo
/// units exist, because the catalog names them.
/// </summary>
public sealed class DemoCatalogSeeder(
    MotCuaDbContext db,
    ImportProcedures import,
    IOptions<MotCuaOptions> options,
    IClock clock,
    ILogger<DemoCatalogSeeder> logger)
{
    private string SeedKey => $"demo-catalog:{options.Value.Province.Code}:v1";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.SeedRecords.AnyAsync(s => s.Key == SeedKey, cancellationToken))
        {
            return;
        }

        var file = DataFolder.ReferenceData("demo", $"procedures-{options.Value.Province.Code}.json");
        if (!File.Exists(file))
        {
            return;
        }

        await using (var stream = File.OpenRead(file))
        {
            var result = await import.ImportAsync(stream, CatalogFileFormat.MotCua, "seed", cancellationToken);
            if (!result.Succeeded)
            {
                throw new StartupException($"Dữ liệu mẫu {Path.GetFileName(file)} không hợp lệ: {string.Join("; ", result.Problems.Take(5))}");
            }

            logger.LogInformation("Loaded the demo catalog: {Added} procedures", result.Added);
        }

        db.SeedRecords.Add(new SeedRecord { Key = SeedKey, AppliedAt = clock.GetCurrentInstant() });
        await db.SaveChangesAsync(cancellationToken);
    }
}
