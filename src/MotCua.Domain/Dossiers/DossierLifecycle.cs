using MotCua.Domain.Calendar;
using MotCua.Domain.Payments;
using MotCua.Domain.Text;
using NodaTime;

namespace MotCua.Domain.Dossiers;

/// <summary>What a command decided: the events to append (each with its reason), or why it was refused.</summary>
public sealed record Decision(IReadOnlyList<(IDossierEvent Event, string? Reason)> Events, string? Error)
{
    public bool Accepted => Error is null;

    public static Decision Refuse(string error) => new([], error);

    public static Decision Accept(params (IDossierEvent Event, string? Reason)[] events) => new(events, null);
}

/// <summary>A new dossier handed in at a counter or by post, or submitted online.</summary>
public sealed record IntakeFacts(
    string Code,
    Channel Channel,
    ProcedureTerms Terms,
    string ReceivingUnitCode,
    string CompetentUnitCode,
    IReadOnlyList<ComponentRecord> Components,
    bool Assisted = false);

/// <summary>
/// The dossier lifecycle (DOMAIN.md §4; Decree 61/2018 as amended, Decree 118/2025/NĐ-CP from 1/7/2025):
/// every command checks the current state and returns the events it causes, or a refusal with a reason in
/// Vietnamese. Due times are computed here, once, with the working calendar, and recorded in the events, so
/// that later calendar edits never move an appointment already given.
/// </summary>
public static class DossierLifecycle
{
    /// <summary>Online submissions must be received within 8 working hours (Decree 61/2018, Art. 19 as amended).</summary>
    public static readonly Deadline ReceiptLimit = Deadline.WorkingHours(8);

    /// <summary>Submitted online (status 1). The dossier gets its code now, so the citizen can follow it.</summary>
    public static Decision Submit(IntakeFacts intake, Instant now, IWorkingTime calendar)
    {
        if (intake.Channel != Channel.Online)
        {
            return Decision.Refuse("Chỉ hồ sơ trực tuyến được nộp chờ tiếp nhận; hồ sơ trực tiếp, bưu chính được tiếp nhận ngay.");
        }

        var missing = MissingRequired(intake);
        if (missing is not null)
        {
            return Decision.Refuse(missing);
        }

        return Decision.Accept((new Submitted(intake.Code, intake.Terms.ProcedureCode, intake.Terms.ProcedureName, intake.ReceivingUnitCode,
            intake.CompetentUnitCode, intake.Components, calendar.Due(now, ReceiptLimit), intake.Assisted), null));
    }

    /// <summary>Received at a counter or by post (status 2), and the first step starts.</summary>
    public static Decision ReceiveNew(IntakeFacts intake, Instant now, IWorkingTime calendar)
    {
        if (intake.Channel == Channel.Online)
        {
            return Decision.Refuse("Hồ sơ trực tuyến phải được nộp trước rồi mới tiếp nhận.");
        }

        if (intake.Terms.Steps.Count == 0)
        {
            return Decision.Refuse("Thủ tục chưa có quy trình nội bộ.");
        }

        var missing = MissingRequired(intake);
        if (missing is not null)
        {
            return Decision.Refuse(missing);
        }

        var due = calendar.Due(now, intake.Terms.ProcessingTime);
        var received = new Received(intake.Code, intake.Channel, intake.Terms, intake.ReceivingUnitCode, intake.CompetentUnitCode, intake.Components, due, false);
        return Decision.Accept((received, null), (StartStep(intake.Terms, 0, intake.CompetentUnitCode, now, due, calendar), null));
    }

    /// <summary>An online dossier is checked and received (status 2) under the terms in force today.</summary>
    public static Decision Receive(Dossier d, ProcedureTerms terms, Instant now, IWorkingTime calendar)
    {
        if (d.Status != DossierStatus.Submitted)
        {
            return NotAllowed(d, "tiếp nhận");
        }

        if (terms.Steps.Count == 0)
        {
            return Decision.Refuse("Thủ tục chưa có quy trình nội bộ.");
        }

        var due = calendar.Due(now, terms.ProcessingTime);
        var late = d.ReceiptDueAt is { } limit && now > limit;
        var received = new Received(d.Code, Channel.Online, terms, d.ReceivingUnitCode, d.CompetentUnitCode, [], due, late);
        return Decision.Accept((received, null), (StartStep(terms, 0, d.CompetentUnitCode, now, due, calendar), null));
    }

