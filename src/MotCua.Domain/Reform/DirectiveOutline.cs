using System.Text;
using System.Text.RegularExpressions;

namespace MotCua.Domain.Reform;

/// <summary>The marker that starts an outline item. The order is the outline of an administrative document
/// (Nghị định 30/2020/NĐ-CP, Phụ lục I: phần, mục I, khoản 1, điểm a), with dashes and plus signs below
/// points as directives use them); a deeper marker is a sub-item of the nearest shallower one.</summary>
public enum MarkerKind
{
    /// <summary>"Phần một", "Chương I".</summary>
    Part = 0,

    /// <summary>"I.", "II.".</summary>
    Roman = 1,

    /// <summary>"Điều 1.".</summary>
    Article = 2,

    /// <summary>"1.", "2)".</summary>
    Number = 3,

    /// <summary>"1.1.", "2.3".</summary>
    SubNumber = 4,

    /// <summary>"a)", "đ)".</summary>
    Letter = 5,

    /// <summary>"-", "–", "•".</summary>
    Dash = 6,

    /// <summary>"+".</summary>
    Plus = 7,
}

/// <summary>An item of a directive's outline.</summary>
public sealed class OutlineItem
{
    private readonly List<OutlineItem> _children = [];

    internal OutlineItem(int index, MarkerKind marker, TextSpan markerSpan, OutlineItem? parent)
    {
        Index = index;
        Marker = marker;
        MarkerSpan = markerSpan;
        Parent = parent;
        parent?._children.Add(this);
    }

    public int Index { get; }

    public MarkerKind Marker { get; }

    /// <summary>The marker itself ("2.", "a)", "-").</summary>
    public TextSpan MarkerSpan { get; }

    /// <summary>The item's own text after its marker, up to its first sub-item (or its statement).</summary>
    public TextSpan Body { get; internal set; }

    /// <summary>A line "Thời gian hoàn thành: …" / "Thời hạn: …" that followed the item.</summary>
    public TextSpan? Statement { get; internal set; }

    public OutlineItem? Parent { get; }

    public IReadOnlyList<OutlineItem> Children => _children;
}

/// <summary>
/// The first step of reading a directive: its text split into outline items, with the parts no rule should
/// read set aside — the header up to the "Kính gửi" list, footnotes that PDF extraction drops into the middle
/// of the text, page numbers, and everything from "Nơi nhận" on. This is also the baseline of the
/// extraction benchmark.
/// </summary>
public sealed partial class DirectiveOutline
{
    private DirectiveOutline(string text, IReadOnlyList<TextSpan> excluded, IReadOnlyList<OutlineItem> items, TextSpan preamble, IReadOnlySet<string> footnotes)
    {
        Text = text;
        Excluded = excluded;
        Items = items;
        Preamble = preamble;
        FootnoteNumbers = footnotes;
        Words = new DirectiveText(text, excluded);
    }

    /// <summary>The text as read: NFC, line ends <c>\n</c>.</summary>
    public string Text { get; }

    public IReadOnlyList<TextSpan> Excluded { get; }

    /// <summary>All items in document order.</summary>
    public IReadOnlyList<OutlineItem> Items { get; }

    /// <summary>The text before the first item (after the header).</summary>
    public TextSpan Preamble { get; }

    /// <summary>Numbers of the footnotes found ("1", "2"), to drop their marks from task texts ("năm1;").</summary>
    public IReadOnlySet<string> FootnoteNumbers { get; }

    internal DirectiveText Words { get; }

