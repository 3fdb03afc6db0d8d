using MotCua.Domain;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Domain.Payments;
using MotCua.Web.Infrastructure;
using NodaTime;

namespace MotCua.Web.Features.Dossiers.Actions;

/// <summary>An action on a dossier, as an officer asks for it.</summary>
public abstract record DossierAction
{
    /// <summary>Receive an online submission (the procedure version in force today applies).</summary>
    public sealed record Receive : DossierAction;

    /// <summary>Refuse an online submission (Mẫu 03).</summary>
    public sealed record Refuse(string Reason) : DossierAction;

    /// <summary>Give the current step to an officer of the holding unit (or to oneself).</summary>
    public sealed record Assign(string AssigneeId, string? Reason) : DossierAction;

    public sealed record CompleteStep : DossierAction;

    public sealed record SendBack(int ToStep, string Reason) : DossierAction;

    public sealed record RequestSupplement(IReadOnlyList<string> Items, string Reason) : DossierAction;

    /// <summary>The applicant brought the supplement to the counter.</summary>
    public sealed record CompleteSupplement(IReadOnlyList<ComponentRecord> Components) : DossierAction;

    /// <summary>Ask for the fees of the procedure version, with an exemption or reduction and its legal basis if
    /// any. <paramref name="Amount"/> confirms the total, or — for a procedure whose fee depends on the case (no
    /// amount listed) — gives it.</summary>
    public sealed record RequestPayment(long? Amount, FeeAdjustment? Adjustment = null) : DossierAction;

    /// <summary>Fees paid at the counter (online payments arrive through the payment gateway).</summary>
    public sealed record RecordCounterPayment(long Amount) : DossierAction;

    public sealed record Transfer(string ToUnitCode, string Reason) : DossierAction;

    public sealed record Consult(string UnitCode, int WorkingDays, string Question) : DossierAction;

    public sealed record AnswerConsultation(string Answer) : DossierAction;

    public sealed record Extend(LocalDateTime NewDue, string Reason) : DossierAction;

    public sealed record Stop(string Reason) : DossierAction;

    /// <summary>The applicant asked, at the counter, to withdraw.</summary>
    public sealed record Withdraw(string Reason) : DossierAction;

    public sealed record IssueResult(bool Electronic, string? DocumentNumber, IReadOnlyList<FileRecord> Files) : DossierAction;

    public sealed record Return(ReturnMethod Method) : DossierAction;

    public sealed record Correct(string What, string? Value, string Reason) : DossierAction;
}

/// <summary>What happened: done, or why not (not found / not allowed / refused by the rules / conflict).</summary>
public sealed record ActionOutcome(ActionStatus Status, Dossier? Dossier, string? Message)
{
    public static ActionOutcome Done(Dossier d) => new(ActionStatus.Done, d, null);

    public static readonly ActionOutcome NotFound = new(ActionStatus.NotFound, null, "Không tìm thấy hồ sơ.");

    public static ActionOutcome Forbidden(string message) => new(ActionStatus.Forbidden, null, message);

    public static ActionOutcome Refused(string message) => new(ActionStatus.Refused, null, message);
}

public enum ActionStatus
{
    Done,
    NotFound,
    Forbidden,
    Refused,
    Conflict,
}

