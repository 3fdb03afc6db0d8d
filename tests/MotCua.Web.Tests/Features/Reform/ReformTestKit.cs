using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data.Identity;
using MotCua.Domain;
using MotCua.Domain.Notifications;
using MotCua.Domain.Reform;
using MotCua.Testing;
using MotCua.Web.Features.Reform.Actions;
using MotCua.Web.Features.Reform.Assign;
using MotCua.Web.Features.Reform.Reminders;
using MotCua.Web.Infrastructure;
using NodaTime;

namespace MotCua.Web.Tests.Features.Reform;

/// <summary>Intent methods for reform-task tests on a seeded demo database (the Office is 92.VP: "vanphong" leads it,
/// "chuyenvien.vp" works in it; Sở Tư pháp 92.STP: "giamdoc.stp" leads, "chuyenvien.stp" works).</summary>
internal static class ReformTestKit
{
    public const string Office = "chuyenvien.vp";
    public const string OfficeLeader = "vanphong";
    public const string JusticeOfficer = "chuyenvien.stp";

    public static string Mail(string userName) => $"{userName}@demo.motcua.local";

    public static async Task<StaffMember> StaffAsync(TestDatabase db, string userName)
    {
        await using var scope = db.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
        return (await scope.ServiceProvider.GetRequiredService<CurrentStaff>().LoadAsync(user.Id, CancellationToken.None))!;
    }

    public static DraftToSave Draft(int number, string text, string lead, LocalDate? deadline, params string[] coordinators) =>
        new($"Drafts[{number - 1}]", number, new ReformTaskDraft(text, lead, coordinators, deadline, null), TargetKey: "766:2.1");

    public static DirectiveInput Directive(string number = "123/UBND-VP") =>
        new(number, new LocalDate(2025, 11, 20), "UBND thành phố Cần Thơ", "V/v đẩy mạnh cải cách thủ tục hành chính", DirectiveKind.OfficialLetter, "1. Giao Sở Tư pháp …");

    /// <summary>Saves a directive with the given tasks as the Office and returns what was saved.</summary>
    public static async Task<AssignResult> SaveAsync(TestDatabase db, params DraftToSave[] drafts) =>
        await SaveAsAsync(db, Office, Directive(), drafts);

    public static async Task<AssignResult> SaveAsAsync(TestDatabase db, string userName, DirectiveInput directive, params DraftToSave[] drafts)
    {
        var staff = await StaffAsync(db, userName);
        await using var scope = db.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AssignTasks>().SaveDirectiveAsync(directive, drafts, null, staff, CancellationToken.None);
    }

    /// <summary>One task for Sở Tư pháp due on <paramref name="due"/>; its id.</summary>
    public static async Task<Guid> JusticeTaskAsync(TestDatabase db, LocalDate? due, string number = "123/UBND-VP")
    {
        var staff = await StaffAsync(db, Office);
        await using var scope = db.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AssignTasks>().SaveDirectiveAsync(Directive(number),
            [Draft(1, "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực hộ tịch", "Sở Tư pháp", due, "Sở Nội vụ")], null, staff, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems.Select(p => p.Value)));
        return result.Tasks[0].Id;
    }

    public static async Task<ReformActionOutcome> ActAsync(TestDatabase db, string userName, Guid taskId, ReformTaskAction action)
    {
        var staff = await StaffAsync(db, userName);
        await using var scope = db.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReformTaskActions>().RunAsync(taskId, staff, action, CancellationToken.None);
    }

    public static async Task<ReminderRun> RemindAsync(TestDatabase db)
    {
        await using var scope = db.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReformReminders>().RunAsync(CancellationToken.None);
    }

    /// <summary>Moves the test clock to 09:00 of a day in Vietnam.</summary>
    public static void SetDay(TestDatabase db, LocalDate day) =>
        db.Clock.Reset(VietnamTime.ToInstant(day.At(new LocalTime(9, 0))));

    public static async Task<List<OutboxMessage>> OutboxAsync(TestDatabase db, string topicPart)
    {
        await using var context = db.NewContext();
        return await context.Outbox.AsNoTracking().Where(m => m.Topic.Contains(topicPart)).OrderBy(m => m.Id).ToListAsync();
    }

    public static async Task<ReformTask> TaskAsync(TestDatabase db, Guid id)
    {
        await using var context = db.NewContext();
        return await context.Set<ReformTask>().AsNoTracking().Include(t => t.Coordinators).Include(t => t.Completions).SingleAsync(t => t.Id == id);
    }
}
