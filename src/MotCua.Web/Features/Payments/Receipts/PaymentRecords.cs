using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Payments;
using MotCua.Web.Features.Dossiers;
using NodaTime;

namespace MotCua.Web.Features.Payments.Receipts;

/// <summary>
/// Writes, with each payment the dossier records, its order (a counter payment gets one, already paid) and its
/// electronic receipt, numbered from a counter row per series and year that is incremented inside the same
/// transaction: a payment that is not written gives its number back (gap-free, like dossier codes).
/// </summary>
public sealed class PaymentRecords(MotCuaDbContext db, IOptions<PaymentOptions> options, IClock clock) : IPaymentRecords
{
    public const string CounterGateway = "counter";

    public async Task StageAsync(Dossier dossier, PaymentCompleted payment, int sequence, Actor actor, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Receipts are numbered inside the transaction that records the payment (gap-free numbering).");
        }

        var now = clock.GetCurrentInstant();
        var request = await PaymentQueries.LastRequestAsync(db, dossier.Id, cancellationToken);
        var order = payment.OrderId is { } orderId
            ? db.Set<PaymentOrder>().Local.FirstOrDefault(o => o.Id == orderId) ?? await db.Set<PaymentOrder>().FirstAsync(o => o.Id == orderId, cancellationToken)
            : null;
        if (order is null)
        {
            order = new PaymentOrder
            {
                Id = Guid.NewGuid(),
                DossierId = dossier.Id,
                Amount = payment.Amount,
                Channel = (PaymentChannel)payment.PaymentChannel,
                Gateway = CounterGateway,
                State = PaymentState.Paid,
                RequestSequence = request?.Sequence ?? 0,
                CreatedAt = now,
                ExpiresAt = now,
                GatewayAt = now,
                PaidAt = now,
                UpdatedAt = now,
                CreatedBy = actor.UserId,
            };
            db.Add(order);
        }

        var year = VietnamTime.ToLocal(now).Year;
        var series = options.Value.Receipts.SeriesFor(year);
        var number = (await db.Database.SqlQuery<int>($"""
            INSERT INTO "PaymentReceiptCounters" ("Series", "Year", "Last") VALUES ({series}, {year}, 1)
            ON CONFLICT ("Series", "Year") DO UPDATE SET "Last" = "PaymentReceiptCounters"."Last" + 1
            RETURNING "Last" AS "Value"
            """).ToListAsync(cancellationToken)).Single();
        var lines = request is { } r ? PaymentQueries.LinesOf(r.Event) : [new FeeCharge("Phí, lệ phí", null, payment.Amount, payment.Amount)];
        db.Add(new PaymentReceipt
        {
            Id = Guid.NewGuid(),
            DossierId = dossier.Id,
            OrderId = order.Id,
            TemplateSymbol = options.Value.Receipts.TemplateSymbol,
            Series = series,
            Year = year,
            Number = number,
            Amount = payment.Amount,
            Channel = (PaymentChannel)payment.PaymentChannel,
            LinesJson = JsonSerializer.Serialize(lines, PaymentQueries.LinesJson),
            EventSequence = sequence,
            IssuedAt = now,
            IssuedBy = actor.Display ?? string.Empty,
        });
    }
}
