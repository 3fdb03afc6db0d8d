using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace MotCua.Domain.Reform;

/// <summary>A deadline phrase found in the text; <see cref="Date"/> is null for a day written without a year
/// (kept for recurrences: "trước ngày 15 tháng 12 hằng năm").</summary>
internal sealed record DeadlinePhrase(TextSpan Span, LocalDate? Date, DeadlineKind Kind, ExtractionRule Rule, int? Day, int? Month, string? Invalid);

/// <summary>A recurrence phrase ("hằng tháng").</summary>
internal sealed record RecurrencePhrase(TextSpan Span, RecurrencePeriod Period);

/// <summary>
/// Finds deadline and recurrence phrases in the folded text (accents and case ignored, so "Trước ngày",
/// "truoc ngay" and "TRƯỚC NGÀY" read the same). A month or quarter stands for its last day
/// ("trong tháng 12/2024" → 31/12/2024, "trong quý IV/2024" → 31/12/2024).
/// </summary>
internal static partial class DeadlineReader
{
    private const string Date = @"(?:(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})\s*[/.-]\s*(?<y>\d{4})|(?<d>\d{1,2})\s+thang\s+(?<m>\d{1,2})\s*(?:,\s*)?nam\s+(?<y>\d{4}))(?!\d)";
    private const string Month = @"thang\s+(?<mm>\d{1,2})\s*(?:/|-|(?:,\s*)?nam\s+)\s*(?<my>\d{4})(?!\d)";
    private const string Quarter = @"quy\s+(?<q>iv|iii|ii|i|[1-4])\s*(?:/|-|(?:,\s*)?nam\s+)\s*(?<qy>\d{4})(?!\d)";
    private const string Year = @"nam\s+(?<yy>\d{4})(?!\d)";

    private static readonly (Regex Pattern, ExtractionRule Rule)[] Patterns =
    [
        (new Regex(@"\b(?:thoi\s+gian\s+(?:hoan\s+thanh|thuc\s+hien)|thoi\s+han(?:\s+hoan\s+thanh)?)\s*:?\s*(?:(?:truoc|trong|cham\s+nhat|vao|den\s+het)\s+)?(?:ngay\s+)?(?:" + Date + "|" + Month + "|" + Quarter + "|" + Year + ")", RegexOptions.CultureInvariant), ExtractionRule.DeadlineStated),
        (new Regex(@"\btruoc\s+(?:ngay\s+)?" + Date, RegexOptions.CultureInvariant), ExtractionRule.DeadlineBeforeDate),
        (new Regex(@"\bcham\s+nhat\s+(?:la\s+)?(?:(?:vao|den|trong|den\s+het)\s+)?(?:ngay\s+)?(?:" + Date + "|" + Month + "|" + Quarter + ")", RegexOptions.CultureInvariant), ExtractionRule.DeadlineNoLaterThan),
        (new Regex(@"\b(?:(?:hoan\s+thanh|xong)\s+(?:vao\s+)?ngay\s+|den\s+het\s+ngay\s+)" + Date, RegexOptions.CultureInvariant), ExtractionRule.DeadlineCompleteOn),
        (new Regex(@"\b(?:hoan\s+thanh\s+(?:(?:trong|vao)\s+)*|(?:trong\s+)+)" + Month, RegexOptions.CultureInvariant), ExtractionRule.DeadlineWithinMonth),
        (new Regex(@"\b(?:hoan\s+thanh\s+(?:trong\s+)*|(?:trong\s+)+)" + Quarter, RegexOptions.CultureInvariant), ExtractionRule.DeadlineWithinQuarter),
        (new Regex(@"\bhoan\s+thanh\s+(?:trong\s+)?" + Year, RegexOptions.CultureInvariant), ExtractionRule.DeadlineWithinYear),
    ];

    // A day (and month) without a year: "trước ngày 05 tháng 12", "trước ngày 25 hằng tháng".
    private static readonly Regex NoYear = new(
        @"\b(?<kw>truoc|cham\s+nhat|vao)\s+(?:ngay\s+)?(?<d>\d{1,2})(?:\s?[/-]\s?(?<m>\d{1,2})|\s+thang\s+(?<m>\d{1,2}))?(?!\s?[/-]\s?\d)(?!\.\d)(?!\s*,?\s*nam\s+\d)(?!\d)",
        RegexOptions.CultureInvariant);

    private static readonly Regex Recurrence = new(
        @"\b(?:hang|moi|dinh\s+ky(?:\s+hang)?)\s+(?<p>thang|quy|nam)(?![a-z0-9])(?!\s+\d)", RegexOptions.CultureInvariant);

