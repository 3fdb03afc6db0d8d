using System.Globalization;

namespace MotCua.Domain.Procedures;

/// <summary>One difference between two versions: what changed, before and after (either may be null
/// for an item added to or removed from a list).</summary>
public sealed record ProcedureChange(string What, string? Before, string? After);

/// <summary>
/// The differences between two versions of a procedure, in Vietnamese, for the version history and to
/// decide whether an import changes anything (no difference = nothing to publish). Lists (components,
/// fees, legal basis, steps, cases) are compared item by item as they read.
/// </summary>
public static class ProcedureDiff
{
    public static IReadOnlyList<ProcedureChange> Compare(ProcedureContent before, ProcedureContent after)
    {
        var changes = new List<ProcedureChange>();
        Scalar(changes, "Tên thủ tục", before.Name, after.Name);
        Scalar(changes, "Lĩnh vực", before.Field, after.Field);
        Scalar(changes, "Cấp thực hiện", ProcedureVocabulary.Describe(before.Level), ProcedureVocabulary.Describe(after.Level));
        Scalar(changes, "Cơ quan thực hiện", before.AgencyCode ?? "UBND cấp xã", after.AgencyCode ?? "UBND cấp xã");
        Scalar(changes, "Đối tượng thực hiện", ProcedureVocabulary.Describe(before.TargetGroup), ProcedureVocabulary.Describe(after.TargetGroup));
        Scalar(changes, "Cách thức thực hiện", ProcedureVocabulary.Describe(before.Channels), ProcedureVocabulary.Describe(after.Channels));
        Scalar(changes, "Thời hạn giải quyết", before.ProcessingTime.ToString(), after.ProcessingTime.ToString());
        Scalar(changes, "Thời hạn giải quyết trực tuyến", before.OnlineProcessingTime?.ToString(), after.OnlineProcessingTime?.ToString());
        Scalar(changes, "Có giấy tờ kết quả", YesNo(before.IssuesResultDocument), YesNo(after.IssuesResultDocument));
        Scalar(changes, "Kết quả", before.ResultName, after.ResultName);
        Scalar(changes, "Mức độ trực tuyến", ProcedureVocabulary.Describe(before.OnlineLevel), ProcedureVocabulary.Describe(after.OnlineLevel));
        Scalar(changes, "Đủ điều kiện trực tuyến toàn trình", YesNo(before.FullOnlineEligible), YesNo(after.FullOnlineEligible));
        Scalar(changes, "Yêu cầu, điều kiện", before.Conditions, after.Conditions);
        List(changes, "Trường hợp", before.Cases, after.Cases);
        List(changes, "Thành phần hồ sơ", before.Components.Select(ProcedureText.Component), after.Components.Select(ProcedureText.Component));
        List(changes, "Phí, lệ phí", before.Fees.Select(ProcedureText.Fee), after.Fees.Select(ProcedureText.Fee));
        List(changes, "Căn cứ pháp lý", before.LegalBasis.Select(ProcedureText.LegalBasis), after.LegalBasis.Select(ProcedureText.LegalBasis));
        List(changes, "Quy trình nội bộ", before.Steps.Select(ProcedureText.Step), after.Steps.Select(ProcedureText.Step));
        Scalar(changes, "Quyết định công bố", before.Publication.Decision, after.Publication.Decision);
        Scalar(changes, "Ngày quyết định", Date(before.Publication.Date), Date(after.Publication.Date));
        Scalar(changes, "Ngày hiệu lực", Date(before.Publication.EffectiveFrom), Date(after.Publication.EffectiveFrom));
        Scalar(changes, "Ngày công khai trên CSDLQG", before.Publication.PublicOn is { } b ? Date(b) : null, after.Publication.PublicOn is { } a ? Date(a) : null);
        return changes;
    }

    /// <summary>Whether the two versions say the same thing (including their publication).</summary>
    public static bool AreSame(ProcedureContent before, ProcedureContent after) =>
        string.Equals(before.Code, after.Code, StringComparison.Ordinal) && Compare(before, after).Count == 0;

    private static void Scalar(List<ProcedureChange> changes, string what, string? before, string? after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add(new ProcedureChange(what, before, after));
        }
    }

    private static void List(List<ProcedureChange> changes, string what, IEnumerable<string> before, IEnumerable<string> after)
    {
        var old = before.ToList();
        var now = after.ToList();
        if (old.SequenceEqual(now, StringComparer.Ordinal))
        {
            return;
        }

        var removed = old.Except(now, StringComparer.Ordinal).ToList();
        var added = now.Except(old, StringComparer.Ordinal).ToList();
        foreach (var item in removed)
        {
            changes.Add(new ProcedureChange(what, item, null));
        }

        foreach (var item in added)
        {
            changes.Add(new ProcedureChange(what, null, item));
        }

        if (removed.Count == 0 && added.Count == 0)
        {
            changes.Add(new ProcedureChange(what + " (thứ tự)", string.Join(" | ", old), string.Join(" | ", now)));
        }
    }

    private static string YesNo(bool value) => value ? "Có" : "Không";

    private static string Date(NodaTime.LocalDate date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
