using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Feedback;
using MotCua.Domain.Notifications;
using MotCua.Domain.Organization;
using NodaTime;

namespace MotCua.Web.Features.Feedback.Notifications;

/// <summary>
/// Who hears about a feedback, through the outbox (written in the same transaction as the events, sent by the
/// notification dispatcher with retries): the sender (e-mail and SMS to the contacts she left) when it is received,
/// refused, when more information is asked and when it is answered; the handling unit's leaders and specialists when
/// it reaches them and when the sender adds information; its leaders when it is re-opened or overdue; the Office when
/// it must choose a unit and on escalation. Messages name the feedback by code and say what to do and where; messages
/// to staff never carry the sender's name or contact.
/// </summary>
public sealed class FeedbackNotifications(MotCuaDbContext db, FeedbackAccess access, IClock clock)
{
    /// <summary>The sender's page (she needs the code and her contact, or her account).</summary>
    public const string FollowPath = "/Feedback/Follow";

    /// <summary>The staff page of a feedback.</summary>
    public static string ManagePath(Guid id) => $"/Feedback/Manage/{id}";

    public async Task StageReceivedAsync(FeedbackItem f, FeedbackSender sender, CancellationToken cancellationToken)
    {
        ToSender(sender, f, $"MotCua: Đã tiếp nhận phản ánh, kiến nghị {f.Code}. Hạn trả lời: {Format(f.DueAt)}. "
            + $"Theo dõi tại {FollowPath} bằng mã {f.Code} và thư điện tử hoặc số điện thoại đã để lại.", "Received");
        await StageArrivedAsync(f, cancellationToken);
    }

    public Task StageRoutedAsync(FeedbackItem f, CancellationToken cancellationToken) => StageArrivedAsync(f, cancellationToken);

    public void StageRefused(FeedbackItem f, FeedbackSender? sender, string reason) =>
        ToSender(sender, f, $"MotCua: Phản ánh, kiến nghị {f.Code} không được tiếp nhận xử lý. Lý do: {Short(reason)}", "Refused");

    public void StageInformationRequested(FeedbackItem f, FeedbackSender? sender, string request) =>
        ToSender(sender, f, $"MotCua: Để xử lý phản ánh {f.Code}, đề nghị bổ sung: {Short(request)}. "
            + $"Bổ sung tại {FollowPath} (mã {f.Code}). Thời hạn xử lý tạm dừng đến khi nhận được thông tin.", "InformationRequested");

    public async Task StageInformationProvidedAsync(FeedbackItem f, CancellationToken cancellationToken) =>
        ToStaff(await StaffAsync([f.UnitCode], [Roles.UnitLeader, Roles.Specialist], cancellationToken), f,
            $"[MotCua] Phản ánh {f.Code} đã được bổ sung thông tin",
            $"MotCua: Người gửi đã bổ sung thông tin cho phản ánh {f.Code} (\"{Short(f.Title, 100)}\"). Hạn trả lời mới: {Format(f.DueAt)}. Xử lý tại {ManagePath(f.Id)}.",
            "InformationProvided");

    public void StageAnswered(FeedbackItem f, FeedbackSender? sender) =>
        ToSender(sender, f, $"MotCua: Phản ánh, kiến nghị {f.Code} đã có trả lời. Xem và đánh giá tại {FollowPath} (mã {f.Code}).", "Answered");

    public async Task StageReopenedAsync(FeedbackItem f, CancellationToken cancellationToken) =>
        ToStaff(await StaffAsync([f.UnitCode], [Roles.UnitLeader, Roles.Specialist], cancellationToken), f,
            $"[MotCua] Phản ánh {f.Code} được mở lại",
            $"MotCua: Người gửi không hài lòng với câu trả lời phản ánh {f.Code} (\"{Short(f.Title, 100)}\"); phản ánh được mở lại, hạn trả lời mới: {Format(f.DueAt)}. Xem tại {ManagePath(f.Id)}.",
            "Reopened");

