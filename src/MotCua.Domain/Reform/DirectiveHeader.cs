using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace MotCua.Domain.Reform;

/// <summary>What the header of a directive says about it, as far as it could be read (any part may be missing).</summary>
public sealed record DirectiveHeaderGuess(string? Number, LocalDate? IssuedOn, DirectiveKind? Kind, string? Title);

/// <summary>
/// Reads the particulars of a directive from its header (Decree 30/2020/NĐ-CP, Appendix I: "Số: …", place and
/// "ngày … tháng … năm …", the kind in capitals or "V/v …" for a công văn, then the summary), to prefill the form the
/// officer checks before saving. An unsigned draft ("Số:   /UBND-NC", "ngày   tháng   năm 2024") gives no number and
/// no date. Only the header is read: everything before "Kính gửi", or the first 40 lines.
/// </summary>
public static partial class DirectiveHeader
{
    private const int HeaderLines = 40;

    public static DirectiveHeaderGuess Read(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => Text.VietnameseText.NormalizeRequired(l)).ToList();
        var end = lines.FindIndex(l => l.StartsWith("Kính gửi", StringComparison.OrdinalIgnoreCase));
        var header = lines.Take(end >= 0 ? end : HeaderLines).Where(l => l.Length > 0).ToList();
        var joined = string.Join(' ', header);

        var number = NumberPattern().Match(joined) is { Success: true } n ? n.Groups[1].Value.TrimEnd('.', ',') : null;
        LocalDate? issued = null;
        if (DatePattern().Match(joined) is { Success: true } d)
        {
            var (day, month, year) = (Int(d.Groups[1].Value), Int(d.Groups[2].Value), Int(d.Groups[3].Value));
            if (year is >= 2000 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                issued = new LocalDate(year, month, day);
            }
        }

        DirectiveKind? kind = null;
        string? title = null;
        for (var i = 0; i < header.Count && kind is null; i++)
        {
            var folded = FoldedText.Fold(header[i].ToLowerInvariant());
            if (folded.StartsWith("v/v", StringComparison.Ordinal) || folded.StartsWith("ve viec", StringComparison.Ordinal))
            {
                kind = DirectiveKind.OfficialLetter;
                title = Title(header, i, header[i]);
                continue;
            }

            kind = folded switch
            {
                "ke hoach" => DirectiveKind.Plan,
                "thong bao" or "thong bao ket luan" => DirectiveKind.ConclusionNotice,
                "quyet dinh" => DirectiveKind.Decision,
                "cong van" => DirectiveKind.OfficialLetter,
                _ => null,
            };
            if (kind is not null && header[i] == header[i].ToUpperInvariant())
            {
                title = i + 1 < header.Count ? Title(header, i + 1, string.Empty) : null;
            }
            else
            {
                kind = null;
            }
        }

        return new DirectiveHeaderGuess(number, issued, kind, string.IsNullOrEmpty(title) ? null : title);
    }

    /// <summary>Up to four lines from <paramref name="start"/>, stopping at the opening of the body.</summary>
    private static string Title(List<string> header, int start, string first)
    {
        var parts = new List<string>();
        for (var i = start; i < header.Count && i < start + 4; i++)
        {
            var folded = FoldedText.Fold(header[i].ToLowerInvariant());
            if (i > start && (BodyStart().IsMatch(folded) || header[i].StartsWith("CỘNG HÒA", StringComparison.Ordinal)))
            {
                break;
            }

            parts.Add(header[i]);
        }

        var title = Text.VietnameseText.NormalizeRequired(string.Join(' ', parts));
        return title.Length > 0 ? title : first;
    }

    private static int Int(string value) => int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Số\s*:\s*(\d[\p{L}\d/\-.&]*)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(can cu|thuc hien|kinh gui|ngay|dieu|chuong|phan|[ivx]+\.|\d+\.|-|\+)", RegexOptions.CultureInvariant)]
    private static partial Regex BodyStart();
}
