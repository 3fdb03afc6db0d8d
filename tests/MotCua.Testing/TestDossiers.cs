using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Data.Identity;
using MotCua.Domain;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Infrastructure;
using NodaTime;

namespace MotCua.Testing;

/// <summary>
/// Dossiers for tests, made through the real lifecycle, store and code counter but with hand-made procedure terms
/// (no catalog needed): <see cref="ReceiveAsync"/> at a counter, <see cref="SubmitAsync"/> online, then
/// <see cref="ActAsync"/> with any lifecycle decision.
/// </summary>
public static class TestDossiers
{
    /// <summary>Birth registration at a commune: 3 working days, two steps, an 8,000-đồng fee.</summary>
    public static readonly ProcedureTerms BirthRegistration = new(
        "1.001193", "Đăng ký khai sinh", "test-v1", "Hộ tịch", Deadline.WorkingDays(3),
        [
            new StepTerms(0, "Thẩm định hồ sơ", null, "specialist", 0.7),
            new StepTerms(1, "Phê duyệt", null, "unit-leader", 0.3),
        ],
        [new FeeTerms("Lệ phí cấp bản sao trích lục hộ tịch", "LP-TL", 8_000)],
        IssuesResultDocument: true,
        FullOnline: true);

    public static readonly ApplicantInput Applicant = new("Nguyễn Thị Hồng Nhung", "092190001234", "0912 345 678", "nhung@example.vn", "Số 12 đường Hòa Bình, Phường Ninh Kiều, Thành phố Cần Thơ");

    public static readonly IReadOnlyList<ComponentRecord> Components =
    [
        new("TP1", "Tờ khai đăng ký khai sinh theo mẫu", []),
        new("TP2", "Bản chính Giấy chứng sinh", []),
    ];

    /// <summary>A staff member as the pages see her.</summary>
    public static async Task<StaffMember> StaffAsync(TestDatabase db, string userName)
    {
        await using var scope = db.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No demo account {userName}");
        return await scope.ServiceProvider.GetRequiredService<CurrentStaff>().LoadAsync(user.Id, CancellationToken.None)
            ?? throw new InvalidOperationException($"{userName} is not staff");
    }

    /// <summary>Received now at the counter of <paramref name="officer"/>'s unit, for that unit (or <paramref name="competentUnitCode"/>).</summary>
    public static Task<Dossier> ReceiveAsync(TestDatabase db, string officer = "motcua.ninhkieu", string? competentUnitCode = null, ProcedureTerms? terms = null, ApplicantInput? applicant = null) =>
        CreateAsync(db, officer, Channel.Counter, competentUnitCode, terms, applicant);

    /// <summary>Submitted online now to <paramref name="officer"/>'s unit (status 1, waiting to be received).</summary>
    public static Task<Dossier> SubmitAsync(TestDatabase db, string officer = "motcua.ninhkieu", ProcedureTerms? terms = null, ApplicantInput? applicant = null) =>
        CreateAsync(db, officer, Channel.Online, null, terms, applicant);

    /// <summary>Applies a lifecycle decision as <paramref name="userName"/>; fails the test when it is refused.</summary>
    public static async Task<Dossier> ActAsync(TestDatabase db, string userName, Guid dossierId, Func<Dossier, Instant, IWorkingTime, Decision> decide)
    {
        var staff = await StaffAsync(db, userName);
        await using var scope = db.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<DossierStore>();
        var calendar = await scope.ServiceProvider.GetRequiredService<WorkingCalendarProvider>().GetAsync();
        var dossier = await store.FindAsync(dossierId, CancellationToken.None) ?? throw new InvalidOperationException("No dossier");
        var result = await store.AppendAsync(dossier, decide(dossier, db.Clock.GetCurrentInstant(), calendar), staff.Actor, CancellationToken.None);
        return result.Dossier ?? throw new InvalidOperationException(result.Error);
    }

    private static async Task<Dossier> CreateAsync(TestDatabase db, string officer, Channel channel, string? competentUnitCode, ProcedureTerms? terms, ApplicantInput? applicant)
    {
        var staff = await StaffAsync(db, officer);
        await using var scope = db.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var context = sp.GetRequiredService<MotCuaDbContext>();
        var calendar = await sp.GetRequiredService<WorkingCalendarProvider>().GetAsync();
        var (person, problems) = ApplicantRules.Check(applicant ?? Applicant);
        if (person is null)
        {
            throw new InvalidOperationException(string.Join("; ", problems.Values));
        }

        var now = db.Clock.GetCurrentInstant();
        var day = VietnamTime.ToLocal(now).Date;
        // The code comes from the intake's own counter (in the same transaction), so tests that mix these dossiers
        // with intakes through the pages never collide.
        await using var transaction = await context.Database.BeginTransactionAsync();
        var code = await sp.GetRequiredService<DossierCodes>().NextAsync(staff.UnitCode, day, CancellationToken.None);
        var intake = new IntakeFacts(code, channel, terms ?? BirthRegistration, staff.UnitCode, competentUnitCode ?? staff.UnitCode, Components);
        var decision = channel == Channel.Online ? DossierLifecycle.Submit(intake, now, calendar) : DossierLifecycle.ReceiveNew(intake, now, calendar);
        var result = await sp.GetRequiredService<DossierStore>().CreateAsync(Guid.NewGuid(), decision, staff.Actor, person, now, CancellationToken.None);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(result.Error);
        }

        await transaction.CommitAsync();
        return result.Dossier!;
    }
}
