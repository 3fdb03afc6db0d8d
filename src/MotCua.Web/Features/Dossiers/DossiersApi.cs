using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using MotCua.Data.Identity;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Domain.Payments;
using MotCua.Web.Features.Dossiers.Actions;
using MotCua.Web.Features.Dossiers.Intake;
using MotCua.Web.Features.Dossiers.Queries;
using MotCua.Web.Infrastructure;
using NodaTime;

namespace MotCua.Web.Features.Dossiers;

/// <summary>Body of an intake or submission.</summary>
public sealed record IntakeBody(string? ProcedureCode, string? CommuneCode, string? Channel, ApplicantInput? Applicant, IReadOnlyList<ComponentBody>? Components);

/// <summary>A component handed in (files are uploaded through the pages; the API records the checklist).</summary>
public sealed record ComponentBody(string Code, string Name, bool Digitized = false, bool Reused = false, bool FromNationalStore = false);

/// <summary>Body of an action; which fields matter depends on the action.</summary>
public sealed record ActionBody(
    string? Reason = null,
    string? AssigneeId = null,
    int? ToStep = null,
    IReadOnlyList<string>? Items = null,
    long? Amount = null,
    string? UnitCode = null,
    int? WorkingDays = null,
    LocalDateTime? NewDue = null,
    bool Electronic = false,
    string? DocumentNumber = null,
    string? Method = null,
    string? What = null,
    string? Value = null,
    string? FeeAdjustment = null,
    int? Percent = null,
    string? LegalBasis = null,
    IReadOnlyList<string>? FeeCodes = null);

