using NodaTime;

namespace MotCua.Domain.Reform;

/// <summary>The rule that produced a part of a proposal; shown to the officer next to the highlighted words.</summary>
public enum ExtractionRule
{
    /// <summary>An item of the outline: "I.", "1.", "1.1.", "a)", "-", "+", "Điều 1.".</summary>
    ItemMarker = 1,

    /// <summary>A new task after a sentence that ended with a deadline.</summary>
    ItemAfterDeadline,

    /// <summary>A sentence starting with "Giao", "Đề nghị", "Yêu cầu" or "Chủ trì".</summary>
    ItemSignalWord,

    /// <summary>A sentence whose subject is another agency ("… 15/12/2024. Các sở, ban, ngành tỉnh chỉ đạo …").</summary>
    ItemNewSubject,

    /// <summary>"Giao Sở X", "giao cho Sở X", "Giao Giám đốc Sở X".</summary>
    LeadGiao,

    /// <summary>"Đề nghị Sở X".</summary>
    LeadDeNghi,

    /// <summary>"Yêu cầu Sở X".</summary>
    LeadYeuCau,

    /// <summary>"Sở X chủ trì".</summary>
    LeadChuTri,

    /// <summary>"Cơ quan chủ trì: Sở X", "Đơn vị thực hiện: Sở X".</summary>
    LeadLabel,

    /// <summary>An item whose heading is an agency ("a) Sở Nội vụ" followed by its tasks).</summary>
    LeadHeading,

    /// <summary>The agency the sentence starts with, when the sentence sets a deadline ("Các sở, ban, ngành tỉnh … hoàn thành trong tháng 12/2024").</summary>
    LeadSubject,

    /// <summary>The lead of an earlier sentence of the same item.</summary>
    LeadSameItem,

    /// <summary>The lead of the enclosing item ("Giao Sở Tài chính thực hiện các nhiệm vụ sau: - …").</summary>
    LeadFromParent,

    /// <summary>"phối hợp (với) Sở X, Sở Y và các cơ quan liên quan".</summary>
    CoordinatorPhoiHop,

    /// <summary>"Cơ quan phối hợp: Sở X".</summary>
    CoordinatorLabel,

    /// <summary>A further agency assigned together with the lead ("Giao Sở X, Sở Y …"): the first leads, the others coordinate.</summary>
    CoordinatorAlsoAssigned,

    /// <summary>The coordinators of the enclosing item.</summary>
    CoordinatorFromParent,

    /// <summary>"trước ngày 10/11/2024".</summary>
    DeadlineBeforeDate,

    /// <summary>"chậm nhất ngày 15/12/2024", "chậm nhất trong tháng 12/2024".</summary>
    DeadlineNoLaterThan,

    /// <summary>"hoàn thành ngày 30/6/2025", "đến hết ngày 31/12/2025".</summary>
    DeadlineCompleteOn,

    /// <summary>"(hoàn thành) trong tháng 12/2024" → the last day of that month.</summary>
    DeadlineWithinMonth,

    /// <summary>"trong quý IV/2024" → the last day of that quarter.</summary>
    DeadlineWithinQuarter,

    /// <summary>"hoàn thành trong năm 2025" → 31 December.</summary>
    DeadlineWithinYear,

    /// <summary>"Thời gian hoàn thành: tháng 3 năm 2025", "Thời hạn: …".</summary>
    DeadlineStated,

    /// <summary>A deadline stated once for the enclosing item, applied to each of its sub-items.</summary>
    DeadlineFromParent,

    /// <summary>"hằng tháng", "hàng quý", "định kỳ hằng năm".</summary>
    RecurrencePhrase,

    /// <summary>The recurrence of the enclosing item.</summary>
    RecurrenceFromParent,
}

/// <summary>An agency named in a proposal, with the words that named it.</summary>
/// <param name="Agency">What the words name.</param>
/// <param name="Span">The words of the name (with the person's title, when one was written: "Giám đốc Sở Nội vụ").</param>
/// <param name="Rule">The rule that gave the agency its role.</param>
/// <param name="Trigger">The words that gave it the role ("Giao", "phối hợp", "chủ trì"), when any.</param>
/// <param name="ByTitle">True when a person's title stood before the agency and was dropped.</param>
public sealed record AgencyFinding(AgencyRef Agency, TextSpan Span, ExtractionRule Rule, TextSpan? Trigger = null, bool ByTitle = false);

