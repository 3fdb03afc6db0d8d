using System.Text;
using System.Text.RegularExpressions;
using MotCua.Domain.Reform;

namespace MotCua.Domain.Feedback;

/// <summary>
/// Removing personal data from the texts of a published answer (Decree 13/2023/NĐ-CP: a feedback is published
/// without the sender's personal data). <see cref="Scrub"/> proposes the public texts: e-mail addresses, numbers of
/// nine digits or more (phones, ID and tax numbers, accounts, dossier codes) and the sender's full name are replaced
/// by a placeholder; <see cref="Problems"/> is what publishing checks. Addresses and other details cannot be found by
/// rule: the officer reads the texts before publishing (docs/FEEDBACK.md).
/// </summary>
public static partial class PublicText
{
    public const string NamePlaceholder = "[người gửi]";
    public const string NumberPlaceholder = "[số đã ẩn]";
    public const string EmailPlaceholder = "[thư điện tử đã ẩn]";

    /// <summary>The text with personal data replaced by placeholders.</summary>
    public static string Scrub(string? text, IReadOnlyList<string> personalNames)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var result = EmailPattern().Replace(text, EmailPlaceholder);
        result = NumberPattern().Replace(result, NumberPlaceholder);
        foreach (var name in Names(personalNames))
        {
            result = ReplaceName(result, name);
        }

        return result;
    }

    /// <summary>What personal data <paramref name="text"/> still holds, in Vietnamese (empty when none found).</summary>
    public static IReadOnlyList<string> Problems(string text, IReadOnlyList<string> personalNames)
    {
        var problems = new List<string>();
        if (EmailPattern().IsMatch(text))
        {
            problems.Add("còn địa chỉ thư điện tử");
        }

        if (NumberPattern().IsMatch(text))
        {
            problems.Add("còn số điện thoại, số giấy tờ hoặc dãy số dài");
        }

        if (Names(personalNames).Any(name => FindName(text, name) >= 0))
        {
            problems.Add("còn họ tên người gửi");
        }

        return problems;
    }

    /// <summary>Full names worth looking for: at least two words (a lone given name such as "An" is also an ordinary word).</summary>
    private static IEnumerable<string> Names(IReadOnlyList<string> personalNames) =>
        personalNames.Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(n => FoldedText.Fold(Text.VietnameseText.NormalizeRequired(n)))
            .Where(n => n.Contains(' ', StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal);

    /// <summary>First offset of the folded <paramref name="foldedName"/> as whole words in <paramref name="text"/>
    /// (any case, with or without marks), or -1. Folding keeps offsets (an NFC Vietnamese letter is one character).</summary>
    private static int FindName(string text, string foldedName)
    {
        var folded = FoldedText.Fold(text.Normalize(NormalizationForm.FormC));
        var from = 0;
        while (from <= folded.Length - foldedName.Length)
        {
            var at = folded.IndexOf(foldedName, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            var end = at + foldedName.Length;
            if ((at == 0 || !char.IsLetterOrDigit(folded[at - 1])) && (end == folded.Length || !char.IsLetterOrDigit(folded[end])))
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    private static string ReplaceName(string text, string foldedName)
    {
        var result = text.Normalize(NormalizationForm.FormC);
        int at;
        while ((at = FindName(result, foldedName)) >= 0)
        {
            result = string.Concat(result.AsSpan(0, at), NamePlaceholder, result.AsSpan(at + foldedName.Length));
        }

        return result;
    }

    [GeneratedRegex("[^\\s@<>()\\[\\]]+@[^\\s@<>()\\[\\]]+\\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();

    /// <summary>Nine digits or more, possibly split by single spaces, dots or dashes ("0912 345 678", "+84 912.345.678",
    /// "092190001234"). Legal document numbers ("20/2008/NĐ-CP") and dates are shorter runs and stay.</summary>
    [GeneratedRegex("(?<![0-9])\\+?[0-9](?:[ .\\-]?[0-9]){8,}(?![0-9])")]
    private static partial Regex NumberPattern();
}