/// <summary>
/// The dossier API (issue "Dossier lifecycle" §7): submit online, counter intake, every processing action, a
/// dossier with its timeline and due times, queues, a citizen's own dossiers, and the public lookup. Staff
/// routes need a staff role and act only within the officer's unit scope (others' dossiers are 404).
/// </summary>
public static class DossiersApi
{
    public static void MapDossiersApi(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/dossiers").WithTags("Dossiers").RequireAuthorization(WebHost.StaffPolicy);

        staff.MapPost("/intake", IntakeAsync).WithName("IntakeDossier").WithSummary("Receive a dossier at the counter or by post (one-stop officer)");
        staff.MapGet("/{id:guid}", GetAsync).WithName("GetDossier").WithSummary("A dossier with its due times and full history");
        staff.MapGet("/queues/{queue}", QueueAsync).WithName("DossierQueue")
            .WithSummary("A queue of the officer's unit: toreceive, mine, unit, duetoday, overdue, waitingsupplement, toreturn; with all counts");

        Action("receive", "Receive an online submission", (_, _) => new DossierAction.Receive());
        Action("refuse", "Refuse an online submission (Mẫu 03)", (b, _) => new DossierAction.Refuse(b.Reason ?? string.Empty));
        Action("assign", "Assign the current step to an officer (or to oneself)", (b, s) => new DossierAction.Assign(b.AssigneeId ?? s.UserId, b.Reason));
        Action("complete-step", "Complete the current step", (_, _) => new DossierAction.CompleteStep());
        Action("send-back", "Send back to an earlier step", (b, _) => new DossierAction.SendBack((b.ToStep ?? 1) - 1, b.Reason ?? string.Empty));
        Action("request-supplement", "Ask the applicant for a supplement (Mẫu 02); the clock pauses", (b, _) => new DossierAction.RequestSupplement(b.Items ?? [], b.Reason ?? string.Empty));
        Action("complete-supplement", "Record a supplement brought to the counter", (_, _) => new DossierAction.CompleteSupplement([]));
        Action("request-payment", "Ask for the fees of the procedure version (status 6), with an exemption or reduction (feeAdjustment exemption|reduction, percent, legalBasis, feeCodes); the clock pauses",
            (b, _) => ParseAdjustment(b, out var adjustment) ? new DossierAction.RequestPayment(b.Amount, adjustment) : null);
        Action("record-payment", "Record fees paid at the counter", (b, _) => new DossierAction.RecordCounterPayment(b.Amount ?? 0));
        Action("transfer", "Pass the current step to another agency (liên thông)", (b, _) => new DossierAction.Transfer(b.UnitCode ?? string.Empty, b.Reason ?? string.Empty));
        Action("consult", "Consult another agency with a deadline in working days", (b, _) => new DossierAction.Consult(b.UnitCode ?? string.Empty, b.WorkingDays ?? 0, b.Reason ?? string.Empty));
        Action("answer-consultation", "Answer a consultation (consulted unit)", (b, _) => new DossierAction.AnswerConsultation(b.Reason ?? string.Empty));
        Action("extend", "Apologise and set a new appointment once, before the due time (Mẫu 04)", (b, _) => b.NewDue is { } due ? new DossierAction.Extend(due, b.Reason ?? string.Empty) : null);
        Action("stop", "Stop processing (Mẫu 05)", (b, _) => new DossierAction.Stop(b.Reason ?? string.Empty));
        Action("withdraw", "Withdraw at the applicant's request", (b, _) => new DossierAction.Withdraw(b.Reason ?? string.Empty));
        Action("issue-result", "Issue the result (electronic results are uploaded through the page)", (b, _) => new DossierAction.IssueResult(false, b.DocumentNumber, []));
        Action("return", "Return the result: counter, post or online", (b, _) => ParseReturn(b.Method) is { } m ? new DossierAction.Return(m) : null);
        Action("correct", "Record a correction with its reason", (b, _) => new DossierAction.Correct(b.What ?? string.Empty, b.Value, b.Reason ?? string.Empty));

        var citizen = app.MapGroup("/api/my/dossiers").WithTags("Citizen").RequireAuthorization(policy => policy.RequireRole(Roles.Citizen));
        citizen.MapPost("/", SubmitAsync).WithName("SubmitDossierOnline").WithSummary("Submit a dossier online (status 1)");
        citizen.MapGet("/", MineAsync).WithName("MyDossiers").WithSummary("The signed-in citizen's dossiers");
        citizen.MapGet("/{id:guid}", MineOneAsync).WithName("MyDossier").WithSummary("One of the citizen's dossiers with its timeline");

        app.MapPost("/api/public/dossiers/lookup", LookupAsync).WithTags("Public").AllowAnonymous()
            .WithName("LookupDossier").WithSummary("Public lookup by dossier code and the applicant's phone or ID number (in the body, never the address): status and timeline only; too many wrong attempts answer 429");

        void Action(string name, string summary, Func<ActionBody, StaffMember, DossierAction?> build) =>
            staff.MapPost($"/{{id:guid}}/{name}", async Task<Results<Ok<DossierView>, ProblemHttpResult, ValidationProblem>> (
                    Guid id, ActionBody? body, ClaimsPrincipal user, CurrentStaff current, DossierActions actions, DossierQueries queries, CancellationToken ct) =>
                {
                    var member = await current.GetAsync(user, ct);
                    if (member is null)
                    {
                        return TypedResults.Problem(statusCode: 403, title: "Tài khoản chưa được gán đơn vị.");
                    }

                    var action = build(body ?? new ActionBody(), member);
                    if (action is null)
                    {
                        return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Thiếu hoặc sai dữ liệu của thao tác."] }, title: "Dữ liệu không hợp lệ");
                    }

                    var outcome = await actions.RunAsync(id, member, action, ct);
                    return outcome.Status switch
                    {
                        ActionStatus.Done => TypedResults.Ok((await queries.ForStaffAsync(id, member, ct))!),
                        ActionStatus.NotFound => TypedResults.Problem(statusCode: 404, title: outcome.Message),
                        ActionStatus.Forbidden => TypedResults.Problem(statusCode: 403, title: outcome.Message),
                        ActionStatus.Conflict => TypedResults.Problem(statusCode: 409, title: outcome.Message),
                        _ => TypedResults.Problem(statusCode: 422, title: "Không thực hiện được", detail: outcome.Message),
                    };
                })
                .WithName($"Dossier-{name}")
                .WithSummary(summary);
    }

