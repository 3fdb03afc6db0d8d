using MotCua.Domain.Calendar;
using MotCua.Domain.Satisfaction;
using MotCua.Domain.Text;
using NodaTime;

namespace MotCua.Domain.Feedback;

/// <summary>What a command decided: the events to append (each with its reason), or why it was refused.</summary>
public sealed record FeedbackDecision(IReadOnlyList<(IFeedbackEvent Event, string? Reason)> Events, string? Error)
{
    public bool Accepted => Error is null;

    public static FeedbackDecision Refuse(string error) => new([], error);

    public static FeedbackDecision Accept(params (IFeedbackEvent Event, string? Reason)[] events) => new(events, null);
}

/// <summary>Feedback as the sender typed it (not yet checked).</summary>
public sealed record FeedbackInput(FeedbackSubject Subject, string? Title, string? Content, string? DossierCode, string? ProcedureCode);

/// <summary>Where a new feedback goes, as the caller found it: the handling unit and how it was chosen, with the
/// dossier and procedure it is about.</summary>
public sealed record FeedbackRoute(string UnitCode, FeedbackRouting Routing, Guid? DossierId = null, string? DossierCode = null, string? ProcedureCode = null, string? ProcedureName = null);

/// <summary>
/// The life of a feedback (phản ánh, kiến nghị — PAKN) on administrative regulations and procedures, after Decree
/// 20/2008/NĐ-CP (as amended by Decree 92/2017/NĐ-CP) and the provinces' PAKN regulations made under it, with the
/// 15-working-day handling time that Decision 766/QĐ-TTg (indicator 5.1) measures:
/// <list type="bullet">
/// <item>received at once and routed: the dossier's competent unit, else the procedure's agency, else the Office
/// chooses (and may move it to another unit, with a reason, while it is open);</item>
/// <item>refused only within <see cref="RefusalLimit"/> of receipt, with a reason;</item>
/// <item>more information asked of the sender only within <see cref="InformationLimit"/> of receipt, once; the clock
/// stops until she answers and then gives back the working time that was left;</item>
/// <item>answered within <see cref="HandlingTime"/>; the answer published with personal data removed;</item>
/// <item>rated by the sender; an unsatisfied rating re-opens it once, with <see cref="ReopenedHandlingTime"/> from then.</item>
/// </list>
/// Every command checks the state and returns the events it causes, or a refusal in Vietnamese. Due times are
/// computed here, once, with the working calendar, and recorded in the events, so that a later change of the holiday
/// calendar never moves a due time already given. Who may give which command is checked by the caller.
/// </summary>
public static class FeedbackRules
{
    public const int MaxTitleLength = 200;
    public const int MaxContentLength = 4000;
    public const int MaxAnswerLength = 8000;
    public const int MaxReasonLength = 2000;
    public const int MaxKeyLength = 4000;

    /// <summary>Handling time from receipt (Decision 766/QĐ-TTg, indicator 5.1: 15 working days).</summary>
    public static readonly Deadline HandlingTime = Deadline.WorkingDays(15);

    /// <summary>A feedback that will not be handled is refused within 2 working days of receipt.</summary>
    public static readonly Deadline RefusalLimit = Deadline.WorkingDays(2);

    /// <summary>More information is asked of the sender within 5 working days of receipt.</summary>
    public static readonly Deadline InformationLimit = Deadline.WorkingDays(5);

    /// <summary>Handling time of a re-opened feedback, from re-opening.</summary>
    public static readonly Deadline ReopenedHandlingTime = Deadline.WorkingDays(15);