/// <summary>What a deadline's date means.</summary>
public enum DeadlineKind
{
    /// <summary>A stated day.</summary>
    Date = 1,

    /// <summary>"trong tháng M/YYYY": the last day of the month.</summary>
    EndOfMonth,

    /// <summary>"trong quý …": the last day of the quarter.</summary>
    EndOfQuarter,

    /// <summary>"trong năm YYYY": 31 December.</summary>
    EndOfYear,
}

/// <summary>A deadline read from the words at <paramref name="Span"/>.</summary>
public sealed record DeadlineFinding(LocalDate Date, DeadlineKind Kind, TextSpan Span, ExtractionRule Rule);

/// <summary>How often a recurring task falls due.</summary>
public enum RecurrencePeriod
{
    Monthly = 1,
    Quarterly = 2,
    Yearly = 3,
}

/// <summary>
/// A recurring deadline: "hằng tháng" (monthly), "hằng quý" (quarterly), "trước ngày 15 tháng 12 hằng năm"
/// (yearly on 15/12). Without a stated day the task falls due on the last day of the period.
/// </summary>
public sealed record TaskRecurrence(RecurrencePeriod Period, int? Day = null, int? Month = null)
{
    /// <summary>"monthly", "quarterly", "yearly" (the CLI's JSON).</summary>
    public string Code => Format(Period);

    public static string Format(RecurrencePeriod period) => period switch
    {
        RecurrencePeriod.Monthly => "monthly",
        RecurrencePeriod.Quarterly => "quarterly",
        RecurrencePeriod.Yearly => "yearly",
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };

    public static RecurrencePeriod? Parse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "monthly" => RecurrencePeriod.Monthly,
        "quarterly" => RecurrencePeriod.Quarterly,
        "yearly" => RecurrencePeriod.Yearly,
        _ => null,
    };

    /// <summary>The first due date on or after <paramref name="from"/> (a day past the end of a short month
    /// falls on its last day).</summary>
    public LocalDate NextOnOrAfter(LocalDate from)
    {
        for (var step = 0; step < 30; step++)
        {
            var candidate = Period switch
            {
                RecurrencePeriod.Monthly => DueIn(from.Year, from.Month, step),
                RecurrencePeriod.Quarterly => DueInQuarter(from, step),
                RecurrencePeriod.Yearly => DueInYear(from.Year + step),
                _ => throw new InvalidOperationException(),
            };
            if (candidate >= from)
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("No occurrence found.");
    }

    private LocalDate DueIn(int year, int month, int monthsAhead)
    {
        var first = new LocalDate(year, month, 1).PlusMonths(monthsAhead);
        var length = first.Calendar.GetDaysInMonth(first.Year, first.Month);
        return new LocalDate(first.Year, first.Month, Math.Min(Day ?? length, length));
    }

    private LocalDate DueInQuarter(LocalDate from, int quartersAhead)
    {
        var quarterStart = new LocalDate(from.Year, ((from.Month - 1) / 3 * 3) + 1, 1).PlusMonths(3 * quartersAhead);
        // Without a stated month, a quarterly task falls in the quarter's last month.
        return DueIn(quarterStart.Year, quarterStart.Month, Month is >= 1 and <= 3 ? Month.Value - 1 : 2);
    }

    private LocalDate DueInYear(int year) => DueIn(year, Month ?? 12, 0);
}

/// <summary>A recurrence read from the words at <paramref name="Span"/> (and the day at <paramref name="DaySpan"/>).</summary>
public sealed record RecurrenceFinding(TaskRecurrence Recurrence, TextSpan Span, ExtractionRule Rule, TextSpan? DaySpan = null);

/// <summary>Something the officer should check before accepting a proposal.</summary>
public enum NoteKind
{
    /// <summary>No lead agency was found.</summary>
    NoLead = 1,

    /// <summary>Several agencies were assigned; the first leads, the others were made coordinators.</summary>
    SeveralAssigned,

    /// <summary>An agency is named by a former name; the argument is the agency that holds its work now.</summary>
    FormerName,

