using System.Globalization;
using System.Text;

namespace MotCua.Domain.Reform;

/// <summary>
/// A copy of a text with the same length in which every character is replaced by its base letter in lower
/// case (marks removed, đ→d) and dashes, quotes and non-breaking spaces by their ASCII forms. Because an NFC
/// Vietnamese letter is always one character, an offset in the folded copy is the same offset in the source:
/// patterns written without accents ("truoc ngay") find accented, any-case text and report source offsets.
/// </summary>
internal static class FoldedText
{
    private static readonly char[] Table = BuildTable();

    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = Table[source[i]];
        }
    });

    /// <summary>Folds one char (for building keys).</summary>
    public static char Fold(char c) => Table[c];

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            table[i] = c switch
            {
                'đ' or 'Đ' => 'd',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
                '\u2018' or '\u2019' or '\u201A' => '\'',
                '\u00A0' or '\u2007' or '\u202F' or '\u200B' or '\uFEFF' or '\t' or '\f' or '\v' => ' ',
                '\u2026' => '.',
                _ => BaseLower(c),
            };
        }

        return table;
    }

    private static char BaseLower(char c)
    {
        if (c < 128)
        {
            return char.ToLowerInvariant(c);
        }

        if (char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.OtherNotAssigned)
        {
            return c;
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var first = decomposed[0];
        return decomposed.Length > 1 && first < 128 ? char.ToLowerInvariant(first) : char.ToLowerInvariant(c);
    }
}