    /// <summary>An online dossier is not received (status 3, Mẫu 03); the reason tells the applicant what to do.</summary>
    public static Decision Refuse(Dossier d, string reason)
    {
        if (d.Status != DossierStatus.Submitted)
        {
            return NotAllowed(d, "từ chối tiếp nhận");
        }

        return RequireReason(reason) ?? Decision.Accept((new Refused(), reason));
    }

    /// <summary>Gives the current step to an officer (first assignment, or reassignment with a reason).</summary>
    public static Decision Assign(Dossier d, string assigneeId, string assigneeName, string? reason)
    {
        if (d.Status != DossierStatus.Processing || d.StepIndex is not { } step)
        {
            return NotAllowed(d, "phân công");
        }

        if (d.AssigneeId == assigneeId)
        {
            return Decision.Refuse("Hồ sơ đã được phân công cho cán bộ này.");
        }

        if (d.AssigneeId is not null && RequireReason(reason) is { } missing)
        {
            return missing;
        }

        return Decision.Accept((new Reassigned(step, assigneeId, assigneeName), reason));
    }

    /// <summary>Completes the current step; the next step of the process starts, if any.</summary>
    public static Decision CompleteStep(Dossier d, Instant now, IWorkingTime calendar)
    {
        if (d.Status != DossierStatus.Processing || d.StepIndex is not { } step || d.Terms is not { } terms)
        {
            return NotAllowed(d, "hoàn thành bước xử lý");
        }

        if (d.ConsultedUnitCode is not null)
        {
            return Decision.Refuse($"Đang chờ ý kiến của {d.ConsultedUnitCode}; chưa thể chuyển bước.");
        }

        var events = new List<(IDossierEvent, string?)> { (new StepCompleted(step), null) };
        if (step + 1 < terms.Steps.Count)
        {
            events.Add((StartStep(terms, step + 1, d.CompetentUnitCode, now, d.DueAt!.Value, calendar), null));
        }

        return new Decision(events, null);
    }

    /// <summary>Sends the dossier back to an earlier step, with a reason shown to the officer of that step.</summary>
    public static Decision SendBack(Dossier d, int toStep, string reason, Instant now, IWorkingTime calendar)
    {
        if (d.Status != DossierStatus.Processing || d.StepIndex is not { } step || d.Terms is not { } terms)
        {
            return NotAllowed(d, "trả lại bước trước");
        }

        if (toStep < 0 || toStep >= step)
        {
            return Decision.Refuse("Chỉ trả lại được một bước trước bước hiện tại.");
        }

        return RequireReason(reason) ?? Decision.Accept(
            (new SentBack(step, toStep), reason),
            (StartStep(terms, toStep, d.CompetentUnitCode, now, d.DueAt!.Value, calendar), null));
    }

    /// <summary>Asks the applicant for a supplement (Mẫu 02); the clock pauses. Two or more requests make the
    /// dossier count as late in the index (INDEX766.md 2.1), so the count is kept.</summary>
    public static Decision RequestSupplement(Dossier d, IReadOnlyList<string> items, string reason)
    {
        if (d.Status is not (DossierStatus.Received or DossierStatus.Processing))
        {
            return NotAllowed(d, "yêu cầu bổ sung");
        }

        var cleaned = items.Select(VietnameseText.Normalize).Where(i => !string.IsNullOrEmpty(i)).Select(i => i!).ToList();
        if (cleaned.Count == 0)
        {
            return Decision.Refuse("Cần liệt kê giấy tờ, nội dung phải bổ sung (hướng dẫn một lần, đầy đủ).");
        }

        return RequireReason(reason) ?? Decision.Accept((new SupplementRequested(d.SupplementCount + 1, cleaned), reason));
    }

