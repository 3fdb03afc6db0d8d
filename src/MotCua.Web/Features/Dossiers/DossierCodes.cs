using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using NodaTime;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Dossier codes <c>&lt;unit code&gt;-YYMMDD-XXXX</c> (DOMAIN.md §4): a 4-digit sequence per receiving unit
/// and day, unique and gap-free. The counter row is incremented with one atomic upsert inside the caller's
/// transaction: concurrent intakes at one unit wait for each other on that row (PostgreSQL row lock; SQLite
/// has one writer), and a rolled-back intake rolls its number back.
/// </summary>
public sealed class DossierCodes(MotCuaDbContext db)
{
    /// <summary>Takes the next code. Must run inside a transaction that also creates the dossier.</summary>
    public async Task<string> NextAsync(string unitCode, LocalDate day, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Dossier codes are allocated inside the intake's transaction (gap-free numbering).");
        }

        var dayValue = day.ToDateOnly();
        var next = await db.Database.SqlQuery<int>($"""
            INSERT INTO "DossierCodeCounters" ("UnitCode", "Day", "Last") VALUES ({unitCode}, {dayValue}, 1)
            ON CONFLICT ("UnitCode", "Day") DO UPDATE SET "Last" = "DossierCodeCounters"."Last" + 1
            RETURNING "Last" AS "Value"
            """).ToListAsync(cancellationToken);
        return Format(unitCode, day, next.Single());
    }

    public static string Format(string unitCode, LocalDate day, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{unitCode}-{day.Year % 100:00}{day.Month:00}{day.Day:00}-{number:0000}");
}
