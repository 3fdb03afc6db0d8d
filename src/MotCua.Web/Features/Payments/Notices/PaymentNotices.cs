using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Payments;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Payments.Gateways;
using NodaTime;

namespace MotCua.Web.Features.Payments.Notices;

/// <summary>What became of a notice.</summary>
public enum NoticeResult
{
    /// <summary>The order moved (paid and recorded on the dossier, failed, or expired).</summary>
    Applied = 1,

    /// <summary>Already known: nothing changed.</summary>
    Duplicate = 2,

    /// <summary>Older than what the order knows, or a step back from a final state: nothing changed.</summary>
    OutOfOrder = 3,

    /// <summary>Paid, but the dossier could not take it (late, already paid, no longer waiting): the order is marked
    /// for a refund; the dossier did not change.</summary>
    RefundDue = 4,

    /// <summary>Bad or missing signature, or malformed: nothing changed.</summary>
    Forged = 5,

    /// <summary>A notice id already processed, or signed too long ago: nothing changed.</summary>
    Replayed = 6,

    UnknownGateway = 7,

    UnknownOrder = 8,

    /// <summary>The amount (or the gateway reference) is not the order's: nothing changed.</summary>
    Mismatch = 9,
}

/// <summary>The answer to a notice: the result, the order and dossier it concerns (when known), the order's state
/// after it, and a Vietnamese message.</summary>
public sealed record NoticeAnswer(NoticeResult Result, Guid? OrderId, Guid? DossierId, PaymentState? State, string Message)
{
    public bool Accepted => Result is NoticeResult.Applied or NoticeResult.Duplicate or NoticeResult.OutOfOrder or NoticeResult.RefundDue;
}

