using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Testing;
using MotCua.Web.Features.Dossiers.Actions;
using MotCua.Web.Features.Dossiers.Audit;

namespace MotCua.Web.Tests.Features.Dossiers;

/// <summary>Tampering with the database directly, as someone with database access would: the triggers refuse
/// it, and when the triggers are dropped first, <c>audit verify</c> finds the first broken link.</summary>
public sealed class EventLogTamperTests
{
    private static async Task<(TestDatabase Db, Guid Id)> DossierWithHistoryAsync(DatabaseProvider provider)
    {
        var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var d = await DossierTestKit.ReceiveAtNinhKieuAsync(db);
        await DossierTestKit.ReceiveAtNinhKieuAsync(db);
        Assert.Equal(ActionStatus.Done, (await DossierTestKit.ActAsync(db, "chuyenvien.ninhkieu", d.Id, new DossierAction.RequestSupplement(["Giấy chứng sinh"], "Thiếu"))).Status);
        Assert.Equal(ActionStatus.Done, (await DossierTestKit.ActAsync(db, "motcua.ninhkieu", d.Id, new DossierAction.CompleteSupplement([]))).Status);
        return (db, d.Id);
    }

    private static async Task<AuditReport> VerifyAsync(TestDatabase db)
    {
        await using var scope = db.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VerifyEventLog>().RunAsync(CancellationToken.None);
    }

    private static async Task DropGuardsAsync(MotCuaDbContext context) =>
        await context.Database.ExecuteSqlRawAsync(context.Provider == DatabaseProvider.Sqlite ? EventLogGuards.SqliteDrop : EventLogGuards.PostgresDrop);

    [Theory, AllProviders]
    public async Task Verify_UntouchedLog_IsIntact(DatabaseProvider provider)
    {
        var (db, _) = await DossierWithHistoryAsync(provider);
        await using (db)
        {
            var report = await VerifyAsync(db);
            Assert.Empty(report.Breaks);
            Assert.Equal(2, report.Streams);
            Assert.Equal(6, report.Events);
        }
    }

    [Theory, AllProviders]
    public async Task Database_RefusesUpdateAndDeleteOfEvents(DatabaseProvider provider)
    {
        var (db, id) = await DossierWithHistoryAsync(provider);
        await using (db)
        {
            await using var context = db.NewContext();
            await Assert.ThrowsAnyAsync<Exception>(() => context.Database.ExecuteSqlRawAsync("UPDATE \"EventLog\" SET \"Reason\" = 'x'"));
            await Assert.ThrowsAnyAsync<Exception>(() => context.Database.ExecuteSqlRawAsync("DELETE FROM \"EventLog\""));
            var e = await context.EventLog.FirstAsync(x => x.StreamId == id);
            context.Entry(e).State = EntityState.Deleted;
            await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync());
            Assert.Empty((await VerifyAsync(db)).Breaks);
        }
    }

    [Theory, AllProviders]
    public async Task Verify_EditedEvent_ReportsItsPosition(DatabaseProvider provider)
    {
        var (db, id) = await DossierWithHistoryAsync(provider);
        await using (db)
        {
            await using (var context = db.NewContext())
            {
                await DropGuardsAsync(context);
                // Someone rewrites the supplement request's reason.
                await context.Database.ExecuteSqlAsync($"UPDATE \"EventLog\" SET \"Reason\" = 'Đã đủ' WHERE \"StreamId\" = {id} AND \"Sequence\" = 3");
            }

            var broken = Assert.Single((await VerifyAsync(db)).Breaks);
            Assert.Equal((id, 3), (broken.StreamId, broken.Sequence));
            Assert.Contains("edited", broken.Problem, StringComparison.Ordinal);
        }
    }

    [Theory, AllProviders]
    public async Task Verify_DeletedEvent_IsDetected(DatabaseProvider provider)
    {
        var (db, id) = await DossierWithHistoryAsync(provider);
        await using (db)
        {
            await using (var context = db.NewContext())
            {
                await DropGuardsAsync(context);
                await context.Database.ExecuteSqlAsync($"DELETE FROM \"EventLog\" WHERE \"StreamId\" = {id} AND \"Sequence\" = 3");
            }

            Assert.Equal(3, Assert.Single((await VerifyAsync(db)).Breaks).Sequence);
        }
    }

    [Theory, AllProviders]
    public async Task Verify_LastEventDeleted_IsDetectedByTheDossierHead(DatabaseProvider provider)
    {
        var (db, id) = await DossierWithHistoryAsync(provider);
        await using (db)
        {
            await using (var context = db.NewContext())
            {
                await DropGuardsAsync(context);
                await context.Database.ExecuteSqlAsync($"DELETE FROM \"EventLog\" WHERE \"StreamId\" = {id} AND \"Sequence\" = 4");
            }

            Assert.Contains("deleted from the end", Assert.Single((await VerifyAsync(db)).Breaks).Problem, StringComparison.Ordinal);
        }
    }

    [Theory, AllProviders]
    public async Task Verify_ReorderedEvents_AreDetected(DatabaseProvider provider)
    {
        var (db, id) = await DossierWithHistoryAsync(provider);
        await using (db)
        {
            await using (var context = db.NewContext())
            {
                await DropGuardsAsync(context);
                // Swap events 3 and 4 (the supplement looks completed before it was requested).
                await context.Database.ExecuteSqlAsync($"UPDATE \"EventLog\" SET \"Sequence\" = 99 WHERE \"StreamId\" = {id} AND \"Sequence\" = 3");
                await context.Database.ExecuteSqlAsync($"UPDATE \"EventLog\" SET \"Sequence\" = 3 WHERE \"StreamId\" = {id} AND \"Sequence\" = 4");
                await context.Database.ExecuteSqlAsync($"UPDATE \"EventLog\" SET \"Sequence\" = 4 WHERE \"StreamId\" = {id} AND \"Sequence\" = 99");
            }

            Assert.Equal(3, Assert.Single((await VerifyAsync(db)).Breaks).Sequence);
        }
    }
}
