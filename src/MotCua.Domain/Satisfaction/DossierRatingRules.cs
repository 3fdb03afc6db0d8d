using MotCua.Domain.Dossiers;
using MotCua.Domain.Text;

namespace MotCua.Domain.Satisfaction;

/// <summary>
/// The applicant's rating of how her dossier was handled (Decision 766/QĐ-TTg, group MDHL, indicator 5.3: dossiers
/// rated unsatisfied count against the competent unit). A rating is a <see cref="Rated"/> event on the dossier's own
/// stream, so it is as tamper-evident as the rest of the dossier's history (ADR 0090). The rules:
/// <list type="bullet">
/// <item>only a returned dossier (status 10) is rated: the service is complete and the citizen has seen its result;</item>
/// <item>one rating per dossier, final: a second one is refused — a citizen who was unhappy cannot be talked into
/// "correcting" it at the counter, and the figures of a past month do not move;</item>
/// <item>an optional comment of at most <see cref="MaxCommentLength"/> characters (NFC, line breaks kept).</item>
/// </list>
/// Who may rate (the applicant's account online; a kiosk opened by a one-stop officer of the receiving unit) is
/// checked by the caller.
/// </summary>
public static class DossierRatingRules
{
    public const int MaxCommentLength = 1000;

    public const string AlreadyRated = "Hồ sơ này đã được đánh giá; mỗi hồ sơ chỉ được đánh giá một lần.";

    /// <summary>True when the dossier can be rated now (returned and not rated yet).</summary>
    public static bool CanRate(Dossier d) => d.Status == DossierStatus.Returned && d.Rating is null;

    /// <summary>Rates a returned dossier, or says why not (in Vietnamese).</summary>
    public static Decision Rate(Dossier d, SatisfactionLevel level, RatingChannel channel, string? comment)
    {
        if (d.Status != DossierStatus.Returned)
        {
            return Decision.Refuse($"Chỉ đánh giá được hồ sơ đã trả kết quả; hồ sơ đang ở trạng thái \"{DossierStatusText.Vietnamese(d.Status)}\".");
        }

        if (d.Rating is not null)
        {
            return Decision.Refuse(AlreadyRated);
        }

        if (!Enum.IsDefined(level))
        {
            return Decision.Refuse("Chọn một mức: hài lòng, bình thường hoặc không hài lòng.");
        }

        if (!Enum.IsDefined(channel))
        {
            return Decision.Refuse("Kênh đánh giá không hợp lệ.");
        }

        var text = NormalizeComment(comment);
        if (text is { Length: > MaxCommentLength })
        {
            return Decision.Refuse($"Ý kiến dài quá {MaxCommentLength} ký tự.");
        }

        return Decision.Accept((new Rated(level, channel, text), null));
    }

    /// <summary>NFC, each line trimmed, empty lines at both ends removed; null when nothing is left.</summary>
    public static string? NormalizeComment(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var lines = value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select(l => VietnameseText.Normalize(l) ?? string.Empty);
        var text = string.Join('\n', lines).Trim('\n');
        return text.Length == 0 ? null : text;
    }
}
