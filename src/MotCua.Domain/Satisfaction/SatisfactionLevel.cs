namespace MotCua.Domain.Satisfaction;

/// <summary>
/// How satisfied a citizen says she is — with the handling of a returned dossier, or with the answer to her feedback.
/// The three levels of the national portal's rating (hài lòng, bình thường, không hài lòng); Decision 766/QĐ-TTg
/// (group MDHL, indicators 5.2 and 5.3) counts the unsatisfied ones.
/// </summary>
public enum SatisfactionLevel
{
    /// <summary>Hài lòng.</summary>
    Satisfied = 1,

    /// <summary>Bình thường.</summary>
    Normal = 2,

    /// <summary>Không hài lòng.</summary>
    Unsatisfied = 3,
}

/// <summary>Where a dossier rating was given.</summary>
public enum RatingChannel
{
    /// <summary>By the applicant, signed in to her account.</summary>
    Online = 1,

    /// <summary>On the counter's tablet (kiosk page opened by a one-stop officer), without signing in.</summary>
    Kiosk = 2,
}

/// <summary>Names of the levels and parsing of form values.</summary>
public static class SatisfactionLevels
{
    public static string Vietnamese(SatisfactionLevel level) => level switch
    {
        SatisfactionLevel.Satisfied => "Hài lòng",
        SatisfactionLevel.Normal => "Bình thường",
        SatisfactionLevel.Unsatisfied => "Không hài lòng",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static string Vietnamese(RatingChannel channel) => channel switch
    {
        RatingChannel.Online => "trực tuyến",
        RatingChannel.Kiosk => "tại quầy",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    /// <summary>"satisfied", "normal", "unsatisfied" (any case) or "1"–"3"; null for anything else.</summary>
    public static SatisfactionLevel? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "satisfied" or "1" => SatisfactionLevel.Satisfied,
        "normal" or "2" => SatisfactionLevel.Normal,
        "unsatisfied" or "3" => SatisfactionLevel.Unsatisfied,
        _ => null,
    };
}