/// <summary>
/// Every processing action of an officer on a dossier: checks that the dossier is in her scope (otherwise it
/// does not exist for her) and that her role may do it, lets the lifecycle decide, and appends the events.
/// </summary>
public sealed class DossierActions(
    DossierStore store,
    DossierVisibility visibility,
    Calendar.WorkingCalendarProvider workingTime,
    IProcedureTermsSource procedures,
    Microsoft.AspNetCore.Identity.UserManager<Data.Identity.UserAccount> users,
    IClock clock)
{
    public async Task<ActionOutcome> RunAsync(Guid dossierId, StaffMember staff, DossierAction action, CancellationToken cancellationToken)
    {
        var dossier = await store.FindAsync(dossierId, cancellationToken);
        if (dossier is null || !visibility.CanSee(staff, dossier))
        {
            return ActionOutcome.NotFound;
        }

        if (Permission(staff, dossier, action) is { } denied)
        {
            return ActionOutcome.Forbidden(denied);
        }

        var now = clock.GetCurrentInstant();
        var calendar = await workingTime.GetAsync(cancellationToken);
        var decision = action switch
        {
            DossierAction.Receive => await ReceiveAsync(dossier, now, calendar, cancellationToken),
            DossierAction.Assign a => await AssignAsync(dossier, staff, a),
            _ => Decide(dossier, staff, action, now, calendar),
        };

        var result = await store.AppendAsync(dossier, decision, staff.Actor, cancellationToken);
        return result switch
        {
            { Succeeded: true } => ActionOutcome.Done(result.Dossier!),
            { Conflict: true } => new ActionOutcome(ActionStatus.Conflict, null, result.Error),
            _ => ActionOutcome.Refused(result.Error!),
        };
    }

    /// <summary>The lifecycle's decision for an action that needs nothing but the dossier (all but receive and assign).</summary>
    public static Decision Decide(Dossier dossier, StaffMember staff, DossierAction action, Instant now, IWorkingTime calendar) => action switch
    {
        DossierAction.Refuse a => DossierLifecycle.Refuse(dossier, a.Reason),
        DossierAction.CompleteStep => DossierLifecycle.CompleteStep(dossier, now, calendar),
        DossierAction.SendBack a => DossierLifecycle.SendBack(dossier, a.ToStep, a.Reason, now, calendar),
        DossierAction.RequestSupplement a => DossierLifecycle.RequestSupplement(dossier, a.Items, a.Reason),
        DossierAction.CompleteSupplement a => DossierLifecycle.CompleteSupplement(dossier, a.Components, now, calendar),
        DossierAction.RequestPayment a => RequestPayment(dossier, a),
        DossierAction.RecordCounterPayment a => DossierLifecycle.CompletePayment(dossier, a.Amount, 0, now, calendar),
        DossierAction.Transfer a => DossierLifecycle.Transfer(dossier, a.ToUnitCode, a.Reason),
        DossierAction.Consult a => DossierLifecycle.RequestConsultation(dossier, a.UnitCode, Deadline.WorkingDays(a.WorkingDays), a.Question, now, calendar),
        DossierAction.AnswerConsultation a => DossierLifecycle.AnswerConsultation(dossier, staff.UnitCode, a.Answer),
        DossierAction.Extend a => DossierLifecycle.Extend(dossier, VietnamTime.ToInstant(a.NewDue), a.Reason, now),
        DossierAction.Stop a => DossierLifecycle.Stop(dossier, a.Reason),
        DossierAction.Withdraw a => DossierLifecycle.Withdraw(dossier, a.Reason),
        DossierAction.IssueResult a => DossierLifecycle.IssueResult(dossier, a.Electronic, a.DocumentNumber, a.Files),
        DossierAction.Return a => DossierLifecycle.Return(dossier, a.Method),
        DossierAction.Correct a => DossierLifecycle.Correct(dossier, a.What, a.Value, a.Reason),
        DossierAction.Receive => dossier.Status == DossierStatus.Submitted ? Decision.Accept() : Decision.Refuse("Hồ sơ không ở trạng thái chờ tiếp nhận."),
        DossierAction.Assign a => DossierLifecycle.Assign(dossier, a.AssigneeId, "—", "—"),
        _ => Decision.Refuse("Thao tác không được hỗ trợ."),
    };

    /// <summary>
    /// The fees asked for: those of the procedure version the dossier was received under, less the exemption or
    /// reduction applied (<see cref="FeeRules.Assess"/>). A typed amount must match them; only when the version lists
    /// no amount (a fee that depends on the case) does the officer's amount stand, as one line.
    /// </summary>
    public static Decision RequestPayment(Dossier dossier, DossierAction.RequestPayment action)
    {
        var fees = dossier.Terms?.Fees ?? [];
        if (fees.Sum(f => f.Amount) == 0)
        {
            if (action.Adjustment is not null)
            {
                return Decision.Refuse("Thủ tục không có mức phí, lệ phí cố định để miễn, giảm.");
            }

            return action.Amount is { } amount
                ? DossierLifecycle.RequestPayment(dossier, new FeeAssessment([new FeeCharge("Phí, lệ phí theo quy định", null, amount, amount)], null))
                : Decision.Refuse("Thủ tục không thu phí, lệ phí; nếu phí tùy trường hợp, hãy nhập số tiền.");
        }

        var (assessment, error) = FeeRules.Assess(fees, action.Adjustment);
        if (assessment is null)
        {
            return Decision.Refuse(error!);
        }

        if (action.Amount is { } typed && typed != assessment.Total)
        {
            return Decision.Refuse($"Số tiền {typed.ToString("N0", VietnamTime.Culture)} đồng khác số phải nộp theo thủ tục: {assessment.Total.ToString("N0", VietnamTime.Culture)} đồng. Muốn miễn, giảm thì ghi căn cứ pháp lý.");
        }

        return DossierLifecycle.RequestPayment(dossier, assessment);
    }

    /// <summary>The actions the page offers: those this officer may do that the rules would accept now (tried with
    /// placeholder details; the real details are checked again when she submits).</summary>
    public static IReadOnlyList<string> Available(StaffMember staff, Dossier d, Instant now, IWorkingTime calendar)
    {
        var probes = new (string Name, DossierAction Action)[]
        {
            ("receive", new DossierAction.Receive()),
            ("refuse", new DossierAction.Refuse("—")),
            ("assign", new DossierAction.Assign("\u0001", "—")),
            ("complete-step", new DossierAction.CompleteStep()),
            ("send-back", new DossierAction.SendBack(0, "—")),
            ("request-supplement", new DossierAction.RequestSupplement(["—"], "—")),
            ("complete-supplement", new DossierAction.CompleteSupplement([])),
            ("request-payment", new DossierAction.RequestPayment(d.Terms?.TotalFee > 0 ? null : 1)),
            ("record-payment", new DossierAction.RecordCounterPayment(d.FeeTotal)),
            ("transfer", new DossierAction.Transfer("\u0001", "—")),
            ("consult", new DossierAction.Consult("\u0001", 1, "—")),
            ("answer-consultation", new DossierAction.AnswerConsultation("—")),
            ("extend", new DossierAction.Extend(VietnamTime.ToLocal((d.DueAt ?? now) + Duration.FromDays(1)), "—")),
            ("stop", new DossierAction.Stop("—")),
            ("withdraw", new DossierAction.Withdraw("—")),
            ("issue-result", new DossierAction.IssueResult(false, null, [])),
            ("return", new DossierAction.Return(ReturnMethod.Counter)),
        };
        return [.. probes.Where(p => Permission(staff, d, p.Action) is null && Decide(d, staff, p.Action, now, calendar).Accepted).Select(p => p.Name)];
    }

    /// <summary>Who may do what (beyond seeing the dossier): intake actions at the receiving unit by one-stop
    /// officers; processing by specialists and leaders of the holding unit, and by whoever the catalog names as the
    /// step's performer; a leader's step by a leader; answers to a consultation by the consulted unit. Province
    /// leaders and administrators only read.</summary>
    public static string? Permission(StaffMember staff, Dossier d, DossierAction action)
    {
        bool Has(params string[] roles) => roles.Any(staff.IsInRole);
        const string NotYourRole = "Vai trò của bạn không được thực hiện thao tác này.";
        const string NotYourUnit = "Hồ sơ không thuộc đơn vị của bạn ở bước này.";
        switch (action)
        {
            case DossierAction.Receive or DossierAction.Refuse or DossierAction.Return or DossierAction.CompleteSupplement
                or DossierAction.RecordCounterPayment or DossierAction.Withdraw:
                if (!Has(Roles.OneStopOfficer, Roles.UnitLeader))
                {
                    return NotYourRole;
                }

                return staff.InScope(d.ReceivingUnitCode) || staff.InScope(d.HolderUnitCode) ? null : NotYourUnit;
            case DossierAction.AnswerConsultation:
                return staff.UnitCode == d.ConsultedUnitCode && Has(Roles.Specialist, Roles.UnitLeader) ? null : NotYourUnit;
            default:
                // The catalog says who performs each step (e.g. the one-stop officer checks the papers at step 1);
                // specialists and leaders may act at any step of their unit.
                var stepRole = d.StepIndex is { } i && d.Terms is { } t && i < t.Steps.Count ? t.Steps[i].PerformerRole : null;
                if (!Has(Roles.Specialist, Roles.UnitLeader) && !(stepRole is not null && Has(stepRole)))
                {
                    return NotYourRole;
                }

                if (!staff.InScope(d.HolderUnitCode))
                {
                    return NotYourUnit;
                }

                if (action is DossierAction.CompleteStep or DossierAction.IssueResult && stepRole == Roles.UnitLeader && !Has(Roles.UnitLeader))
                {
                    return "Bước này do lãnh đạo đơn vị thực hiện.";
                }

                return null;
        }
    }

    private async Task<Decision> ReceiveAsync(Dossier d, Instant now, IWorkingTime calendar, CancellationToken cancellationToken)
    {
        var procedure = await procedures.FindAsync(d.ProcedureCode, now.InZone(VietnamTime.Zone).Date, Channel.Online,
            d.CompetentUnitCode, cancellationToken);
        return procedure is null
            ? Decision.Refuse($"Thủ tục {d.ProcedureCode} không còn hiệu lực; hãy từ chối tiếp nhận và hướng dẫn công dân.")
            : DossierLifecycle.Receive(d, procedure.Terms, now, calendar);
    }

    private async Task<Decision> AssignAsync(Dossier d, StaffMember staff, DossierAction.Assign a)
    {
        var assignee = await users.FindByIdAsync(a.AssigneeId);
        if (assignee is null)
        {
            return Decision.Refuse("Không tìm thấy cán bộ được phân công.");
        }

        if (assignee.Id != staff.UserId && !staff.IsInRole(Roles.UnitLeader))
        {
            return Decision.Refuse("Chỉ lãnh đạo đơn vị phân công cho người khác; chuyên viên chỉ nhận xử lý cho mình.");
        }

        var display = string.IsNullOrEmpty(assignee.Title) ? assignee.FullName : $"{assignee.FullName}, {assignee.Title}";
        return DossierLifecycle.Assign(d, assignee.Id, display, a.Reason);
    }
}
