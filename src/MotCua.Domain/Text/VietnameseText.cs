using System.Globalization;
using System.Text;

namespace MotCua.Domain.Text;

/// <summary>
/// Vietnamese text at the system's boundaries. Every string that enters MotCua (forms, imports, API
/// bodies) is normalised to NFC, and every name search compares <see cref="SearchKey"/> values, so that
/// "can tho", "Cần Thơ", "CẦN THƠ" and a decomposed (NFD) "Cần Thơ" are the same query.
/// </summary>
public static class VietnameseText
{
    /// <summary>Returns the NFC form of <paramref name="value"/> with surrounding white space removed and
    /// inner runs of white space collapsed to one space; <c>null</c> stays <c>null</c>.</summary>
    public static string? Normalize(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var nfc = value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);
        return CollapseWhiteSpace(nfc);
    }

    /// <summary>NFC form of a value that must not be null.</summary>
    public static string NormalizeRequired(string value) => Normalize(value) ?? string.Empty;

    /// <summary>
    /// The search key of a text: lower case, tone and vowel marks removed, đ→d, anything that is not a
    /// letter or digit turned into a single space. Tone-mark placement ("Hòa"/"Hoà") does not matter
    /// because all marks are removed.
    /// </summary>
    public static string SearchKey(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var decomposed = value.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            var mapped = c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            };

            if (char.IsLetterOrDigit(mapped))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(mapped);
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>True when every word of the query key starts a word of <paramref name="candidateKey"/>
    /// (already a search key), in any order: "khai sinh dang" finds "dang ky khai sinh".</summary>
    public static bool MatchesKey(string candidateKey, string queryKey)
    {
        if (queryKey.Length == 0)
        {
            return true;
        }

        var padded = " " + candidateKey;
        foreach (var word in queryKey.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!padded.Contains(" " + word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static string CollapseWhiteSpace(string value)
    {
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