    /// <summary>A warning; returns how many people it was written to.</summary>
    public async Task<int> StageWarningAsync(FeedbackItem f, FeedbackWarningKind kind, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> recipients = kind switch
        {
            FeedbackWarningKind.DueSoon => await StaffAsync([f.UnitCode], [Roles.UnitLeader, Roles.Specialist], cancellationToken),
            FeedbackWarningKind.Overdue => await StaffAsync([f.UnitCode], [Roles.UnitLeader], cancellationToken),
            _ => string.Equals(f.UnitCode, access.OfficeUnitCode, StringComparison.Ordinal)
                ? await StaffAsync(null, [Roles.ProvinceLeader], cancellationToken)
                : await StaffAsync([access.OfficeUnitCode], [Roles.UnitLeader], cancellationToken),
        };
        var what = kind switch
        {
            FeedbackWarningKind.DueSoon => "sắp đến hạn trả lời",
            FeedbackWarningKind.Overdue => "đã quá hạn trả lời",
            _ => "quá hạn trả lời, báo cáo để chỉ đạo",
        };
        ToStaff(recipients, f, $"[MotCua] Phản ánh {f.Code} {what}",
            $"MotCua: Phản ánh, kiến nghị {f.Code} (\"{Short(f.Title, 100)}\") {what}. Hạn: {Format(f.DueAt)}. Xử lý tại {ManagePath(f.Id)}.",
            kind.ToString());
        return recipients.Count;
    }

    /// <summary>A new feedback (or one moved) reached a unit: its leaders and specialists; the Office when it must route.</summary>
    private async Task StageArrivedAsync(FeedbackItem f, CancellationToken cancellationToken)
    {
        var routing = f.State == FeedbackState.Routing;
        var recipients = await StaffAsync([f.UnitCode], [Roles.UnitLeader, Roles.Specialist], cancellationToken);
        var body = routing
            ? $"MotCua: Phản ánh, kiến nghị mới {f.Code} (\"{Short(f.Title, 100)}\") chờ Văn phòng phân loại và chuyển đơn vị xử lý. Hạn trả lời: {Format(f.DueAt)}. Xem tại {ManagePath(f.Id)}."
            : $"MotCua: Đơn vị được giao xử lý phản ánh, kiến nghị {f.Code} (\"{Short(f.Title, 100)}\"). Hạn trả lời: {Format(f.DueAt)}; từ chối (nếu có) trước {Format(f.RefuseBy)}. Xử lý tại {ManagePath(f.Id)}.";
        ToStaff(recipients, f, routing ? $"[MotCua] Phản ánh mới {f.Code} chờ phân loại" : $"[MotCua] Phản ánh {f.Code} giao đơn vị xử lý", body,
            routing ? "Routing" : "Assigned:" + f.UnitCode);
    }

    /// <summary>E-mail addresses of the accounts with one of <paramref name="roles"/> in the units (any unit when null).</summary>
    public async Task<IReadOnlyList<string>> StaffAsync(IReadOnlyCollection<string>? unitCodes, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        var roleNames = roles.ToList();
        var query = from u in db.Users
                    join ur in db.UserRoles on u.Id equals ur.UserId
                    join r in db.Roles on ur.RoleId equals r.Id
                    where roleNames.Contains(r.Name!) && u.Email != null && u.UnitId != null
                    select u;
        if (unitCodes is not null)
        {
            var codes = unitCodes.ToList();
            var unitIds = await db.Units.Where(x => codes.Contains(x.Code)).Select(x => (int?)x.Id).ToListAsync(cancellationToken);
            query = query.Where(u => unitIds.Contains(u.UnitId));
        }

        var emails = await query.Select(u => u.Email!).ToListAsync(cancellationToken);
        return [.. emails.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
    }

    private void ToSender(FeedbackSender? sender, FeedbackItem f, string text, string what)
    {
        if (sender is null)
        {
            return;
        }

        var topic = $"feedback:{f.Code}:{what}";
        if (!string.IsNullOrEmpty(sender.Email))
        {
            Add(MessageChannel.Email, sender.Email, $"Phản ánh, kiến nghị {f.Code}", text, topic);
        }

        if (!string.IsNullOrEmpty(sender.Phone))
        {
            Add(MessageChannel.Sms, sender.Phone, string.Empty, text, topic);
        }
    }

    private void ToStaff(IReadOnlyList<string> recipients, FeedbackItem f, string subject, string body, string what)
    {
        foreach (var email in recipients)
        {
            Add(MessageChannel.Email, email, subject, body, $"feedback:{f.Code}:{what}");
        }
    }

    private void Add(MessageChannel channel, string recipient, string subject, string body, string topic)
    {
        db.Outbox.Add(OutboxMessage.Due(channel, recipient, subject, body, topic, clock.GetCurrentInstant()));
    }

    /// <summary>"17:00 ngày 22/12/2025" in Vietnam time.</summary>
    public static string Format(Instant instant) => VietnamTime.InWords(instant);

    public static string Short(string text, int max = 300) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
