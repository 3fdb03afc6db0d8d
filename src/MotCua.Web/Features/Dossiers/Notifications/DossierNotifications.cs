using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Notifications;
using NodaTime;

namespace MotCua.Web.Features.Dossiers.Notifications;

/// <summary>
/// Which dossier events tell whom: the applicant on receipt (with the appointment), on a supplement request,
/// when the result is ready, and when the appointment moves; officers and leaders on warnings. Messages name the
/// dossier by code and say what to do; they never contain the applicant's name, ID number or address.
/// </summary>
public sealed class DossierNotifications(MotCuaDbContext db, IClock clock)
{
    public async Task StageAsync(Dossier d, IReadOnlyList<IDossierEvent> events, CancellationToken cancellationToken)
    {
        if (!events.Any(e => e is Submitted or Received or SupplementRequested or Extended or ResultIssued or Refused or PaymentRequested))
        {
            return;
        }

        var applicant = db.DossierApplicants.Local.FirstOrDefault(a => a.DossierId == d.Id)
            ?? await db.DossierApplicants.AsNoTracking().FirstOrDefaultAsync(a => a.DossierId == d.Id, cancellationToken);
        foreach (var e in events)
        {
            var text = e switch
            {
                Submitted => $"MotCua: Hồ sơ {d.Code} ({d.ProcedureName}) đã được nộp trực tuyến, chờ tiếp nhận. Tra cứu bằng mã hồ sơ.",
                Received r => $"MotCua: Hồ sơ {d.Code} đã được tiếp nhận. Hẹn trả kết quả: {Format(r.DueAt)}.",
                SupplementRequested s => $"MotCua: Hồ sơ {d.Code} cần bổ sung: {string.Join("; ", s.Items)}. Vui lòng bổ sung để tiếp tục giải quyết.",
                Extended x => $"MotCua: Cơ quan giải quyết xin lỗi vì hồ sơ {d.Code} chưa có kết quả đúng hẹn. Ngày hẹn mới: {Format(x.DueAt)}.",
                ResultIssued => $"MotCua: Hồ sơ {d.Code} đã có kết quả. Vui lòng nhận kết quả theo hình thức đã đăng ký.",
                Refused => $"MotCua: Hồ sơ {d.Code} không được tiếp nhận. Xem lý do trên Cổng dịch vụ công.",
                PaymentRequested p => $"MotCua: Hồ sơ {d.Code} cần nộp phí, lệ phí {p.Amount.ToString("N0", VietnamTime.Culture)} đồng. Nộp trực tuyến trên Cổng dịch vụ công hoặc tại Bộ phận Một cửa.",
                _ => null,
            };
            if (text is null || applicant is null)
            {
                continue;
            }

            var topic = $"dossier:{d.Code}:{e.GetType().Name}";
            if (!string.IsNullOrEmpty(applicant.Email))
            {
                Add(MessageChannel.Email, applicant.Email, $"Hồ sơ {d.Code}", text, topic);
            }

            if (!string.IsNullOrEmpty(applicant.Phone))
            {
                Add(MessageChannel.Sms, applicant.Phone, string.Empty, text, topic);
            }
        }
    }

    /// <summary>A warning to officers (by e-mail to each account of the target unit with the given roles).</summary>
    public async Task StageWarningAsync(Dossier d, Warned warning, IReadOnlyList<string> recipients, CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        var what = warning.Kind switch
        {
            WarningKind.DueSoon => "sắp đến hạn",
            WarningKind.Overdue => "đã quá hạn",
            _ => "quá hạn, báo cáo để chỉ đạo xử lý",
        };
        var due = d.StepDueAt ?? d.DueAt;
        var text = $"MotCua: Hồ sơ {d.Code} ({d.ProcedureName}) {what}. Hạn: {(due is { } x ? Format(x) : "—")}. Bước: {d.StepName ?? "—"}.";
        foreach (var email in recipients.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            Add(MessageChannel.Email, email, $"[MotCua] Hồ sơ {d.Code} {what}", text, $"dossier:{d.Code}:{warning.Kind}");
        }
    }

    private void Add(MessageChannel channel, string recipient, string subject, string body, string topic)
    {
        db.Outbox.Add(OutboxMessage.Due(channel, recipient, subject, body, topic, clock.GetCurrentInstant()));
    }

    private static string Format(Instant instant) => VietnamTime.InWords(instant);
}