    /// <summary>Every deadline phrase of the text, in order; where phrases overlap, the longest is kept.</summary>
    public static List<DeadlinePhrase> FindDeadlines(string folded)
    {
        var found = new List<DeadlinePhrase>();
        foreach (var (pattern, rule) in Patterns)
        {
            for (var match = pattern.Match(folded); match.Success; match = match.NextMatch())
            {
                found.Add(Read(match, rule));
            }
        }

        for (var match = NoYear.Match(folded); match.Success; match = match.NextMatch())
        {
            var day = Number(match.Groups["d"].Value);
            int? month = match.Groups["m"].Success ? Number(match.Groups["m"].Value) : null;
            var rule = match.Groups["kw"].Value.StartsWith('c') ? ExtractionRule.DeadlineNoLaterThan : ExtractionRule.DeadlineBeforeDate;
            var valid = day is >= 1 and <= 31 && month is null or (>= 1 and <= 12);
            found.Add(new DeadlinePhrase(Span(match), null, DeadlineKind.Date, rule, day, month, valid ? null : match.Value));
        }

        found.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        var kept = new List<DeadlinePhrase>(found.Count);
        foreach (var phrase in found)
        {
            if (kept.Count > 0 && kept[^1].Span.Overlaps(phrase.Span))
            {
                if (phrase.Span.Length > kept[^1].Span.Length)
                {
                    kept[^1] = phrase;
                }

                continue;
            }

            kept.Add(phrase);
        }

        return kept;
    }

    public static List<RecurrencePhrase> FindRecurrences(string folded)
    {
        var found = new List<RecurrencePhrase>();
        for (var match = Recurrence.Match(folded); match.Success; match = match.NextMatch())
        {
            var period = match.Groups["p"].Value switch
            {
                "thang" => RecurrencePeriod.Monthly,
                "quy" => RecurrencePeriod.Quarterly,
                _ => RecurrencePeriod.Yearly,
            };
            found.Add(new RecurrencePhrase(Span(match), period));
        }

        return found;
    }

    /// <summary>The year of the directive from its header: "Hậu Giang, ngày … tháng … năm 2024" (the place
    /// and comma tell it from dates cited in the text).</summary>
    public static int? HeaderYear(string folded)
    {
        var head = folded.Length > 4000 ? folded[..4000] : folded;
        var match = HeaderDate().Match(head);
        return match.Success ? Number(match.Groups["y"].Value) : null;
    }

    [GeneratedRegex(@"\p{L},\s*ngay\s+(?:\d{1,2}\s+|[ .]*)thang\s+(?:\d{1,2}\s+|[ .]*)nam\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderDate();

    private static DeadlinePhrase Read(Match match, ExtractionRule rule)
    {
        var span = Span(match);
        try
        {
            if (match.Groups["d"].Success)
            {
                var date = new LocalDate(Number(match.Groups["y"].Value), Number(match.Groups["m"].Value), Number(match.Groups["d"].Value));
                return new DeadlinePhrase(span, date, DeadlineKind.Date, rule, date.Day, date.Month, null);
            }

            if (match.Groups["mm"].Success)
            {
                var first = new LocalDate(Number(match.Groups["my"].Value), Number(match.Groups["mm"].Value), 1);
                var last = first.PlusMonths(1).PlusDays(-1);
                return new DeadlinePhrase(span, last, DeadlineKind.EndOfMonth, rule, null, null, null);
            }

            if (match.Groups["q"].Success)
            {
                var quarter = match.Groups["q"].Value switch
                {
                    "i" or "1" => 1,
                    "ii" or "2" => 2,
                    "iii" or "3" => 3,
                    _ => 4,
                };
                var last = new LocalDate(Number(match.Groups["qy"].Value), quarter * 3, 1).PlusMonths(1).PlusDays(-1);
                return new DeadlinePhrase(span, last, DeadlineKind.EndOfQuarter, rule, null, null, null);
            }

            var year = Number(match.Groups["yy"].Value);
            return new DeadlinePhrase(span, new LocalDate(year, 12, 31), DeadlineKind.EndOfYear, rule, null, null, null);
        }
        catch (ArgumentOutOfRangeException)
        {
            return new DeadlinePhrase(span, null, DeadlineKind.Date, rule, null, null, match.Value);
        }
    }

    private static TextSpan Span(Match match) => new(match.Index, match.Length);

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
