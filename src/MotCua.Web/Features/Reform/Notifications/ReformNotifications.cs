using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Notifications;
using MotCua.Domain.Organization;
using MotCua.Domain.Reform;
using NodaTime;

namespace MotCua.Web.Features.Reform.Notifications;

/// <summary>
/// Who hears about reform tasks, by e-mail through the outbox (written in the same transaction as the event that
/// causes it, and sent by the notification dispatcher): the lead agency's leaders (role unit-leader of that unit)
/// when a task is assigned, sent back, or its deadline nears or passes; the Office when a result is reported done,
/// for tasks led by agencies outside the province, and in the weekly digest; province leaders on escalation.
/// Messages carry the task's text, agency and deadline and say what to do.
/// </summary>
public sealed class ReformNotifications(MotCuaDbContext db, ReformAccess access, IClock clock)
{
    /// <summary>The page of a task, relative to the site (mails say where to look).</summary>
    public static string TaskPath(Guid id) => $"/Reform/Tasks/{id}";

    /// <summary>E-mail addresses of the accounts with <paramref name="role"/> in the units <paramref name="unitCodes"/>
    /// (any unit when null).</summary>
    public async Task<IReadOnlyList<string>> RecipientsAsync(string role, IReadOnlyCollection<string>? unitCodes, CancellationToken cancellationToken)
    {
        var query = from u in db.Users
                    join ur in db.UserRoles on u.Id equals ur.UserId
                    join r in db.Roles on ur.RoleId equals r.Id
                    where r.Name == role && u.Email != null && u.UnitId != null
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

    /// <summary>The leaders of the lead agency; for an agency outside the province, the Office's staff (who chase it).</summary>
    public async Task<IReadOnlyList<string>> LeadRecipientsAsync(ReformTask task, CancellationToken cancellationToken) =>
        task.LeadUnitCode is { } unit
            ? await RecipientsAsync(Roles.UnitLeader, [unit], cancellationToken)
            : await OfficeRecipientsAsync(cancellationToken);

    /// <summary>The Office's leaders and specialists.</summary>
    public async Task<IReadOnlyList<string>> OfficeRecipientsAsync(CancellationToken cancellationToken)
    {
        var leaders = await RecipientsAsync(Roles.UnitLeader, [access.OfficeUnitCode], cancellationToken);
        var specialists = await RecipientsAsync(Roles.Specialist, [access.OfficeUnitCode], cancellationToken);
        return [.. leaders.Concat(specialists).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    public async Task StageAssignedAsync(ReformTask task, CancellationToken cancellationToken)
    {
        var body = $"MotCua: {task.LeadName} được giao chủ trì nhiệm vụ{From(task)}: \"{Short(task.Text)}\". {task.Deadline.Describe()}. "
            + $"Báo cáo tiến độ tại {TaskPath(task.Id)}.";
        Add(await LeadRecipientsAsync(task, cancellationToken), $"[MotCua] Nhiệm vụ mới: {Short(task.Text, 80)}", body, Topic(task, "Assigned"));
    }

    public async Task StageReportedDoneAsync(ReformTask task, CancellationToken cancellationToken)
    {
        var body = $"MotCua: {task.LeadName} báo cáo đã hoàn thành nhiệm vụ{From(task)}: \"{Short(task.Text)}\". "
            + $"Đề nghị Văn phòng xem xét, nghiệm thu hoặc trả lại tại {TaskPath(task.Id)}.";
        Add(await OfficeRecipientsAsync(cancellationToken), $"[MotCua] Chờ nghiệm thu: {Short(task.Text, 80)}", body, Topic(task, "ReportedDone"));
    }

    public async Task StageSentBackAsync(ReformTask task, string reason, CancellationToken cancellationToken)
    {
        var body = $"MotCua: Văn phòng trả lại báo cáo hoàn thành nhiệm vụ{From(task)}: \"{Short(task.Text)}\". Lý do: {Short(reason)}. "
            + $"{task.Deadline.Describe()}. Tiếp tục thực hiện và báo cáo tại {TaskPath(task.Id)}.";
        Add(await LeadRecipientsAsync(task, cancellationToken), $"[MotCua] Trả lại báo cáo: {Short(task.Text, 80)}", body, Topic(task, "SentBack"));
    }

    /// <summary>A reminder; returns how many people it was written to.</summary>
    public async Task<int> StageReminderAsync(ReformTask task, DueReminder reminder, CancellationToken cancellationToken)
    {
        var due = reminder.DueOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        IReadOnlyList<string> recipients;
        string subject, body;
        switch (reminder.Kind)
        {
            case ReminderKind.BeforeDeadline:
                recipients = await LeadRecipientsAsync(task, cancellationToken);
                subject = $"[MotCua] Nhiệm vụ sắp đến hạn ({due}): {Short(task.Text, 60)}";
                body = $"MotCua: Nhiệm vụ{From(task)} do {task.LeadName} chủ trì đến hạn ngày {due} "
                    + $"(còn {reminder.WorkingDays} ngày làm việc): \"{Short(task.Text)}\". Tiến độ đã báo cáo: {task.Percent}%. "
                    + $"Báo cáo tiến độ tại {TaskPath(task.Id)}.";
                break;
            case ReminderKind.Overdue:
                recipients = await LeadRecipientsAsync(task, cancellationToken);
                subject = $"[MotCua] Nhiệm vụ quá hạn ({due}): {Short(task.Text, 60)}";
                body = $"MotCua: Nhiệm vụ{From(task)} do {task.LeadName} chủ trì đã quá hạn ngày {due} "
                    + $"({reminder.WorkingDays} ngày làm việc): \"{Short(task.Text)}\". Tiến độ đã báo cáo: {task.Percent}%. "
                    + $"Đề nghị khẩn trương hoàn thành và báo cáo tại {TaskPath(task.Id)}.";
                break;
            default:
                var leaders = await RecipientsAsync(Roles.ProvinceLeader, null, cancellationToken);
                var office = await RecipientsAsync(Roles.UnitLeader, [access.OfficeUnitCode], cancellationToken);
                recipients = [.. leaders.Concat(office).Distinct(StringComparer.OrdinalIgnoreCase)];
                subject = $"[MotCua] Báo cáo nhiệm vụ quá hạn: {task.LeadName}";
                body = $"MotCua: Nhiệm vụ{From(task)} do {task.LeadName} chủ trì đã quá hạn {reminder.WorkingDays} ngày làm việc "
                    + $"(hạn {due}): \"{Short(task.Text)}\". Tiến độ đã báo cáo: {task.Percent}%. Báo cáo để lãnh đạo chỉ đạo xử lý; "
                    + $"chi tiết tại {TaskPath(task.Id)}.";
                break;
        }

        var topic = $"{reminder.Kind}{reminder.Threshold}:{reminder.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        Add(recipients, subject, body, Topic(task, topic));
        return recipients.Count;
    }

    /// <summary>The weekly digest to the Office; returns how many people it was written to.</summary>
    public async Task<int> StageDigestAsync(string topic, string subject, string body, CancellationToken cancellationToken)
    {
        var recipients = await OfficeRecipientsAsync(cancellationToken);
        Add(recipients, subject, body, topic);
        return recipients.Count;
    }

    private void Add(IReadOnlyList<string> recipients, string subject, string body, string topic)
    {
        var now = clock.GetCurrentInstant();
        foreach (var email in recipients)
        {
            db.Outbox.Add(OutboxMessage.Due(MessageChannel.Email, email, Short(subject, 300), Short(body, 4000), topic, now));
        }
    }

    private static string Topic(ReformTask task, string what) => $"reform:{task.Id:N}:{what}";

    private static string From(ReformTask task) => task.DirectiveNumber is { } number ? $" theo văn bản số {number}" : string.Empty;

    /// <summary>At most <paramref name="length"/> characters, cut at a word with "…".</summary>
    public static string Short(string text, int length = 300)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length - 1);
        return text[..(cut > length / 2 ? cut : length - 1)] + "…";
    }
}
