using System.Globalization;

namespace MotCua.Domain.Reform;

/// <summary>A word of a directive: letters and digits (marks included), or a lone <c>&amp;</c>.</summary>
internal readonly record struct Token(int Start, int End, string Folded)
{
    public TextSpan Span => TextSpan.FromBounds(Start, End);
}

/// <summary>
/// A directive's text in the three parallel forms the rules read, all of the same length so offsets agree:
/// <see cref="Source"/> (NFC, as shown), <see cref="Lower"/> (lower case with marks, for signal words whose
/// unaccented form is ambiguous — "giao" vs "Giáo dục") and <see cref="Folded"/> (no marks), plus its words.
/// Characters of excluded regions (footnotes, header, closing) are blanked in the lower and folded forms, so
/// no rule ever fires inside them.
/// </summary>
internal sealed class DirectiveText
{
    public DirectiveText(string source, IReadOnlyList<TextSpan> excluded)
    {
        Source = source;
        var masked = source.ToCharArray();
        foreach (var span in excluded)
        {
            for (var i = span.Start; i < span.End; i++)
            {
                if (masked[i] != '\n')
                {
                    masked[i] = ' ';
                }
            }
        }

        var maskedText = new string(masked);
        Lower = maskedText.ToLowerInvariant();
        Folded = FoldedText.Fold(maskedText);
        Tokens = Tokenize(Folded);
    }

    public string Source { get; }

    public string Lower { get; }

    public string Folded { get; }

    public Token[] Tokens { get; }

    /// <summary>Index of the first token starting at or after <paramref name="offset"/>.</summary>
    public int FirstTokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The folded characters between token <paramref name="index"/> − 1 and token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> GapBefore(int index) =>
        index <= 0 ? ReadOnlySpan<char>.Empty : Folded.AsSpan(Tokens[index - 1].End, Tokens[index].Start - Tokens[index - 1].End);

    /// <summary>True when the gap before a token holds only spaces, line breaks, commas, hyphens or
    /// <c>&amp;</c> — what may sit inside an agency's name.</summary>
    public bool SoftGapBefore(int index)
    {
        foreach (var c in GapBefore(index))
        {
            if (!(c is ' ' or '\n' or ',' or '-' or '&' or '\r'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the gap before a token is white space only.</summary>
    public bool BlankGapBefore(int index)
    {
        foreach (var c in GapBefore(index))
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    public bool IsCapitalised(int index) => char.IsUpper(Source[Tokens[index].Start]);

    public string LowerWord(int index) => Lower[Tokens[index].Start..Tokens[index].End];

    /// <summary>True when the tokens from <paramref name="index"/> read <paramref name="words"/> (folded),
    /// separated by white space only.</summary>
    public bool WordsAt(int index, params string[] words)
    {
        if (index < 0 || index + words.Length > Tokens.Length)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (!string.Equals(Tokens[index + k].Folded, words[k], StringComparison.Ordinal) || (k > 0 && !BlankGapBefore(index + k)))
            {
                return false;
            }
        }

        return true;
    }

    private static Token[] Tokenize(string folded)
    {
        var tokens = new List<Token>(folded.Length / 5);
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (c == '&')
            {
                tokens.Add(new Token(i, i + 1, "&"));
                i++;
                continue;
            }

            if (!IsWordChar(c))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < folded.Length && IsWordChar(folded[i]))
            {
                i++;
            }

            tokens.Add(new Token(start, i, folded[start..i]));
        }

        return [.. tokens];
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