    /// <summary>The applicant completed the supplement: the time that was left at the request is given back.</summary>
    public static Decision CompleteSupplement(Dossier d, IReadOnlyList<ComponentRecord> components, Instant now, IWorkingTime calendar)
    {
        if (d.Status != DossierStatus.WaitingSupplement)
        {
            return NotAllowed(d, "nhận hồ sơ bổ sung");
        }

        var (due, stepDue) = Resume(d, now, calendar);
        return Decision.Accept((new SupplementCompleted(due, stepDue, components), null));
    }

    /// <summary>Asks the applicant to pay the fees (status 6); the clock pauses.</summary>
    public static Decision RequestPayment(Dossier d, long amount)
    {
        if (d.Status is not (DossierStatus.Received or DossierStatus.Processing))
        {
            return NotAllowed(d, "yêu cầu thực hiện nghĩa vụ tài chính");
        }

        return amount <= 0 ? Decision.Refuse("Số tiền phải lớn hơn 0 đồng.") : Decision.Accept((new PaymentRequested(amount), null));
    }

    /// <summary>
    /// Asks for the fees as assessed from the dossier's procedure version (<see cref="FeeRules.Assess"/>), with the
    /// exemption or reduction the officer applies recorded in the event and its legal basis as the reason. When an
    /// exemption leaves nothing to pay, the dossier records <see cref="FeesExempted"/> instead and goes on without
    /// pausing (Law on Fees and Charges 97/2015/QH13, Art. 10).
    /// </summary>
    public static Decision RequestPayment(Dossier d, FeeAssessment assessment)
    {
        if (d.Status is not (DossierStatus.Received or DossierStatus.Processing))
        {
            return NotAllowed(d, "yêu cầu thực hiện nghĩa vụ tài chính");
        }

        var reason = assessment.Adjustment?.LegalBasis;
        if (assessment.FullyExempt)
        {
            return Decision.Accept((new FeesExempted(assessment.Lines, assessment.Adjustment!), reason));
        }

        return assessment.Total <= 0
            ? Decision.Refuse("Thủ tục không thu phí, lệ phí.")
            : Decision.Accept((new PaymentRequested(assessment.Total, assessment.Lines, assessment.Adjustment), reason));
    }

    /// <summary>The fees are paid (0 counter, 1 national platform, 2 provincial gateway); the clock resumes.
    /// <paramref name="orderId"/> and <paramref name="gatewayReference"/> name the online payment order, if any.</summary>
    public static Decision CompletePayment(Dossier d, long amount, int paymentChannel, Instant now, IWorkingTime calendar, Guid? orderId = null, string? gatewayReference = null)
    {
        if (d.Status != DossierStatus.WaitingPayment)
        {
            return NotAllowed(d, "ghi nhận đã nộp phí, lệ phí");
        }

        if (amount != d.FeeTotal)
        {
            return Decision.Refuse($"Số tiền {amount.ToString("N0", VietnamTime.Culture)} đồng không khớp số phải nộp {d.FeeTotal.ToString("N0", VietnamTime.Culture)} đồng.");
        }

        if (paymentChannel is < 0 or > 2)
        {
            return Decision.Refuse("Kênh thanh toán không hợp lệ.");
        }

        var (due, stepDue) = Resume(d, now, calendar);
        return Decision.Accept((new PaymentCompleted(amount, paymentChannel, due, stepDue, orderId, gatewayReference), null));
    }

    /// <summary>Passes the current step to another agency (liên thông); the step keeps its due time.</summary>
    public static Decision Transfer(Dossier d, string toUnitCode, string reason)
    {
        if (d.Status != DossierStatus.Processing || d.StepIndex is not { } step)
        {
            return NotAllowed(d, "chuyển liên thông");
        }

        if (toUnitCode == d.HolderUnitCode)
        {
            return Decision.Refuse("Hồ sơ đang ở chính đơn vị này.");
        }

        return RequireReason(reason) ?? Decision.Accept((new Transferred(d.HolderUnitCode, toUnitCode, step, d.StepDueAt ?? d.DueAt!.Value), reason));
    }