    /// <summary>Normalises <paramref name="input"/> (NFC, <c>\n</c> line ends) and splits it into items.</summary>
    public static DirectiveOutline Parse(string input)
    {
        var text = NormalizeText(input);
        var lines = SplitLines(text);
        var folded = FoldedText.Fold(text);
        var footnotes = new HashSet<string>(StringComparer.Ordinal);
        var excluded = FindExcluded(text, folded, lines, footnotes);
        var isExcludedLine = lines.Select(l => IsCovered(excluded, l)).ToArray();

        var items = new List<OutlineItem>();
        var stack = new List<OutlineItem>();
        var starts = new List<int>();
        var statementStarts = new Dictionary<OutlineItem, int>();
        int? previousLine = null;
        var previousWasItem = false;
        for (var n = 0; n < lines.Count; n++)
        {
            var line = lines[n];
            if (isExcludedLine[n] || IsBlank(text, line))
            {
                continue;
            }

            var lead = line.Start;
            while (lead < line.End && char.IsWhiteSpace(text[lead]))
            {
                lead++;
            }

            var content = text[lead..line.End];
            var foldedContent = folded[lead..line.End];
            var marker = Marker(content, foldedContent, out var markerLength);
            if (marker is not null && !Accepts(marker.Value, previousLine is null ? null : text[lines[previousLine.Value].Start..lines[previousLine.Value].End], previousWasItem))
            {
                marker = null;
            }

            if (marker is { } kind)
            {
                while (stack.Count > 0 && (int)stack[^1].Marker >= (int)kind)
                {
                    stack.RemoveAt(stack.Count - 1);
                }

                var item = new OutlineItem(items.Count, kind, new TextSpan(lead, markerLength), stack.Count > 0 ? stack[^1] : null);
                items.Add(item);
                starts.Add(lead);
                stack.Add(item);
            }
            else if (items.Count > 0 && StatementLine().IsMatch(foldedContent) && !statementStarts.ContainsKey(items[^1]))
            {
                statementStarts[items[^1]] = lead;
            }

            previousLine = n;
            previousWasItem = marker is not null;
        }

        var end = excluded.Count > 0 && excluded[^1].End == text.Length ? excluded[^1].Start : text.Length;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var next = i + 1 < items.Count ? starts[i + 1] : end;
            var bodyStart = item.MarkerSpan.End;
            if (statementStarts.TryGetValue(item, out var statement))
            {
                item.Statement = Trim(text, excluded, statement, next);
                next = statement;
            }

            item.Body = Trim(text, excluded, bodyStart, next);
        }