    private static async Task<Results<Created<DossierView>, ProblemHttpResult, ValidationProblem>> IntakeAsync(
        IntakeBody body, ClaimsPrincipal user, CurrentStaff current, DossierIntake intake, DossierQueries queries, CancellationToken ct)
    {
        var member = await current.GetAsync(user, ct);
        if (member is null || !(member.IsInRole(Roles.OneStopOfficer) || member.IsInRole(Roles.UnitLeader)))
        {
            return TypedResults.Problem(statusCode: 403, title: "Chỉ công chức Bộ phận Một cửa tiếp nhận hồ sơ.");
        }

        var channel = body.Channel?.Trim().ToLowerInvariant() switch
        {
            null or "" or "counter" => (Channel?)Channel.Counter,
            "post" => Channel.Post,
            _ => null,
        };
        if (channel is null || string.IsNullOrWhiteSpace(body.ProcedureCode) || body.Applicant is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["request"] = ["Cần mã thủ tục, người nộp và kênh (counter hoặc post)."],
            }, title: "Dữ liệu không hợp lệ");
        }

        var result = await intake.ReceiveAsync(ToRequest(body, channel.Value), member.Actor, member.UnitCode, ct);
        if (!result.Succeeded)
        {
            return Invalid(result);
        }

        var view = (await queries.ForStaffAsync(result.Dossier!.Id, member, ct))!;
        return TypedResults.Created($"/api/dossiers/{view.Id}", view);
    }

    private static async Task<Results<Created<DossierView>, ProblemHttpResult, ValidationProblem>> SubmitAsync(
        IntakeBody body, ClaimsPrincipal user, UserManager<UserAccount> users, DossierIntake intake, DossierQueries queries, CancellationToken ct)
    {
        var account = await users.GetUserAsync(user);
        if (account is null || string.IsNullOrWhiteSpace(body.ProcedureCode) || body.Applicant is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["request"] = ["Cần mã thủ tục và thông tin người nộp."] }, title: "Dữ liệu không hợp lệ");
        }

        var result = await intake.SubmitOnlineAsync(ToRequest(body, Channel.Online), new Actor(account.Id, account.FullName, null), account.Id, ct);
        if (!result.Succeeded)
        {
            return Invalid(result);
        }

        var view = (await queries.ForCitizenAsync(result.Dossier!.Id, account.Id, ct))!;
        return TypedResults.Created($"/api/my/dossiers/{view.Id}", view);
    }

    private static async Task<Results<Ok<DossierView>, ProblemHttpResult>> GetAsync(Guid id, ClaimsPrincipal user, CurrentStaff current, DossierQueries queries, CancellationToken ct)
    {
        var member = await current.GetAsync(user, ct);
        var view = member is null ? null : await queries.ForStaffAsync(id, member, ct);
        return view is null ? TypedResults.Problem(statusCode: 404, title: "Không tìm thấy hồ sơ.") : TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<QueueResponse>, ProblemHttpResult>> QueueAsync(
        string queue, string? q, ClaimsPrincipal user, CurrentStaff current, DossierQueries queries, CancellationToken ct)
    {
        if (!Enum.TryParse<Queue>(queue, ignoreCase: true, out var which) || !Enum.IsDefined(which))
        {
            return TypedResults.Problem(statusCode: 400, title: $"Không có hàng đợi \"{queue}\".");
        }

        var member = await current.GetAsync(user, ct);
        if (member is null)
        {
            return TypedResults.Problem(statusCode: 403, title: "Tài khoản chưa được gán đơn vị.");
        }

        var (items, counts) = await queries.QueueAsync(member, which, q, 200, ct);
        return TypedResults.Ok(new QueueResponse(items, counts.ToDictionary(c => c.Key.ToString().ToLowerInvariant(), c => c.Value)));
    }

    private static async Task<Ok<IReadOnlyList<QueueItem>>> MineAsync(ClaimsPrincipal user, UserManager<UserAccount> users, DossierQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.OfCitizenAsync(users.GetUserId(user)!, ct));

    private static async Task<Results<Ok<DossierView>, ProblemHttpResult>> MineOneAsync(Guid id, ClaimsPrincipal user, UserManager<UserAccount> users, DossierQueries queries, CancellationToken ct) =>
        await queries.ForCitizenAsync(id, users.GetUserId(user)!, ct) is { } view
            ? TypedResults.Ok(view)
            : TypedResults.Problem(statusCode: 404, title: "Không tìm thấy hồ sơ.");

    /// <summary>The same lookup as the portal's page (<see cref="Portal.Lookup.IndexModel"/>), with the same
    /// throttle: the phone or ID number travels in the body so that it never reaches access logs.</summary>
    private static async Task<Results<Ok<DossierView>, ProblemHttpResult>> LookupAsync(
        LookupBody? body, HttpContext http, DossierQueries queries, Portal.Lookup.LookupThrottle throttle, CancellationToken ct)
    {
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.BlockedUntil(client) is { } until)
        {
            return TypedResults.Problem(statusCode: 429, title: "Quá nhiều lần tra cứu sai.",
                detail: $"Vui lòng thử lại sau {Portal.PortalFormat.Time(until)}.");
        }

        var code = body?.Code?.Trim();
        var key = body?.Phone ?? body?.IdNumber;
        if (string.IsNullOrEmpty(code) || code.Length > 64 || string.IsNullOrWhiteSpace(key))
        {
            return TypedResults.Problem(statusCode: 400, title: "Cần mã hồ sơ và số điện thoại hoặc số giấy tờ của người nộp.");
        }

        if (await queries.PublicLookupAsync(code, key, ct) is { } view)
        {
            return TypedResults.Ok(view);
        }

        throttle.Wrong(client);
        return TypedResults.Problem(statusCode: 404, title: "Không tìm thấy hồ sơ với mã và thông tin đã nhập.");
    }

    /// <summary>Body of the public lookup: the dossier code and the applicant's phone or ID number.</summary>
    public sealed record LookupBody(string? Code, string? Phone, string? IdNumber);

    private static IntakeRequest ToRequest(IntakeBody body, Channel channel) =>
        new(body.ProcedureCode!, body.CommuneCode, channel, body.Applicant!,
            [.. (body.Components ?? []).Select(c => new ComponentRecord(c.Code, c.Name, [], c.Digitized, c.Reused, c.FromNationalStore))]);

    private static Results<Created<DossierView>, ProblemHttpResult, ValidationProblem> Invalid(IntakeResult result) =>
        result.Problems.Keys.All(k => k.Length == 0)
            ? TypedResults.Problem(statusCode: 422, title: "Không tiếp nhận được", detail: string.Join(" ", result.Problems.Values))
            : TypedResults.ValidationProblem(result.Problems.ToDictionary(p => p.Key, p => new[] { p.Value }), title: "Thông tin người nộp chưa hợp lệ");

    /// <summary>The fee adjustment of a request-payment body: none, or an exemption / a reduction with its legal basis.</summary>
    private static bool ParseAdjustment(ActionBody body, out FeeAdjustment? adjustment)
    {
        adjustment = null;
        var kind = body.FeeAdjustment?.Trim().ToLowerInvariant() switch
        {
            null or "" or "none" => (FeeAdjustmentKind?)null,
            "exemption" => FeeAdjustmentKind.Exemption,
            "reduction" => FeeAdjustmentKind.Reduction,
            _ => (FeeAdjustmentKind?)0,
        };
        if (kind == 0)
        {
            return false;
        }

        if (kind is { } k)
        {
            adjustment = new FeeAdjustment(k, body.Percent ?? 0, body.LegalBasis ?? string.Empty, body.FeeCodes);
        }

        return true;
    }

    private static ReturnMethod? ParseReturn(string? method) => method?.Trim().ToLowerInvariant() switch
    {
        "counter" => ReturnMethod.Counter,
        "post" => ReturnMethod.Post,
        "online" => ReturnMethod.Online,
        _ => null,
    };
}

/// <summary>A queue and the counts of all queues.</summary>
public sealed record QueueResponse(IReadOnlyList<QueueItem> Items, IReadOnlyDictionary<string, int> Counts);