    /// <summary>Consults another agency, which must answer within <paramref name="limit"/>.</summary>
    public static Decision RequestConsultation(Dossier d, string unitCode, Deadline limit, string question, Instant now, IWorkingTime calendar)
    {
        if (d.Status != DossierStatus.Processing || d.StepIndex is null)
        {
            return NotAllowed(d, "lấy ý kiến");
        }

        if (d.ConsultedUnitCode is not null)
        {
            return Decision.Refuse($"Đang chờ ý kiến của {d.ConsultedUnitCode}.");
        }

        if (limit.Amount <= 0)
        {
            return Decision.Refuse("Thời hạn trả lời phải lớn hơn 0.");
        }

        return RequireReason(question) ?? Decision.Accept((new ConsultationRequested(unitCode, calendar.Due(now, limit)), question));
    }

    /// <summary>The consulted agency answered.</summary>
    public static Decision AnswerConsultation(Dossier d, string unitCode, string answer)
    {
        if (d.ConsultedUnitCode is null || d.ConsultedUnitCode != unitCode)
        {
            return Decision.Refuse("Không có yêu cầu lấy ý kiến nào đang chờ đơn vị này.");
        }

        return RequireReason(answer) ?? Decision.Accept((new ConsultationAnswered(unitCode), answer));
    }

    /// <summary>Apology and new appointment (Mẫu 04): only before the appointment, and only once.</summary>
    public static Decision Extend(Dossier d, Instant newDue, string reason, Instant now)
    {
        if (d.Status is not (DossierStatus.Received or DossierStatus.Processing or DossierStatus.WaitingSupplement or DossierStatus.WaitingPayment) || d.DueAt is not { } due)
        {
            return NotAllowed(d, "gia hạn");
        }

        if (d.Extended)
        {
            return Decision.Refuse("Hồ sơ đã được hẹn lại một lần; không được gia hạn lần nữa.");
        }

        if (now >= due)
        {
            return Decision.Refuse("Đã quá hạn: phiếu xin lỗi và hẹn lại phải gửi trước thời hạn trả kết quả.");
        }

        if (newDue <= due)
        {
            return Decision.Refuse("Ngày hẹn mới phải sau ngày hẹn cũ.");
        }

        return RequireReason(reason) ?? Decision.Accept((new Extended(due, newDue), reason));
    }

    /// <summary>Stops processing (status 8, Mẫu 05); terminal.</summary>
    public static Decision Stop(Dossier d, string reason)
    {
        if (d.Status is not (DossierStatus.Received or DossierStatus.Processing or DossierStatus.WaitingSupplement or DossierStatus.WaitingPayment))
        {
            return NotAllowed(d, "dừng xử lý");
        }

        return RequireReason(reason) ?? Decision.Accept((new Stopped(), reason));
    }

    /// <summary>Withdrawn by the applicant (status 7); terminal.</summary>
    public static Decision Withdraw(Dossier d, string reason)
    {
        if (d.Status is not (DossierStatus.Submitted or DossierStatus.Received or DossierStatus.Processing or DossierStatus.WaitingSupplement or DossierStatus.WaitingPayment))
        {
            return NotAllowed(d, "rút hồ sơ");
        }

        return RequireReason(reason) ?? Decision.Accept((new Withdrawn(), reason));
    }

    /// <summary>Issues the result (status 9) at the last step or after it; an electronic result needs a file.</summary>
    public static Decision IssueResult(Dossier d, bool electronic, string? documentNumber, IReadOnlyList<FileRecord> files)
    {
        if (d.Status != DossierStatus.Processing || d.Terms is not { } terms)
        {
            return NotAllowed(d, "ban hành kết quả");
        }

        if (d.StepIndex is { } step && step != terms.Steps.Count - 1)
        {
            return Decision.Refuse($"Hồ sơ đang ở bước {step + 1}/{terms.Steps.Count} ({d.StepName}); kết quả chỉ ban hành ở bước cuối.");
        }

        if (d.ConsultedUnitCode is not null)
        {
            return Decision.Refuse($"Đang chờ ý kiến của {d.ConsultedUnitCode}.");
        }

        if (electronic && files.Count == 0)
        {
            return Decision.Refuse("Kết quả điện tử cần tệp kết quả đã ký số.");
        }

        var events = new List<(IDossierEvent, string?)>();
        if (d.StepIndex is { } last)
        {
            events.Add((new StepCompleted(last), null));
        }

        events.Add((new ResultIssued(electronic, VietnameseText.Normalize(documentNumber), files), null));
        return new Decision(events, null);
    }