        var preambleEnd = items.Count > 0 ? starts[0] : end;
        var preambleStart = excluded.Count > 0 && excluded[0].Start == 0 ? excluded[0].End : 0;
        return new DirectiveOutline(text, excluded, items, Trim(text, excluded, Math.Min(preambleStart, preambleEnd), preambleEnd), footnotes);
    }

    /// <summary>NFC with <c>\n</c> line ends (the offsets of every span refer to this form).</summary>
    public static string NormalizeText(string input)
    {
        var nfc = input.IsNormalized(NormalizationForm.FormC) ? input : input.Normalize(NormalizationForm.FormC);
        return nfc.Contains('\r', StringComparison.Ordinal) ? nfc.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : nfc;
    }

    private static MarkerKind? Marker(string content, string folded, out int length)
    {
        length = 0;
        Match match;
        if ((match = PartMarker().Match(folded)).Success && char.IsUpper(content[0]) && content.Length < 80)
        {
            length = content.TrimEnd().Length;
            return MarkerKind.Part;
        }

        if ((match = RomanMarker().Match(content)).Success)
        {
            length = match.Length;
            return MarkerKind.Roman;
        }

        if ((match = ArticleMarker().Match(folded)).Success && content[0] == 'Đ')
        {
            length = match.Length;
            return MarkerKind.Article;
        }

        if ((match = SubNumberMarker().Match(folded)).Success)
        {
            length = match.Length;
            return MarkerKind.SubNumber;
        }

        if ((match = NumberMarker().Match(folded)).Success)
        {
            length = match.Length;
            return MarkerKind.Number;
        }

        if ((match = LetterMarker().Match(content)).Success)
        {
            length = match.Length;
            return MarkerKind.Letter;
        }

        if ((match = DashMarker().Match(folded)).Success)
        {
            length = match.Length;
            return MarkerKind.Dash;
        }

        if ((match = PlusMarker().Match(folded)).Success)
        {
            length = match.Length;
            return MarkerKind.Plus;
        }

        return null;
    }

    /// <summary>
    /// PDF text wraps lines anywhere, so a line may start with "- 2025" in the middle of a sentence. A dash or
    /// plus starts an item only after a line that ends a sentence or clause (". ; : ! ? )"), after another
    /// item's first line, after a heading in capitals, or at the start; a number or letter unless the line
    /// before ends with a comma; parts, Roman numerals and articles always.
    /// </summary>
    private static bool Accepts(MarkerKind kind, string? previous, bool previousWasItem)
    {
        if (kind is MarkerKind.Part or MarkerKind.Roman or MarkerKind.Article || previous is null || previousWasItem)
        {
            return true;
        }

        var trimmed = previous.TrimEnd();
        if (trimmed.Length == 0)
        {
            return true;
        }

        // Numbers and letters rarely start a wrapped line; only a line left open by a comma continues.
        if (kind is MarkerKind.Number or MarkerKind.SubNumber or MarkerKind.Letter)
        {
            return trimmed[^1] != ',';
        }

        var last = FoldedText.Fold(trimmed[^1]);
        if (last is '.' or ';' or ':' or '!' or '?' or ')' or '"' or '\'')
        {
            return true;
        }

        var letters = trimmed.Where(char.IsLetter).ToList();
        return letters.Count >= 3 && letters.All(char.IsUpper);
    }

    private static List<TextSpan> FindExcluded(string text, string folded, List<TextSpan> lines, HashSet<string> footnotes)
    {
        var excluded = new List<TextSpan>();
        var half = lines.Count / 2;

        // The header, up to the end of the "Kính gửi:" list of addressees.
        for (var n = 0; n < Math.Min(lines.Count, 60); n++)
        {
            if (!folded[lines[n].Start..lines[n].End].TrimStart().StartsWith("kinh gui", StringComparison.Ordinal))
            {
                continue;
            }

            var last = n;
            var open = !EndsClause(text, lines[n]) || text[lines[n].Start..lines[n].End].TrimEnd().EndsWith(':');
            for (var k = n + 1; k < lines.Count; k++)
            {
                if (IsBlank(text, lines[k]))
                {
                    continue;
                }

                var content = folded[lines[k].Start..lines[k].End].TrimStart();
                // A numbered item or the opening words of the body end the addressees, even when the last addressee
                // has no final stop ("Kính gửi: Sở Tư pháp" followed by "Thực hiện …, đề nghị như sau:").
                if (NumberMarker().IsMatch(content) || SubNumberMarker().IsMatch(content) || ArticleMarker().IsMatch(content)
                    || PartMarker().IsMatch(content) || RomanMarker().IsMatch(text[lines[k].Start..lines[k].End].TrimStart())
                    || BodyOpening().IsMatch(content))
                {
                    break;
                }

                if (content.StartsWith('-') || content.StartsWith('+') || open)
                {
                    last = k;
                    open = !EndsClause(text, lines[k]);
                    continue;
                }

                break;
            }

            excluded.Add(TextSpan.FromBounds(0, lines[last].End));
            break;
        }

        // Footnotes: a long blank rule line, then lines "1 Text…", up to the next page (a line starting with a space).
        for (var n = 0; n < lines.Count; n++)
        {
            if (!IsRule(text, lines[n]))
            {
                continue;
            }

            var first = n + 1;
            while (first < lines.Count && IsEmpty(text, lines[first]))
            {
                first++;
            }

            if (first >= lines.Count || !FootnoteStart().IsMatch(text[lines[first].Start..lines[first].End]))
            {
                continue;
            }

            var k = first;
            for (; k < lines.Count; k++)
            {
                var content = text[lines[k].Start..lines[k].End];
                var number = FootnoteStart().Match(content);
                if (number.Success)
                {
                    footnotes.Add(number.Groups[1].Value);
                }

                if (k > first && (IsRule(text, lines[k]) || (content.Length > 1 && content[0] == ' ' && !char.IsWhiteSpace(content[1]))))
                {
                    break;
                }
            }

            excluded.Add(TextSpan.FromBounds(lines[n].Start, k < lines.Count ? lines[k].Start : text.Length));
            n = k - 1;
        }

        // Page numbers alone on a line.
        foreach (var line in lines)
        {
            if (PageNumber().IsMatch(text[line.Start..line.End]))
            {
                excluded.Add(line);
            }
        }

        // The closing: "Nơi nhận:" and the signature block after it.
        for (var n = half; n < lines.Count; n++)
        {
            if (folded[lines[n].Start..lines[n].End].TrimStart().StartsWith("noi nhan", StringComparison.Ordinal))
            {
                excluded.Add(TextSpan.FromBounds(lines[n].Start, text.Length));
                break;
            }
        }

        excluded.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<TextSpan>();
        foreach (var span in excluded)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = TextSpan.FromBounds(merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    private static bool EndsClause(string text, TextSpan line)
    {
        var trimmed = text[line.Start..line.End].TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is '.' or ';';
    }

    private static bool IsRule(string text, TextSpan line) => line.Length >= 20 && IsBlank(text, line);

    private static bool IsEmpty(string text, TextSpan line) => line.Length == 0 || (IsBlank(text, line) && line.Length < 20);

    private static bool IsBlank(string text, TextSpan line)
    {
        for (var i = line.Start; i < line.End; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCovered(List<TextSpan> excluded, TextSpan line) =>
        excluded.Any(e => e.Start <= line.Start && line.End <= e.End);

    private static TextSpan Trim(string text, IReadOnlyList<TextSpan> excluded, int start, int end)
    {
        bool Skip(int i) => char.IsWhiteSpace(text[i]) || excluded.Any(e => e.Start <= i && i < e.End);
        while (start < end && Skip(start))
        {
            start++;
        }

        while (end > start && Skip(end - 1))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    private static List<TextSpan> SplitLines(string text)
    {
        var lines = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                lines.Add(TextSpan.FromBounds(start, i));
                start = i + 1;
            }
        }

        return lines;
    }

    [GeneratedRegex(@"^(?:phan|chuong)\s+(?:thu\s+)?(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|[ivx]+|\d+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PartMarker();

    [GeneratedRegex(@"^[IVX]{1,5}[.)]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex RomanMarker();

    [GeneratedRegex(@"^dieu\s+\d{1,3}\s*[.:]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleMarker();

    [GeneratedRegex(@"^\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\.?\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SubNumberMarker();

    [GeneratedRegex(@"^\d{1,2}[.)]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex NumberMarker();

    [GeneratedRegex(@"^[a-zđ]\)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex LetterMarker();

    [GeneratedRegex(@"^[-•·*]\s*(?!\d{4}\b)(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex DashMarker();

    [GeneratedRegex(@"^\+\s*(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex PlusMarker();

    [GeneratedRegex(@"^(?:thoi\s+gian\s+(?:hoan\s+thanh|thuc\s+hien)|thoi\s+han(?:\s+hoan\s+thanh)?)\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex StatementLine();

    [GeneratedRegex(@"^(\d{1,3})\s+\S")]
    private static partial Regex FootnoteStart();

    [GeneratedRegex(@"^(?:thuc\s+hien|can\s+cu|tiep\s+theo|trong\s+thoi\s+gian|nham\s|de\s|theo\s|qua\s)", RegexOptions.CultureInvariant)]
    private static partial Regex BodyOpening();

    [GeneratedRegex(@"^\s*\d{1,3}\s*$")]
    private static partial Regex PageNumber();
}