    /// <summary>Checks what the sender typed; problems keyed by field name (Subject, Title, Content, DossierCode,
    /// ProcedureCode), in Vietnamese. Empty when all is well.</summary>
    public static IReadOnlyDictionary<string, string> Check(FeedbackInput input)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Enum.IsDefined(input.Subject))
        {
            problems[nameof(input.Subject)] = "Chọn nội dung phản ánh, kiến nghị về việc gì.";
        }

        var title = VietnameseText.Normalize(input.Title);
        if (string.IsNullOrEmpty(title))
        {
            problems[nameof(input.Title)] = "Nhập tiêu đề phản ánh, kiến nghị.";
        }
        else if (title.Length > MaxTitleLength)
        {
            problems[nameof(input.Title)] = $"Tiêu đề dài quá {MaxTitleLength} ký tự.";
        }

        var content = NormalizeMultiline(input.Content);
        if (string.IsNullOrEmpty(content) || content.Length < 10)
        {
            problems[nameof(input.Content)] = "Nhập nội dung phản ánh, kiến nghị (ít nhất 10 ký tự).";
        }
        else if (content.Length > MaxContentLength)
        {
            problems[nameof(input.Content)] = $"Nội dung dài quá {MaxContentLength} ký tự.";
        }

        if (input.Subject == FeedbackSubject.Dossier && string.IsNullOrWhiteSpace(input.DossierCode))
        {
            problems[nameof(input.DossierCode)] = "Phản ánh về một hồ sơ: nhập mã hồ sơ (in trên giấy tiếp nhận).";
        }

        if (input.Subject == FeedbackSubject.Procedure && string.IsNullOrWhiteSpace(input.ProcedureCode) && string.IsNullOrWhiteSpace(input.DossierCode))
        {
            problems[nameof(input.ProcedureCode)] = "Phản ánh về một thủ tục: nhập mã thủ tục (ví dụ 1.001193) hoặc mã hồ sơ.";
        }

        return problems;
    }

    /// <summary>Receives a checked feedback with its code and route; fixes its time limits from now.</summary>
    public static FeedbackDecision Submit(string code, FeedbackInput input, FeedbackRoute route, Instant now, IWorkingTime calendar)
    {
        if (Check(input) is { Count: > 0 } problems)
        {
            return FeedbackDecision.Refuse(string.Join(" ", problems.Values));
        }

        if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(route.UnitCode) || !Enum.IsDefined(route.Routing))
        {
            return FeedbackDecision.Refuse("Thiếu mã phản ánh hoặc đơn vị xử lý.");
        }

        return FeedbackDecision.Accept((new FeedbackSubmitted(
            code,
            input.Subject,
            VietnameseText.NormalizeRequired(input.Title!),
            NormalizeMultiline(input.Content)!,
            route.DossierId,
            route.DossierCode,
            route.ProcedureCode,
            VietnameseText.Normalize(route.ProcedureName),
            route.UnitCode,
            route.Routing,
            calendar.Due(now, HandlingTime),
            calendar.Due(now, RefusalLimit),
            calendar.Due(now, InformationLimit)), null));
    }

    /// <summary>The Office gives an open feedback to a unit; moving it away from a unit that has it needs a reason.</summary>
    public static FeedbackDecision Route(FeedbackItem f, string? unitCode, string? reason)
    {
        if (!f.IsOpen)
        {
            return NotAllowed(f, "chuyển đơn vị xử lý");
        }

        if (string.IsNullOrWhiteSpace(unitCode))
        {
            return FeedbackDecision.Refuse("Chọn đơn vị xử lý.");
        }

        if (string.Equals(unitCode, f.UnitCode, StringComparison.Ordinal) && f.State != FeedbackState.Routing)
        {
            return FeedbackDecision.Refuse("Phản ánh đang ở đơn vị này.");
        }

        var why = NormalizeMultiline(reason);
        if (f.State != FeedbackState.Routing && string.IsNullOrEmpty(why))
        {
            return FeedbackDecision.Refuse("Cần ghi rõ lý do chuyển sang đơn vị khác.");
        }

        return TooLong(why, MaxReasonLength, "Lý do") ?? FeedbackDecision.Accept((new FeedbackRouted(f.UnitCode, unitCode), why));
    }

    /// <summary>Refuses an open feedback, with a reason, within <see cref="RefusalLimit"/> of receipt; after that it
    /// must be handled and answered.</summary>
    public static FeedbackDecision Refuse(FeedbackItem f, string? reason, Instant now)
    {
        if (f.State is not (FeedbackState.Routing or FeedbackState.Processing))
        {
            return NotAllowed(f, "từ chối");
        }

        if (now > f.RefuseBy)
        {
            return FeedbackDecision.Refuse("Đã quá 2 ngày làm việc kể từ khi tiếp nhận: không thể từ chối nữa, phải xem xét và trả lời.");
        }

        var why = NormalizeMultiline(reason);
        if (string.IsNullOrEmpty(why))
        {
            return FeedbackDecision.Refuse("Cần ghi rõ lý do từ chối để thông báo cho người gửi.");
        }

        return TooLong(why, MaxReasonLength, "Lý do") ?? FeedbackDecision.Accept((new FeedbackRefused(), why));
    }

    /// <summary>Asks the sender for more information, once, within <see cref="InformationLimit"/> of receipt. The
    /// clock stops until she answers.</summary>
    public static FeedbackDecision RequestInformation(FeedbackItem f, string? request, Instant now)
    {
        if (f.State is not (FeedbackState.Routing or FeedbackState.Processing))
        {
            return NotAllowed(f, "yêu cầu bổ sung thông tin");
        }

        if (f.AskedForInformation)
        {
            return FeedbackDecision.Refuse("Đã yêu cầu người gửi bổ sung thông tin một lần; chỉ yêu cầu một lần.");
        }

        if (now > f.AskBy)
        {
            return FeedbackDecision.Refuse("Đã quá 5 ngày làm việc kể từ khi tiếp nhận: không thể yêu cầu bổ sung thông tin nữa.");
        }

        var text = NormalizeMultiline(request);
        if (string.IsNullOrEmpty(text))
        {
            return FeedbackDecision.Refuse("Ghi rõ thông tin cần người gửi bổ sung.");
        }

        return TooLong(text, MaxReasonLength, "Nội dung yêu cầu") ?? FeedbackDecision.Accept((new InformationRequested(text), null));
    }

    /// <summary>The sender answers a request for information: the clock runs again with the working time that was
    /// left when it stopped (a feedback already late when it stopped stays late).</summary>
    public static FeedbackDecision ProvideInformation(FeedbackItem f, string? text, Instant now, IWorkingTime calendar)
    {
        if (f.State != FeedbackState.WaitingInformation)
        {
            return FeedbackDecision.Refuse("Phản ánh này không chờ bổ sung thông tin.");
        }

        var added = NormalizeMultiline(text);
        if (string.IsNullOrEmpty(added))
        {
            return FeedbackDecision.Refuse("Nhập thông tin bổ sung.");
        }

        if (TooLong(added, MaxContentLength, "Thông tin bổ sung") is { } tooLong)
        {
            return tooLong;
        }

        return FeedbackDecision.Accept((new InformationProvided(added, Resume(f, now, calendar)), null));
    }

    /// <summary>The due time after a stop: the working time left when the clock stopped, given back from now.</summary>
    public static Instant Resume(FeedbackItem f, Instant now, IWorkingTime calendar)
    {
        var pausedAt = f.PausedAt ?? now;
        return pausedAt >= f.DueAt ? f.DueAt : calendar.AddWorkingTime(now, calendar.WorkingTimeBetween(pausedAt, f.DueAt));
    }

    /// <summary>The handling unit answers. Allowed while waiting for the sender too (the unit answers with what it
    /// has; the stop then ends). On time when given by the due time, or when the clock stopped before it.</summary>
    public static FeedbackDecision Answer(FeedbackItem f, string? answer, Instant now)
    {
        if (!f.IsOpen)
        {
            return NotAllowed(f, "trả lời");
        }

        var text = NormalizeMultiline(answer);
        if (string.IsNullOrEmpty(text))
        {
            return FeedbackDecision.Refuse("Nhập nội dung trả lời.");
        }

        if (TooLong(text, MaxAnswerLength, "Nội dung trả lời") is { } tooLong)
        {
            return tooLong;
        }

        var judgedAt = f.PausedAt ?? now;
        return FeedbackDecision.Accept((new FeedbackAnswered(text, judgedAt <= f.DueAt), null));
    }

    /// <summary>Publishes the answer on the public page in the texts given, which must not contain personal data
    /// (<see cref="PublicText.Problems"/>: e-mail addresses, phone and ID numbers, the sender's name).</summary>
    public static FeedbackDecision Publish(FeedbackItem f, string? title, string? question, string? answer, IReadOnlyList<string> personalNames)
    {
        if (f.State != FeedbackState.Answered)
        {
            return FeedbackDecision.Refuse("Chỉ công khai được phản ánh đã có trả lời.");
        }

        var t = VietnameseText.Normalize(title);
        var q = NormalizeMultiline(question);
        var a = NormalizeMultiline(answer);
        if (string.IsNullOrEmpty(t) || string.IsNullOrEmpty(q) || string.IsNullOrEmpty(a))
        {
            return FeedbackDecision.Refuse("Nhập đủ tiêu đề, nội dung phản ánh và nội dung trả lời để công khai.");
        }

        var tooLong = TooLong(t, MaxTitleLength, "Tiêu đề") ?? TooLong(q, MaxContentLength, "Nội dung phản ánh") ?? TooLong(a, MaxAnswerLength, "Nội dung trả lời");
        if (tooLong is not null)
        {
            return tooLong;
        }

        var problems = PublicText.Problems(t + "\n" + q + "\n" + a, personalNames);
        if (problems.Count > 0)
        {
            return FeedbackDecision.Refuse("Chưa công khai được: " + string.Join("; ", problems) + ". Xóa thông tin cá nhân rồi công khai.");
        }

        return FeedbackDecision.Accept((new AnswerPublished(t, q, a), null));
    }

    /// <summary>The sender rates the answer, once per answer. An unsatisfied rating of the first answer re-opens the
    /// feedback with a new due time (<see cref="ReopenedHandlingTime"/> from now); after that, ratings are recorded.</summary>
    public static FeedbackDecision Rate(FeedbackItem f, SatisfactionLevel level, string? comment, Instant now, IWorkingTime calendar)
    {
        if (f.State != FeedbackState.Answered)
        {
            return FeedbackDecision.Refuse("Chỉ đánh giá được phản ánh đã có trả lời.");
        }

        if (f.Rating is not null)
        {
            return FeedbackDecision.Refuse("Câu trả lời này đã được đánh giá.");
        }

        if (!Enum.IsDefined(level))
        {
            return FeedbackDecision.Refuse("Chọn một mức: hài lòng, bình thường hoặc không hài lòng.");
        }

        var text = DossierRatingRules.NormalizeComment(comment);
        if (TooLong(text, DossierRatingRules.MaxCommentLength, "Ý kiến") is { } tooLong)
        {
            return tooLong;
        }

        var rated = (IFeedbackEvent)new AnswerRated(level, text);
        return level == SatisfactionLevel.Unsatisfied && !f.Reopened
            ? FeedbackDecision.Accept((rated, null), (new FeedbackReopened(calendar.Due(now, ReopenedHandlingTime)), "Người gửi không hài lòng với câu trả lời."))
            : FeedbackDecision.Accept((rated, null));
    }

    /// <summary>Each line NFC and trimmed, blank lines at both ends removed; null when empty.</summary>
    public static string? NormalizeMultiline(string? value) => DossierRatingRules.NormalizeComment(value);

    /// <summary>The state in words.</summary>
    public static string Describe(FeedbackState state) => state switch
    {
        FeedbackState.Routing => "Chờ phân loại, chuyển xử lý",
        FeedbackState.Processing => "Đang xử lý",
        FeedbackState.WaitingInformation => "Chờ người gửi bổ sung thông tin",
        FeedbackState.Answered => "Đã trả lời",
        FeedbackState.Refused => "Từ chối tiếp nhận",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    private static FeedbackDecision? TooLong(string? value, int max, string what) =>
        value is { Length: var n } && n > max ? FeedbackDecision.Refuse($"{what} dài quá {max} ký tự.") : null;

    private static FeedbackDecision NotAllowed(FeedbackItem f, string action) =>
        FeedbackDecision.Refuse($"Không thể {action} khi phản ánh ở trạng thái \"{Describe(f.State)}\".");
}
