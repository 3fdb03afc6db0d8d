using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Testing;
using MotCua.Web.Features.Dossiers.Actions;
using MotCua.Web.Features.Dossiers.Warnings;
using MotCua.Web.Features.Notifications;

namespace MotCua.Web.Tests.Features.Dossiers;

public sealed class DossierWarningsTests
{
    private static async Task<WarningRun> RunAsync(TestDatabase db)
    {
        await using var scope = db.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DossierWarnings>().RunAsync(CancellationToken.None);
    }

    [Theory, AllProviders]
    public async Task Warnings_EscalateOncePerLevel_AndPrepareAnApology(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        // Birth registration: 1 working day; received Mon 24/11/2025 08:00, due Tue 08:00 (the first step's share earlier).
        var d = await DossierTestKit.ReceiveAtNinhKieuAsync(db);
        var specialist = await DossierTestKit.StaffAsync(db, "chuyenvien.ninhkieu");
        Assert.Equal(ActionStatus.Done, (await DossierTestKit.ActAsync(db, "chuyenvien.ninhkieu", d.Id, new DossierAction.Assign(specialist.UserId, null))).Status);

        var first = await RunAsync(db);
        Assert.Equal(1, first.DueSoon);
        Assert.Equal(0, (await RunAsync(db)).DueSoon); // not twice

        db.Clock.AdvanceHours(24 * 2);  // Wed 08:00: overdue by about a working day
        var later = await RunAsync(db);
        Assert.Equal(1, later.EscalatedToLeader + later.Overdue);
        db.Clock.AdvanceHours(24 * 3);  // Sat: ≥ 2 working days late
        Assert.Equal(1, (await RunAsync(db)).EscalatedToParent);
        Assert.Equal(0, (await RunAsync(db)).EscalatedToParent);

        await using var context = db.NewContext();
        var warned = await context.EventLog.Where(e => e.StreamId == d.Id && e.Type == "Warned").CountAsync();
        Assert.Equal(3, warned);
        Assert.True(await context.ExtensionDrafts.AnyAsync(x => x.DossierId == d.Id));
        // The performer is told by e-mail; the escalation to the parent goes to the province's leaders.
        var mail = await context.Outbox.Where(m => m.Channel == Domain.Notifications.MessageChannel.Email && m.Topic.Contains("DueSoon")).ToListAsync();
        Assert.Contains(mail, m => m.Recipient == "chuyenvien.ninhkieu@demo.motcua.local");
        var parent = await context.Outbox.Where(m => m.Topic.Contains("EscalatedToParent")).ToListAsync();
        Assert.Contains(parent, m => m.Recipient == "lanhdao@demo.motcua.local");
    }

    [Theory, AllProviders]
    public async Task Warnings_PausedDossier_IsLeftAlone(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var d = await DossierTestKit.ReceiveAtNinhKieuAsync(db);
        await DossierTestKit.ActAsync(db, "chuyenvien.ninhkieu", d.Id, new DossierAction.RequestSupplement(["Giấy chứng sinh"], "Thiếu"));
        db.Clock.AdvanceHours(24 * 10);
        var run = await RunAsync(db);
        Assert.Equal(0, run.DueSoon + run.Overdue + run.EscalatedToLeader + run.EscalatedToParent);
    }

    [Fact]
    public async Task Dispatcher_SendsTheOutbox_WithoutTheIdNumber()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, Seed.Demo);
        var d = await DossierTestKit.ReceiveAtNinhKieuAsync(db);
        await using (var scope = db.Services.CreateAsyncScope())
        {
            Assert.Equal(2, await scope.ServiceProvider.GetRequiredService<NotificationDispatcher>().SendPendingAsync(100, CancellationToken.None));
        }

        var mail = Directory.GetFiles(Path.Combine(db.DataFolder, "mail"), "*.eml");
        var text = await File.ReadAllTextAsync(Assert.Single(mail));
        Assert.Contains(d.Code, text, StringComparison.Ordinal);
        Assert.Contains("an@example.vn", text, StringComparison.Ordinal);
        Assert.DoesNotContain("092080001234", text, StringComparison.Ordinal);
        var sms = await File.ReadAllTextAsync(Path.Combine(db.DataFolder, "sms", "outbox.log"));
        Assert.Contains("•••• 678", sms, StringComparison.Ordinal);
        Assert.DoesNotContain("0912345678", sms, StringComparison.Ordinal);
        await using var context = db.NewContext();
        Assert.True(await context.Outbox.AllAsync(m => m.SentAt != null));
    }
}