    /// <summary>Returns the result (status 10); online only for an electronic result.</summary>
    public static Decision Return(Dossier d, ReturnMethod method)
    {
        if (d.Status != DossierStatus.Finished)
        {
            return NotAllowed(d, "trả kết quả");
        }

        if (method == ReturnMethod.Online && !d.ElectronicResult)
        {
            return Decision.Refuse("Chỉ trả trực tuyến được kết quả điện tử.");
        }

        return Decision.Accept((new Returned(method), null));
    }

    /// <summary>Records a correction of a fact (not of dates or statuses), with its reason.</summary>
    public static Decision Correct(Dossier d, string what, string? value, string reason) =>
        RequireReason(reason) ?? (string.IsNullOrWhiteSpace(what)
            ? Decision.Refuse("Cần ghi nội dung được đính chính.")
            : Decision.Accept((new Corrected(VietnameseText.NormalizeRequired(what), VietnameseText.Normalize(value)), reason)));

    /// <summary>The step due time: its share of the processing time from <paramref name="start"/>, never after the dossier's due.</summary>
    public static StepStarted StartStep(ProcedureTerms terms, int index, string competentUnitCode, Instant start, Instant dossierDue, IWorkingTime calendar)
    {
        var step = terms.Steps[index];
        var stepDue = terms.ProcessingTime.Unit switch
        {
            DeadlineUnit.WorkingDays => calendar.AddWorkingTime(start, Share(calendar.WorkingDayLength * terms.ProcessingTime.Amount, step.Share)),
            DeadlineUnit.WorkingHours => calendar.AddWorkingTime(start, Share(Duration.FromHours(terms.ProcessingTime.Amount), step.Share)),
            DeadlineUnit.CalendarDays => start + Share(Duration.FromDays(terms.ProcessingTime.Amount), step.Share),
            _ => dossierDue,
        };
        return new StepStarted(index, step.Name, step.PerformerUnitCode ?? competentUnitCode, null, null, stepDue < dossierDue ? stepDue : dossierDue);
    }

    /// <summary>Due times after a pause: the working time that was left when the clock stopped is given back
    /// from now; a dossier already late when paused stays late.</summary>
    public static (Instant Due, Instant? StepDue) Resume(Dossier d, Instant now, IWorkingTime calendar)
    {
        var pausedAt = d.PausedAt ?? now;
        var due = d.DueAt!.Value;
        var newDue = pausedAt >= due ? due : calendar.AddWorkingTime(now, calendar.WorkingTimeBetween(pausedAt, due));
        Instant? newStepDue = d.StepDueAt is { } stepDue
            ? pausedAt >= stepDue ? stepDue : calendar.AddWorkingTime(now, calendar.WorkingTimeBetween(pausedAt, stepDue))
            : null;
        return (newDue, newStepDue);
    }

    /// <summary>A share of a time limit, to the whole minute (shares such as 0.3 are not exact in binary).</summary>
    private static Duration Share(Duration whole, double share) => Duration.FromMinutes(Math.Round(whole.TotalMinutes * share));

    private static string? MissingRequired(IntakeFacts intake) =>
        string.IsNullOrWhiteSpace(intake.Code) ? "Thiếu mã hồ sơ."
        : string.IsNullOrWhiteSpace(intake.ReceivingUnitCode) || string.IsNullOrWhiteSpace(intake.CompetentUnitCode) ? "Thiếu đơn vị tiếp nhận hoặc cơ quan có thẩm quyền."
        : intake.Terms.ProcessingTime.Amount < 0 ? "Thời hạn giải quyết không hợp lệ."
        : null;

    private static Decision? RequireReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? Decision.Refuse("Cần ghi rõ lý do.") : null;

    private static Decision NotAllowed(Dossier d, string action) =>
        Decision.Refuse($"Không thể {action} khi hồ sơ ở trạng thái \"{DossierStatusText.Vietnamese(d.Status)}\".");
}
