using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Testing;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Dossiers.Demo;
using MotCua.Web.Features.Dossiers.Queries;

namespace MotCua.Web.Tests.Features.Dossiers.Queries;

/// <summary>The compiled queue queries (counts and lists, with the visibility they leave out where a queue already
/// implies it) give exactly what the queue definitions and <see cref="DossierVisibility.CanSee"/> give when evaluated
/// in memory over every dossier.</summary>
public sealed class DossierQueuesTests
{
    [Theory, AllProviders]
    public async Task CountsAndLists_EqualTheDefinitionsEvaluatedInMemory(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        await using (var scope = db.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDossierGenerator>().GenerateAsync(400, 7, CancellationToken.None);
        }

        // Some dossiers of the day, in every state a queue holds: waiting to be received, being processed, assigned.
        var submitted = await TestDossiers.SubmitAsync(db);
        var received = await TestDossiers.ReceiveAsync(db);
        var elsewhere = await TestDossiers.ReceiveAsync(db, "motcua.vithanh");

        List<Dossier> all;
        await using (var context = db.NewContext())
        {
            all = await context.Dossiers.AsNoTracking().ToListAsync();
        }

        var now = db.Clock.GetCurrentInstant();
        var endOfToday = VietnamTime.ToInstant(VietnamTime.Today(db.Clock).PlusDays(1).AtMidnight());
        var visibility = new DossierVisibility();
        var nonEmpty = 0;
        var scopeSizes = new HashSet<int>();
        foreach (var userName in new[] { "motcua.ninhkieu", "chuyenvien.ninhkieu", "chuyenvien.stp", "lanhdao", "motcua.vithanh" })
        {
            var staff = await TestDossiers.StaffAsync(db, userName);
            var scope = staff.ScopeUnitCodes.ToArray();
            scopeSizes.Add(Math.Min(scope.Length, 2));
            await using var request = db.Services.CreateAsyncScope();
            var queries = request.ServiceProvider.GetRequiredService<DossierQueries>();
            foreach (var queue in Enum.GetValues<Queue>())
            {
                var holds = DossierQueues.Holds(queue).Compile();
                var expected = all.Where(d => visibility.CanSee(staff, d) && holds(d, scope, staff.UserId, now, endOfToday)).Select(d => d.Id).ToHashSet();
                var (items, counts) = await queries.QueueAsync(staff, queue, null, 10_000, CancellationToken.None);
                Assert.True(expected.Count == counts[queue], $"{userName} {queue}: counted {counts[queue]}, expected {expected.Count}");
                Assert.True(expected.SetEquals(items.Select(i => i.Id)), $"{userName} {queue}: listed {items.Count}, expected {expected.Count}");
                nonEmpty += expected.Count > 0 ? 1 : 0;

                // Soonest due first (where the databases put dossiers without a due time differs), nothing beyond the limit.
                var dues = items.Select(i => i.StepDueAt ?? i.DueAt ?? i.ReceiptDueAt).Where(x => x is not null).ToList();
                Assert.Equal(dues.OrderBy(x => x).ToList(), dues);
                var (firstTwo, _) = await queries.QueueAsync(staff, queue, null, 2, CancellationToken.None);
                Assert.Equal(Math.Min(2, expected.Count), firstTwo.Count);
            }
        }

        // Both compiled forms of the scope test are exercised: a single unit (equality) and several (list).
        Assert.Equal([1, 2], scopeSizes.Order());
        Assert.True(nonEmpty >= 10, $"only {nonEmpty} non-empty queues: the data does not exercise the queries");

        var officer = await TestDossiers.StaffAsync(db, "motcua.ninhkieu");
        await using var search = db.Services.CreateAsyncScope();
        var q = search.ServiceProvider.GetRequiredService<DossierQueries>();
        var (found, _) = await q.QueueAsync(officer, Queue.ToReceive, submitted.Code[^8..], 200, CancellationToken.None);
        Assert.Equal([submitted.Id], found.Select(i => i.Id));
        var (byProcedure, _) = await q.QueueAsync(officer, Queue.Unit, received.ProcedureCode, 200, CancellationToken.None);
        Assert.Contains(received.Id, byProcedure.Select(i => i.Id));
        var byId = all.ToDictionary(d => d.Id);
        Assert.All(byProcedure, i => Assert.True(byId.TryGetValue(i.Id, out var d) ? d.ProcedureCode == received.ProcedureCode : i.Id == received.Id));
        var (none, _) = await q.QueueAsync(officer, Queue.Unit, elsewhere.Code, 200, CancellationToken.None);
        Assert.Empty(none);
    }
}
