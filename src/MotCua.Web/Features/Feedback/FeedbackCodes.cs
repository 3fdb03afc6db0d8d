using System.Globalization;
using System.Security.Cryptography;
using NodaTime;

namespace MotCua.Web.Features.Feedback;

/// <summary>
/// Feedback codes <c>PAKN-YYMMDD-XXXXX</c>: the day of receipt and five random characters from an alphabet without
/// look-alikes (no 0/O, 1/I/L). Random rather than sequential (ADR 0091): a sender follows her feedback with the code
/// and her contact, and a code that cannot be guessed from its neighbours adds to that; there is no legal numbering to
/// keep gap-free. About 28 million codes a day; the unique index catches a clash and the submission is retried.
/// </summary>
public static class FeedbackCodes
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New(LocalDate day) =>
        string.Create(CultureInfo.InvariantCulture, $"PAKN-{day.Year % 100:00}{day.Month:00}{day.Day:00}-")
        + new string([.. Enumerable.Range(0, 5).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)])]);

    /// <summary>True for something shaped like a code (any case), before looking it up.</summary>
    public static bool LooksLikeCode(string? value) =>
        value is not null && System.Text.RegularExpressions.Regex.IsMatch(value.Trim(), "^PAKN-[0-9]{6}-[A-Za-z0-9]{5}$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
