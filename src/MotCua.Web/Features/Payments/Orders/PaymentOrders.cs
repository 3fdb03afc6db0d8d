using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Payments;
using MotCua.Web.Features.Payments.Gateways;
using NodaTime;

namespace MotCua.Web.Features.Payments.Orders;

/// <summary>The outcome of starting a payment: where to send the payer, or why not.</summary>
public sealed record PaymentStart(PaymentOrder? Order, string? RedirectUrl, string? Error, bool NotFound = false)
{
    public static PaymentStart Refused(string error) => new(null, null, error);

    public static readonly PaymentStart Missing = new(null, null, "Không tìm thấy hồ sơ.", NotFound: true);
}

/// <summary>
/// Starts an online payment for a citizen's own dossier that waits for its fees (status 6): a payment order for the
/// amount of the dossier's latest request, at the gateway she chose, valid for <see cref="PaymentOptions.OrderLifetimeMinutes"/>.
/// A pending order of the same gateway and request that has time left is reused, so reloading or going back does
/// not open a second payment.
/// </summary>
public sealed class PaymentOrders(MotCuaDbContext db, PaymentGateways gateways, IOptions<PaymentOptions> options, IClock clock)
{
    /// <summary>At most this many orders open at once for one dossier (a citizen cannot fill the table).</summary>
    public const int MaxOpenOrders = 5;

    public async Task<PaymentStart> StartAsync(Guid dossierId, string userId, string gatewayName, string returnBase, CancellationToken cancellationToken)
    {
        var owned = await db.DossierApplicants.AsNoTracking().AnyAsync(a => a.DossierId == dossierId && a.UserId == userId, cancellationToken);
        var dossier = owned ? await db.Dossiers.AsNoTracking().FirstOrDefaultAsync(d => d.Id == dossierId, cancellationToken) : null;
        if (dossier is null)
        {
            return PaymentStart.Missing;
        }

        if (dossier.Status != DossierStatus.WaitingPayment)
        {
            return PaymentStart.Refused("Hồ sơ không ở trạng thái chờ nộp phí, lệ phí.");
        }

        var gateway = gateways.Find(gatewayName);
        if (gateway is null)
        {
            return PaymentStart.Refused("Vui lòng chọn một hình thức thanh toán trực tuyến.");
        }

        var request = await PaymentQueries.LastRequestAsync(db, dossierId, cancellationToken);
        if (request is null)
        {
            return PaymentStart.Refused("Hồ sơ chưa có yêu cầu nộp phí, lệ phí.");
        }

        var now = clock.GetCurrentInstant();
        var open = await db.Set<PaymentOrder>().Where(o => o.DossierId == dossierId && o.State == PaymentState.Pending).ToListAsync(cancellationToken);
        var reusable = open.FirstOrDefault(o => o.Gateway == gateway.Name && o.RequestSequence == request.Value.Sequence
            && o.Amount == dossier.FeeTotal && o.ExpiresAt > now + Duration.FromMinutes(2) && o.RedirectUrl is not null);
        if (reusable is not null)
        {
            return new PaymentStart(reusable, reusable.RedirectUrl, null);
        }

        if (open.Count(o => o.ExpiresAt > now) >= MaxOpenOrders)
        {
            return PaymentStart.Refused("Hồ sơ đang có nhiều lệnh thanh toán chưa hoàn tất; vui lòng thử lại sau ít phút.");
        }

        var order = new PaymentOrder
        {
            Id = Guid.NewGuid(),
            DossierId = dossierId,
            Amount = dossier.FeeTotal,
            Channel = gateway.Channel,
            Gateway = gateway.Name,
            State = PaymentState.Pending,
            RequestSequence = request.Value.Sequence,
            CreatedAt = now,
            ExpiresAt = now + Duration.FromMinutes(options.Value.OrderLifetimeMinutes),
            UpdatedAt = now,
            CreatedBy = userId,
        };
        var created = await gateway.CreateOrderAsync(
            new GatewayOrderRequest(order.Id, order.Amount, $"Nộp phí, lệ phí hồ sơ {dossier.Code}", order.ExpiresAt, $"{returnBase.TrimEnd('/')}/Payments/Return/{gateway.Name}"),
            cancellationToken);
        order.GatewayReference = created.Reference;
        order.RedirectUrl = created.RedirectUrl;
        db.Add(order);
        using (await WriteGate.EnterAsync(db, cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return new PaymentStart(order, created.RedirectUrl, null);
    }
}