    /// <summary>An agency is not one of the province's units.</summary>
    NotAUnit,

    /// <summary>The lead is a group of agencies.</summary>
    GroupLead,

    /// <summary>The text sets several deadlines; the latest was taken.</summary>
    SeveralDeadlines,

    /// <summary>The deadline has no year; the directive's year was taken.</summary>
    YearAssumed,

    /// <summary>A date that does not exist ("31/02/2024") was ignored.</summary>
    InvalidDate,
}

/// <summary>A note on a proposal; <see cref="Argument"/> is the name or date the note is about.</summary>
public sealed record ProposalNote(NoteKind Kind, string? Argument = null)
{
    /// <summary>The note in Vietnamese (the CLI's listing; pages use their resources).</summary>
    public string Message => Kind switch
    {
        NoteKind.NoLead => "Chưa xác định được cơ quan chủ trì.",
        NoteKind.SeveralAssigned => $"Văn bản giao cho nhiều cơ quan; cơ quan đầu tiên được đề xuất chủ trì, các cơ quan khác phối hợp ({Argument}).",
        NoteKind.FormerName => $"Tên cơ quan cũ; nay là {Argument}.",
        NoteKind.NotAUnit => $"\"{Argument}\" không có trong danh sách đơn vị của tỉnh.",
        NoteKind.GroupLead => "Chủ trì là một nhóm cơ quan; khi lưu cần giao cho từng cơ quan.",
        NoteKind.SeveralDeadlines => $"Đoạn văn có nhiều thời hạn ({Argument}); đã lấy thời hạn muộn nhất.",
        NoteKind.YearAssumed => $"Thời hạn không ghi năm; đã lấy năm {Argument} của văn bản.",
        NoteKind.InvalidDate => $"Ngày \"{Argument}\" không tồn tại; đã bỏ qua.",
        _ => Kind.ToString(),
    };
}

/// <summary>
/// One proposed task: what to do, who leads, who coordinates, by when — each with the words that produced
/// it. Nothing is saved from a proposal until an officer has reviewed it.
/// </summary>
/// <param name="Number">1, 2, 3 … in the order of the directive.</param>
/// <param name="Text">What to do: the words of the sentence(s), item marker and footnotes removed, spaces collapsed.</param>
/// <param name="Span">Where those words are in the directive.</param>
/// <param name="Path">Where the item sits in the outline, e.g. "2 › –3".</param>
/// <param name="ItemRule">Why this is a separate task.</param>
/// <param name="Lead">The one lead agency (chủ trì), when found.</param>
/// <param name="Coordinators">The coordinating agencies (phối hợp).</param>
/// <param name="Deadline">The deadline, when one is stated.</param>
/// <param name="Recurrence">The recurrence ("hằng tháng"), when one is stated.</param>
/// <param name="Notes">What the officer should check.</param>
public sealed record TaskProposal(
    int Number,
    string Text,
    TextSpan Span,
    string Path,
    ExtractionRule ItemRule,
    AgencyFinding? Lead,
    IReadOnlyList<AgencyFinding> Coordinators,
    DeadlineFinding? Deadline,
    RecurrenceFinding? Recurrence,
    IReadOnlyList<ProposalNote> Notes);

/// <summary>Text the extraction set aside on purpose, with the reason (in Vietnamese).</summary>
public sealed record SkippedText(TextSpan Span, string Reason);

/// <summary>The result of reading a directive.</summary>
/// <param name="Text">The directive's text as read (NFC, <c>\n</c> line ends): every span refers to it.</param>
/// <param name="Year">The directive's year, from its header, used for deadlines written without a year.</param>
/// <param name="Proposals">The proposed tasks.</param>
/// <param name="Excluded">Header, footnotes, page numbers and the closing ("Nơi nhận"), which no rule reads.</param>
/// <param name="Skipped">Sentences set aside (the closing "triển khai thực hiện Công văn này").</param>
/// <param name="ItemCount">How many outline items the text was split into.</param>
public sealed record DirectiveExtraction(
    string Text,
    int? Year,
    IReadOnlyList<TaskProposal> Proposals,
    IReadOnlyList<TextSpan> Excluded,
    IReadOnlyList<SkippedText> Skipped,
    int ItemCount);
