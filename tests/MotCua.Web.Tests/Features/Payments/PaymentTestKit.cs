using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MotCua.Data.Identity;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Payments;
using MotCua.Testing;
using MotCua.Web.Features.Payments.Gateways;
using MotCua.Web.Features.Payments.Notices;
using MotCua.Web.Features.Payments.Orders;
using NodaTime;

namespace MotCua.Web.Tests.Features.Payments;

/// <summary>What "nothing changed" is measured on: the dossier's row and stream head, its orders, receipts and the receipt counter.</summary>
internal sealed record PaymentSnapshot(
    DossierStatus Status,
    int LastSequence,
    string LastHash,
    long FeeTotal,
    int OnlinePaymentChannel,
    Instant? DueAt,
    string Orders,
    int Receipts,
    int CounterLast,
    int PaymentEvents);

/// <summary>Intent methods for payment tests: a dossier of congdan1 waiting for its 8,000-đồng fee, orders, signed notices.</summary>
internal static class PaymentTestKit
{
    public const string Citizen = "congdan1";

    /// <summary>Received at Phường Ninh Kiều (birth registration, 8,000 đồng), the fee asked for, and made congdan1's.</summary>
    public static async Task<Dossier> WaitingForPaymentAsync(TestDatabase db, string? owner = Citizen, FeeAdjustment? adjustment = null)
    {
        var d = await TestDossiers.ReceiveAsync(db);
        d = await TestDossiers.ActAsync(db, "chuyenvien.ninhkieu", d.Id, (x, _, _) => DossierLifecycle.RequestPayment(x, FeeRules.Assess(x.Terms!.Fees, adjustment).Assessment!));
        if (owner is not null)
        {
            await OwnAsync(db, d.Id, owner);
        }

        return d;
    }

    /// <summary>Makes the dossier the citizen's (as the portal does for an online submission).</summary>
    public static async Task OwnAsync(TestDatabase db, Guid dossierId, string citizen)
    {
        var userId = await UserIdAsync(db, citizen);
        await using var context = db.NewContext();
        var applicant = await context.DossierApplicants.SingleAsync(a => a.DossierId == dossierId);
        applicant.UserId = userId;
        await context.SaveChangesAsync();
    }

    public static async Task<string> UserIdAsync(TestDatabase db, string userName)
    {
        await using var scope = db.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>().FindByNameAsync(userName))!.Id;
    }

    /// <summary>congdan1 starts paying at <paramref name="gateway"/>.</summary>
    public static async Task<PaymentOrder> StartAsync(TestDatabase db, Guid dossierId, string gateway = "national", string citizen = Citizen)
    {
        var userId = await UserIdAsync(db, citizen);
        await using var scope = db.Services.CreateAsyncScope();
        var start = await scope.ServiceProvider.GetRequiredService<PaymentOrders>().StartAsync(dossierId, userId, gateway, "http://localhost", CancellationToken.None);
        Assert.True(start.Order is not null, start.Error);
        return start.Order!;
    }

    public static LocalPaymentGateway Gateway(TestDatabase db, string name = "national")
    {
        using var scope = db.Services.CreateScope();
        return (LocalPaymentGateway)scope.ServiceProvider.GetRequiredService<PaymentGateways>().Find(name)!;
    }

    /// <summary>A notice about <paramref name="order"/> signed by its gateway (now, unless told).</summary>
    public static Dictionary<string, string?> Signed(TestDatabase db, PaymentOrder order, PaymentState state, long? amount = null, Instant? occurredAt = null, string? noticeId = null, Instant? sentAt = null) =>
        Gateway(db, order.Gateway).Sign(
            new PaymentNotice(order.Id, order.GatewayReference, state, amount ?? order.Amount, occurredAt ?? db.Clock.GetCurrentInstant()),
            noticeId ?? "N" + Guid.NewGuid().ToString("N"),
            sentAt);

    /// <summary>Delivers fields to the notice handler, as the notice endpoint does; <paramref name="log"/> collects what it logs.</summary>
    public static async Task<NoticeAnswer> NotifyAsync(TestDatabase db, string gateway, IReadOnlyDictionary<string, string?> fields, ListLogger<PaymentNotices>? log = null)
    {
        await using var scope = db.Services.CreateAsyncScope();
        var handler = log is null
            ? scope.ServiceProvider.GetRequiredService<PaymentNotices>()
            : ActivatorUtilities.CreateInstance<PaymentNotices>(scope.ServiceProvider, (ILogger<PaymentNotices>)log);
        return await handler.HandleAsync(gateway, fields, NoticeSource.Callback, CancellationToken.None);
    }

    public static async Task<PaymentSnapshot> SnapshotAsync(TestDatabase db, Guid dossierId)
    {
        await using var context = db.NewContext();
        var d = await context.Dossiers.SingleAsync(x => x.Id == dossierId);
        var orders = await context.Set<PaymentOrder>().Where(o => o.DossierId == dossierId).OrderBy(o => o.CreatedAt).ThenBy(o => o.Id)
            .Select(o => new { o.Id, o.State, o.Version, o.GatewayAt }).ToListAsync();
        var receipts = await context.Set<PaymentReceipt>().CountAsync(r => r.DossierId == dossierId);
        var counter = await context.Set<PaymentReceiptCounter>().SumAsync(c => c.Last);
        var paymentEvents = await context.EventLog.CountAsync(e => e.StreamId == dossierId && e.Type == nameof(PaymentCompleted));
        return new PaymentSnapshot(d.Status, d.LastSequence, d.LastHash, d.FeeTotal, d.OnlinePaymentChannel, d.DueAt,
            string.Join(";", orders.Select(o => $"{o.Id}:{o.State}:{o.Version}:{o.GatewayAt}")), receipts, counter, paymentEvents);
    }

    public static async Task<PaymentOrder> OrderAsync(TestDatabase db, Guid orderId)
    {
        await using var context = db.NewContext();
        return await context.Set<PaymentOrder>().AsNoTracking().SingleAsync(o => o.Id == orderId);
    }
}

/// <summary>A logger that keeps what was logged, to check that refusals are logged and without personal data.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    public List<(LogLevel Level, string Message)> Entries { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Add((logLevel, formatter(state, exception)));
}
