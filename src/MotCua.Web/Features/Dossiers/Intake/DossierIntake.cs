using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using NodaTime;

namespace MotCua.Web.Features.Dossiers.Intake;

/// <summary>A dossier handed in: which procedure (and, for commune-level procedures, which commune), the channel,
/// the applicant and the components. <paramref name="ApplicantVerifiedByEId"/>: the applicant's name and ID number
/// come from a national e-ID sign-in (the portal sets it for verified accounts).</summary>
public sealed record IntakeRequest(
    string ProcedureCode,
    string? CommuneCode,
    Channel Channel,
    ApplicantInput Applicant,
    IReadOnlyList<ComponentRecord> Components,
    bool Assisted = false,
    bool ApplicantVerifiedByEId = false);

/// <summary>Outcome of an intake: the new dossier, or problems keyed by field ("" for the whole form).</summary>
public sealed record IntakeResult(Dossier? Dossier, IReadOnlyDictionary<string, string> Problems)
{
    public bool Succeeded => Dossier is not null;

    public static IntakeResult Problem(string message) => new(null, new Dictionary<string, string> { [""] = message });
}

/// <summary>
/// Intake of new dossiers: counter or postal receipt by a one-stop officer (status 2 at once), and online
/// submission by a citizen (status 1, received later within 8 working hours). Dossiers are accepted whatever
/// the administrative boundary and routed to the competent agency (Decree 118/2025/NĐ-CP). The code is taken
/// in the same transaction that creates the dossier, so codes are unique and gap-free per unit and day.
/// </summary>
public sealed class DossierIntake(
    MotCuaDbContext db,
    DossierStore store,
    DossierCodes codes,
    IProcedureTermsSource procedures,
    Calendar.WorkingCalendarProvider workingTime,
    IClock clock)
{
    /// <summary>Receives a dossier at the counter (or by post) of <paramref name="officer"/>'s unit.</summary>
    public Task<IntakeResult> ReceiveAsync(IntakeRequest request, Actor officer, string receivingUnitCode, CancellationToken cancellationToken) =>
        request.Channel == Channel.Online
            ? Task.FromResult(IntakeResult.Problem("Hồ sơ trực tuyến do công dân nộp trên Cổng dịch vụ công."))
            : CreateAsync(request, officer, receivingUnitCode, userId: null, cancellationToken);

    /// <summary>Submits a dossier online for a citizen (or for her by an officer in assisted mode).</summary>
    public async Task<IntakeResult> SubmitOnlineAsync(IntakeRequest request, Actor actor, string? citizenUserId, CancellationToken cancellationToken)
    {
        if (request.Channel != Channel.Online)
        {
            return IntakeResult.Problem("Kênh nộp phải là trực tuyến.");
        }

        var receiving = await OnlineReceivingUnitAsync(request, cancellationToken);
        return receiving is null
            ? IntakeResult.Problem("Không xác định được nơi tiếp nhận hồ sơ trực tuyến.")
            : await CreateAsync(request, actor, receiving, citizenUserId, cancellationToken);
    }

    private async Task<IntakeResult> CreateAsync(IntakeRequest request, Actor actor, string receivingUnitCode, string? userId, CancellationToken cancellationToken)
    {
        var (applicant, problems) = ApplicantRules.Check(request.Applicant);
        if (applicant is null)
        {
            return new IntakeResult(null, problems);
        }

        applicant.UserId = userId;
        applicant.VerifiedByEId = request.ApplicantVerifiedByEId;
        var now = clock.GetCurrentInstant();
        var today = now.InZone(VietnamTime.Zone).Date;
        // A commune-level procedure received at a commune's counter is that commune's, unless another is chosen.
        var commune = request.CommuneCode ?? receivingUnitCode;
        var procedure = await procedures.FindAsync(request.ProcedureCode.Trim(), today, request.Channel, commune, cancellationToken);
        if (procedure is null)
        {
            return IntakeResult.Problem($"Không tìm thấy thủ tục \"{request.ProcedureCode}\" đang có hiệu lực (thủ tục cấp xã cần chọn xã, phường giải quyết).");
        }

        if (request.Channel == Channel.Online && !procedure.OnlineOffered)
        {
            return IntakeResult.Problem("Thủ tục này chưa cung cấp dịch vụ công trực tuyến; vui lòng nộp trực tiếp hoặc qua bưu chính.");
        }

        var calendar = await workingTime.GetAsync(cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        using var gate = await WriteGate.EnterAsync(db, cancellationToken);
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var code = await codes.NextAsync(receivingUnitCode, today, cancellationToken);
            var intake = new IntakeFacts(code, request.Channel, procedure.Terms, receivingUnitCode, procedure.CompetentUnitCode, request.Components, request.Assisted);
            var decision = request.Channel == Channel.Online
                ? DossierLifecycle.Submit(intake, now, calendar)
                : DossierLifecycle.ReceiveNew(intake, now, calendar);
            var result = await store.CreateAsync(Guid.NewGuid(), decision, actor, applicant, now, cancellationToken);
            if (!result.Succeeded)
            {
                await transaction.RollbackAsync(cancellationToken);
                return IntakeResult.Problem(result.Error!);
            }

            await transaction.CommitAsync(cancellationToken);
            return new IntakeResult(result.Dossier, new Dictionary<string, string>());
        });
    }

    /// <summary>Online dossiers of a commune-level procedure go to that commune; others to the province's service centre.</summary>
    private async Task<string?> OnlineReceivingUnitAsync(IntakeRequest request, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(request.CommuneCode)
            && await db.Units.AnyAsync(u => u.Code == request.CommuneCode && u.Kind == UnitKind.Commune && u.ValidTo == null, cancellationToken))
        {
            return request.CommuneCode;
        }

        return await db.Units.Where(u => u.Kind == UnitKind.Centre && u.ValidTo == null && u.Parent!.Kind == UnitKind.Province)
            .OrderBy(u => u.Code).Select(u => u.Code).FirstOrDefaultAsync(cancellationToken);
    }
}
