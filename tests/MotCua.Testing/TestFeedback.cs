using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data.Identity;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;
using MotCua.Web.Features.Feedback.Send;

namespace MotCua.Testing;

/// <summary>
/// Feedback and ratings for tests, through the real use cases: <see cref="ReturnedDossierAsync"/> takes a dossier
/// received at Phường Ninh Kiều (31135) through its steps to "returned" (status 10), optionally owned by a citizen's
/// account; <see cref="SubmitAsync"/> sends a feedback as the form does.
/// </summary>
public static class TestFeedback
{
    /// <summary>A dossier received, processed, finished and returned at the counter of Phường Ninh Kiều, for that
    /// commune; linked to <paramref name="owner"/>'s account (a demo citizen such as "congdan1") when given.</summary>
    public static async Task<Dossier> ReturnedDossierAsync(TestDatabase db, string? owner = null, string receivingOfficer = "motcua.ninhkieu")
    {
        var dossier = await TestDossiers.ReceiveAsync(db, receivingOfficer);
        await TestDossiers.ActAsync(db, "chuyenvien.ninhkieu", dossier.Id, (d, now, calendar) => DossierLifecycle.CompleteStep(d, now, calendar));
        await TestDossiers.ActAsync(db, "lanhdao.ninhkieu", dossier.Id, (d, _, _) => DossierLifecycle.IssueResult(d, false, "15/TLKS", []));
        dossier = await TestDossiers.ActAsync(db, receivingOfficer, dossier.Id, (d, _, _) => DossierLifecycle.Return(d, ReturnMethod.Counter));
        if (owner is not null)
        {
            await LinkAsync(db, dossier.Id, owner);
        }

        return dossier;
    }

    /// <summary>Links a dossier's applicant to a citizen's account (as the portal does for dossiers submitted online).</summary>
    public static async Task LinkAsync(TestDatabase db, Guid dossierId, string userName)
    {
        var userId = await UserIdAsync(db, userName);
        await using var context = db.NewContext();
        var applicant = await context.DossierApplicants.SingleAsync(a => a.DossierId == dossierId);
        applicant.UserId = userId;
        await context.SaveChangesAsync();
    }

    public static async Task<string> UserIdAsync(TestDatabase db, string userName)
    {
        await using var scope = db.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>().FindByNameAsync(userName)
            ?? throw new InvalidOperationException($"No demo account {userName}");
        return user.Id;
    }

    /// <summary>A feedback about birth registration in general (the Office routes it), from an anonymous sender.</summary>
    public static SubmitRequest AboutBirthRegistration(string? dossierCode = null) =>
        new(dossierCode is null ? FeedbackSubject.Procedure : FeedbackSubject.Dossier,
            "Yêu cầu nộp giấy tờ không có trong quy định",
            "Khi đăng ký khai sinh cho con, tôi được yêu cầu nộp thêm bản sao sổ hộ khẩu, giấy tờ này không có trong thủ tục.",
            dossierCode, dossierCode is null ? "1.001193" : null, "Lê Thị Hoa", "hoa.le@example.vn", "0903 111 222");

    /// <summary>Sends a feedback as <paramref name="userName"/> (null: anonymous); fails the test when it is refused.</summary>
    public static async Task<FeedbackItem> SubmitAsync(TestDatabase db, SubmitRequest request, string? userName = null)
    {
        var userId = userName is null ? null : await UserIdAsync(db, userName);
        await using var scope = db.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<SubmitFeedback>().SubmitAsync(request, userId, CancellationToken.None);
        return result.Item ?? throw new InvalidOperationException(string.Join("; ", result.Problems.Values));
    }
}
