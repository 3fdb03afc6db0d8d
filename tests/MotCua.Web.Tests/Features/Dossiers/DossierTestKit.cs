using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Dossiers;
using MotCua.Testing;
using MotCua.Web.Features.Dossiers.Actions;
using MotCua.Web.Features.Dossiers.Intake;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Tests.Features.Dossiers;

/// <summary>Intent methods for dossier tests on a seeded demo database (real calendar, real catalog).</summary>
internal static class DossierTestKit
{
    /// <summary>Birth registration (khai sinh), a commune-level procedure of the demo catalog.</summary>
    public const string BirthRegistration = "1.001193";

    public static readonly ApplicantInput Applicant = new("Nguyễn Văn An", "092080001234", "0912 345 678", "an@example.vn", "Phường Ninh Kiều, TP Cần Thơ");

    public static async Task<StaffMember> StaffAsync(TestDatabase db, string userName)
    {
        await using var scope = db.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Data.Identity.UserAccount>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
        return (await scope.ServiceProvider.GetRequiredService<CurrentStaff>().LoadAsync(user.Id, CancellationToken.None))!;
    }

    /// <summary>A counter intake by the one-stop officer of Phường Ninh Kiều for birth registration in that commune.</summary>
    public static async Task<Dossier> ReceiveAtNinhKieuAsync(TestDatabase db, ApplicantInput? applicant = null)
    {
        var officer = await StaffAsync(db, "motcua.ninhkieu");
        await using var scope = db.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<DossierIntake>().ReceiveAsync(
            new IntakeRequest(BirthRegistration, "31135", Channel.Counter, applicant ?? Applicant, [new ComponentRecord("TP1", "Tờ khai đăng ký khai sinh", [])]),
            officer.Actor, officer.UnitCode, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems.Values));
        return result.Dossier!;
    }

    public static async Task<ActionOutcome> ActAsync(TestDatabase db, string userName, Guid dossierId, DossierAction action)
    {
        var staff = await StaffAsync(db, userName);
        await using var scope = db.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DossierActions>().RunAsync(dossierId, staff, action, CancellationToken.None);
    }
}
