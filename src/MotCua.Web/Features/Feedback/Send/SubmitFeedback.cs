using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Feedback.Notifications;
using NodaTime;

namespace MotCua.Web.Features.Feedback.Send;

/// <summary>What the send form (or the API) posts.</summary>
/// <param name="Subject">What it is about.</param>
/// <param name="Title">A short title.</param>
/// <param name="Content">What the sender says.</param>
/// <param name="DossierCode">Optional: the dossier it is about (required when <paramref name="Subject"/> is a dossier).</param>
/// <param name="ProcedureCode">Optional: the procedure it is about ("1.001193").</param>
/// <param name="FullName">Optional.</param>
/// <param name="Email">A contact (one of e-mail or phone unless signed in).</param>
/// <param name="Phone">A contact.</param>
public sealed record SubmitRequest(FeedbackSubject Subject, string? Title, string? Content, string? DossierCode, string? ProcedureCode, string? FullName, string? Email, string? Phone);

/// <summary>The feedback received, or the problems keyed by form field (nothing was written).</summary>
public sealed record SubmitResult(FeedbackItem? Item, IReadOnlyDictionary<string, string> Problems)
{
    public bool Succeeded => Item is not null;
}

/// <summary>
/// Receives a feedback from a citizen, signed in or not: checks the form and the sender, finds the unit that handles
/// it (the dossier's competent unit, else the agency of the procedure in force today, else the Office, which chooses),
/// gives it a code and its time limits, and writes its first event, the sender and the notifications in one
/// transaction.
/// </summary>
public sealed class SubmitFeedback(
    MotCuaDbContext db,
    FeedbackStore store,
    FeedbackAccess access,
    FeedbackNotifications notifications,
    WorkingCalendarProvider calendars,
    IClock clock)
{
    public const string SenderDisplay = "Người gửi phản ánh";

    public async Task<SubmitResult> SubmitAsync(SubmitRequest request, string? userId, CancellationToken cancellationToken)
    {
        var input = new FeedbackInput(request.Subject, request.Title, request.Content, Clean(request.DossierCode), Clean(request.ProcedureCode));
        var problems = new Dictionary<string, string>(FeedbackRules.Check(input), StringComparer.Ordinal);
        var (sender, senderProblems) = FeedbackSenderRules.Check(new SenderInput(request.FullName, request.Email, request.Phone, userId));
        foreach (var (key, value) in senderProblems)
        {
            problems[key] = value;
        }

        var route = await RouteAsync(input, problems, cancellationToken);
        if (problems.Count > 0 || sender is null || route is null)
        {
            return new SubmitResult(null, problems);
        }

        if (userId is not null && sender.Email is null && sender.Phone is null)
        {
            // Signed in without a contact typed: the account's, so that she is told of the answer.
            var account = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Email, u.PhoneNumber }).FirstOrDefaultAsync(cancellationToken);
            sender.Email = account?.Email;
            sender.Phone = ApplicantRules.NormalizePhone(account?.PhoneNumber);
        }

        var now = clock.GetCurrentInstant();
        var calendar = await calendars.GetAsync(cancellationToken);
        var actor = new Actor(userId, SenderDisplay, null);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var decision = FeedbackRules.Submit(FeedbackCodes.New(VietnamTime.ToLocal(now).Date), input, route, now, calendar);
            if (!decision.Accepted)
            {
                return new SubmitResult(null, new Dictionary<string, string> { [""] = decision.Error! });
            }

            var copy = new FeedbackSender { FullName = sender.FullName, Email = sender.Email, Phone = sender.Phone, UserId = sender.UserId };
            var item = store.StageNew(Guid.NewGuid(), decision, actor, copy);
            await notifications.StageReceivedAsync(item, copy, cancellationToken);
            if (await store.SaveAsync(cancellationToken))
            {
                return new SubmitResult(item, problems);
            }
        }

        return new SubmitResult(null, new Dictionary<string, string> { [""] = "Hệ thống đang bận; vui lòng gửi lại." });
    }

    /// <summary>The unit that handles it, or null with a problem added (an unknown dossier or procedure code).</summary>
    private async Task<FeedbackRoute?> RouteAsync(FeedbackInput input, Dictionary<string, string> problems, CancellationToken cancellationToken)
    {
        if (input.DossierCode is { } dossierCode)
        {
            var dossier = await db.Dossiers.AsNoTracking().Where(d => d.Code == dossierCode)
                .Select(d => new { d.Id, d.Code, d.CompetentUnitCode, d.ProcedureCode, d.ProcedureName })
                .FirstOrDefaultAsync(cancellationToken);
            if (dossier is null)
            {
                problems[nameof(SubmitRequest.DossierCode)] = "Không tìm thấy hồ sơ có mã này; kiểm tra lại mã in trên giấy tiếp nhận.";
                return null;
            }

            return new FeedbackRoute(dossier.CompetentUnitCode, FeedbackRouting.Dossier, dossier.Id, dossier.Code, dossier.ProcedureCode, dossier.ProcedureName);
        }

        if (input.ProcedureCode is { } procedureCode)
        {
            var today = VietnamTime.Today(clock);
            var version = await db.ProcedureVersions.AsNoTracking()
                .Where(v => v.Procedure!.Code == procedureCode && v.EffectiveFrom <= today && (v.EffectiveTo == null || v.EffectiveTo >= today))
                .OrderByDescending(v => v.EffectiveFrom).ThenByDescending(v => v.Number)
                .Select(v => new { v.Name, AgencyCode = v.Agency == null ? null : v.Agency.Code })
                .FirstOrDefaultAsync(cancellationToken);
            if (version is null)
            {
                problems[nameof(SubmitRequest.ProcedureCode)] = "Không tìm thấy thủ tục có mã này; tra cứu mã tại trang Thủ tục hành chính.";
                return null;
            }

            return version.AgencyCode is { } agency
                ? new FeedbackRoute(agency, FeedbackRouting.Procedure, ProcedureCode: procedureCode, ProcedureName: version.Name)
                : new FeedbackRoute(access.OfficeUnitCode, FeedbackRouting.Office, ProcedureCode: procedureCode, ProcedureName: version.Name);
        }

        return new FeedbackRoute(access.OfficeUnitCode, FeedbackRouting.Office);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