/// <summary>
/// Applies what gateways say about payment orders (docs/PAYMENTS.md): verifies the notice (signature, freshness, not
/// seen before), moves the order by <see cref="PaymentOrderRules"/>, and — when the order is paid in time and the
/// dossier still waits for exactly that payment — appends <see cref="PaymentCompleted"/> through
/// <see cref="DossierStore"/> in the same transaction as the order's change and the notice's record. The order's
/// version and the dossier's stream position are both concurrency tokens, so however many notices arrive, at once or
/// again and again, the dossier records the payment once. Forged, replayed and mismatched notices change nothing and
/// are logged without personal data (gateway, order id, result only).
/// </summary>
public sealed class PaymentNotices(
    MotCuaDbContext db,
    DossierStore store,
    PaymentGateways gateways,
    Calendar.WorkingCalendarProvider calendars,
    IOptions<PaymentOptions> options,
    IClock clock,
    ILogger<PaymentNotices> logger)
{
    private const int Attempts = 5;

    /// <summary>A notice as a gateway sent it (to the notice endpoint, or on the return address).</summary>
    public async Task<NoticeAnswer> HandleAsync(string gatewayName, IReadOnlyDictionary<string, string?> fields, NoticeSource source, CancellationToken cancellationToken)
    {
        var gateway = gateways.Find(gatewayName);
        if (gateway is null)
        {
            logger.LogWarning("Payment notice for unknown gateway refused ({Source})", source);
            return new NoticeAnswer(NoticeResult.UnknownGateway, null, null, null, "Không có cổng thanh toán này.");
        }

        var reading = gateway.ReadNotice(fields);
        if (reading.Notice is not { } notice)
        {
            logger.LogWarning("Forged or malformed payment notice refused: gateway {Gateway}, {Source}, {Reason}", gateway.Name, source, reading.Rejection);
            return new NoticeAnswer(NoticeResult.Forged, null, null, null, "Thông báo thanh toán không hợp lệ (sai chữ ký hoặc dữ liệu).");
        }

        var now = clock.GetCurrentInstant();
        var window = Duration.FromMinutes(options.Value.NoticeMaxAgeMinutes);
        if (reading.SentAt is not { } sentAt || sentAt < now - window || sentAt > now + window)
        {
            logger.LogWarning("Stale payment notice refused as a replay: gateway {Gateway}, order {OrderId}, {Source}", gateway.Name, notice.OrderId, source);
            return new NoticeAnswer(NoticeResult.Replayed, notice.OrderId, null, null, "Thông báo thanh toán đã quá hạn hiệu lực.");
        }

        return await ApplyAsync(gateway, notice, reading.NoticeId, source, cancellationToken);
    }

    /// <summary>A verified notice (or a gateway's answer to a query, with no notice id).</summary>
    public async Task<NoticeAnswer> ApplyAsync(IPaymentGateway gateway, PaymentNotice notice, string? noticeId, NoticeSource source, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var answer = await TryApplyAsync(gateway, notice, noticeId, source, cancellationToken);
            if (answer is not null)
            {
                Log(gateway, notice, source, answer);
                return answer;
            }

            if (attempt == Attempts)
            {
                logger.LogError("Payment notice not applied after {Attempts} conflicting attempts: gateway {Gateway}, order {OrderId}", Attempts, gateway.Name, notice.OrderId);
                throw new InvalidOperationException("Payment notice kept conflicting; the gateway will retry or reconciliation will settle it.");
            }
        }
    }

    /// <summary>One attempt; null when another writer got there first (the caller reads again and retries).</summary>
    private async Task<NoticeAnswer?> TryApplyAsync(IPaymentGateway gateway, PaymentNotice notice, string? noticeId, NoticeSource source, CancellationToken cancellationToken)
    {
        if (noticeId is not null && await db.Set<PaymentNoticeRecord>().AnyAsync(n => n.Gateway == gateway.Name && n.NoticeId == noticeId, cancellationToken))
        {
            var known = await db.Set<PaymentOrder>().AsNoTracking().Where(o => o.Id == notice.OrderId && o.Gateway == gateway.Name)
                .Select(o => new { o.DossierId, o.State }).FirstOrDefaultAsync(cancellationToken);
            return new NoticeAnswer(NoticeResult.Replayed, notice.OrderId, known?.DossierId, known?.State, "Thông báo này đã được xử lý trước đó.");
        }

        var order = await db.Set<PaymentOrder>().FirstOrDefaultAsync(o => o.Id == notice.OrderId && o.Gateway == gateway.Name, cancellationToken);
        if (order is null)
        {
            return new NoticeAnswer(NoticeResult.UnknownOrder, notice.OrderId, null, null, "Không tìm thấy lệnh thanh toán.");
        }

        var now = clock.GetCurrentInstant();
        var outcome = PaymentOrderRules.Decide(order, notice);
        db.Add(new PaymentNoticeRecord
        {
            Gateway = gateway.Name,
            NoticeId = noticeId,
            Source = source,
            OrderId = order.Id,
            ReportedState = notice.State,
            ReportedAmount = notice.Amount,
            ReportedAt = notice.OccurredAt,
            ReceivedAt = now,
            Outcome = outcome,
        });

        switch (outcome)
        {
            case NoticeOutcome.Settle:
                return await SettleAsync(gateway, order, notice, now, cancellationToken);
            case NoticeOutcome.MarkFailed:
                Move(order, PaymentState.Failed, notice, now, null);
                return await SaveAsync(order, NoticeResult.Applied, "Giao dịch không thành công.", cancellationToken);
            case NoticeOutcome.MarkExpired:
                Move(order, PaymentState.Expired, notice, now, null);
                return await SaveAsync(order, NoticeResult.Applied, "Lệnh thanh toán đã hết hạn.", cancellationToken);
            case NoticeOutcome.LateAfterExpiry:
                Move(order, PaymentState.RefundDue, notice, now, "Cổng thanh toán báo đã thu tiền sau khi lệnh hết hạn; cần đối soát và hoàn tiền.");
                return await SaveAsync(order, NoticeResult.RefundDue, "Thanh toán sau khi lệnh đã hết hạn: hồ sơ không được ghi nhận, khoản tiền sẽ được hoàn.", cancellationToken);
            case NoticeOutcome.Duplicate:
                return await SaveAsync(order, NoticeResult.Duplicate, "Đã ghi nhận trước đó.", cancellationToken);
            case NoticeOutcome.OutOfOrder:
                return await SaveAsync(order, NoticeResult.OutOfOrder, "Thông báo cũ hơn trạng thái đã ghi nhận; không thay đổi.", cancellationToken);
            case NoticeOutcome.AmountMismatch:
                return await SaveAsync(order, NoticeResult.Mismatch, "Số tiền không khớp lệnh thanh toán; không ghi nhận.", cancellationToken);
            case NoticeOutcome.ReferenceMismatch:
                return await SaveAsync(order, NoticeResult.Mismatch, "Mã giao dịch không khớp lệnh thanh toán; không ghi nhận.", cancellationToken);
            default:
                throw new InvalidOperationException($"Unhandled notice outcome {outcome}");
        }
    }

    private async Task<NoticeAnswer?> SettleAsync(IPaymentGateway gateway, PaymentOrder order, PaymentNotice notice, Instant now, CancellationToken cancellationToken)
    {
        var dossier = await store.FindAsync(order.DossierId, cancellationToken)
            ?? throw new InvalidOperationException("A payment order without its dossier");
        var request = await PaymentQueries.LastRequestAsync(db, dossier.Id, cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        var decision = request?.Sequence != order.RequestSequence
            ? Decision.Refuse("Lệnh thanh toán thuộc một yêu cầu nộp phí trước đây của hồ sơ.")
            : DossierLifecycle.CompletePayment(dossier, order.Amount, (int)order.Channel, now, calendar, order.Id, notice.Reference ?? order.GatewayReference);
        if (!decision.Accepted)
        {
            Move(order, PaymentState.RefundDue, notice, now, Truncate(decision.Error!));
            return await SaveAsync(order, NoticeResult.RefundDue, "Hồ sơ không còn chờ khoản nộp này; khoản tiền sẽ được hoàn.", cancellationToken);
        }

        Move(order, PaymentState.Paid, notice, now, null);
        order.PaidAt = notice.OccurredAt;
        var result = await store.AppendAsync(dossier, decision, new Actor(null, gateway.DisplayName, null), cancellationToken);
        if (result.Conflict)
        {
            return null;
        }

        return result.Succeeded
            ? new NoticeAnswer(NoticeResult.Applied, order.Id, order.DossierId, PaymentState.Paid, "Đã thanh toán; hồ sơ đã được ghi nhận nộp phí, lệ phí.")
            : throw new InvalidOperationException(result.Error);
    }

    private async Task<NoticeAnswer?> SaveAsync(PaymentOrder order, NoticeResult result, string message, CancellationToken cancellationToken)
    {
        try
        {
            using (await WriteGate.EnterAsync(db, cancellationToken))
            {
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || DatabaseErrors.IsUniqueViolation(ex))
        {
            return null;
        }

        return new NoticeAnswer(result, order.Id, order.DossierId, order.State, message);
    }

    private static void Move(PaymentOrder order, PaymentState state, PaymentNotice notice, Instant now, string? note)
    {
        order.State = state;
        order.GatewayAt = notice.OccurredAt;
        order.GatewayReference ??= notice.Reference;
        order.UpdatedAt = now;
        order.Note = note;
        order.Version++;
    }

    private void Log(IPaymentGateway gateway, PaymentNotice notice, NoticeSource source, NoticeAnswer answer)
    {
        if (answer.Result is NoticeResult.Applied or NoticeResult.Duplicate)
        {
            logger.LogInformation("Payment notice {Result}: gateway {Gateway}, order {OrderId}, {State}, {Source}", answer.Result, gateway.Name, notice.OrderId, PaymentText.Code(notice.State), source);
        }
        else
        {
            logger.LogWarning("Payment notice {Result}: gateway {Gateway}, order {OrderId}, {State}, {Source}", answer.Result, gateway.Name, notice.OrderId, PaymentText.Code(notice.State), source);
        }
    }

    private static string Truncate(string text) => text.Length <= 500 ? text : text[..500];
}
