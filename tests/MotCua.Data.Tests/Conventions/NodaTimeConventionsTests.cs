using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Testing;
using NodaTime;

namespace MotCua.Data.Tests.Conventions;

public sealed class NodaTimeConventionsTests
{
    [Theory, AllProviders]
    public async Task LocalDateAndInstant_RoundTripAndCompareInQueries(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var applied = Instant.FromUtc(2025, 7, 1, 1, 2, 3).PlusTicks(4_560);
        await using (var db = database.NewContext())
        {
            db.Units.Add(new Unit { Code = "T1", Name = "Tỉnh Thử", NameKey = "tinh thu", Kind = UnitKind.Province, ValidFrom = new LocalDate(2025, 7, 1) });
            db.Units.Add(new Unit { Code = "T2", Name = "Tỉnh Cũ", NameKey = "tinh cu", Kind = UnitKind.Province, ValidFrom = new LocalDate(2020, 1, 1), ValidTo = new LocalDate(2025, 6, 30) });
            db.SeedRecords.Add(new SeedRecord { Key = "test", AppliedAt = applied });
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            Assert.Equal(provider, db.Provider);
            var cutoff = new LocalDate(2025, 7, 1);
            var current = await db.Units.Where(u => u.ValidFrom >= cutoff && u.ValidTo == null).Select(u => u.Code).ToListAsync();
            Assert.Equal(["T1"], current);
            var retired = await db.Units.Where(u => u.ValidTo < cutoff).Select(u => u.ValidTo).SingleAsync();
            Assert.Equal(new LocalDate(2025, 6, 30), retired);
            var record = await db.SeedRecords.SingleAsync(s => s.AppliedAt > applied.Minus(Duration.FromSeconds(1)));
            Assert.Equal(applied, record.AppliedAt);
        }
    }

    [Theory, AllProviders]
    public async Task Migrations_AreAllApplied(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }
}
