using NodaTime;

namespace MotCua.Domain.Dossiers.Forms;

/// <summary>The set of legal forms a dossier is printed with: the circular in force on its receipt date.</summary>
public enum FormSet
{
    /// <summary>Circular 01/2018/TT-VPCP (guiding Decree 61/2018/NĐ-CP), for dossiers received until 14/9/2025.</summary>
    Circular01Of2018 = 1,

    /// <summary>Circular 03/2025/TT-VPCP (guiding Decree 118/2025/NĐ-CP), for dossiers received from 15/9/2025.</summary>
    Circular03Of2025 = 2,
}

/// <summary>The kinds of form MotCua prints; their numbers depend on the <see cref="FormSet"/>.</summary>
public enum FormKind
{
    /// <summary>Giấy tiếp nhận hồ sơ và hẹn trả kết quả.</summary>
    Receipt = 1,

    /// <summary>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.</summary>
    SupplementRequest = 2,

    /// <summary>Phiếu từ chối tiếp nhận giải quyết hồ sơ.</summary>
    Refusal = 3,

    /// <summary>Phiếu xin lỗi và hẹn lại ngày trả kết quả (2018) / Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết (2025).</summary>
    Apology = 4,

    /// <summary>Thông báo dừng giải quyết hồ sơ (2025 only).</summary>
    StopNotice = 5,

    /// <summary>Phiếu kiểm soát quá trình giải quyết hồ sơ.</summary>
    ControlSlip = 6,

    /// <summary>Sổ theo dõi hồ sơ (a unit's register for a period, not one dossier's form).</summary>
    Register = 7,

    /// <summary>Biên lai thu phí, lệ phí (an electronic receipt for fees paid; not a form of the one-stop circulars but
    /// of Decree 123/2020/NĐ-CP, so it has no number in a <see cref="FormSet"/>: see Features/Payments).</summary>
    FeeReceipt = 8,
}

/// <summary>
/// Which form set applies and how its forms are numbered and named. A dossier keeps the rules in force when
/// it was received (DOMAIN.md §2), so its forms follow its receipt date, not the printing date:
/// Circular 01/2018/TT-VPCP, Appendix (Mẫu 01–06), until 14/9/2025; Circular 03/2025/TT-VPCP, Appendix I
/// (Mẫu 01–07), from 15/9/2025.
/// </summary>
public static class FormSets
{
    /// <summary>The first day of Circular 03/2025/TT-VPCP's forms.</summary>
    public static readonly LocalDate Circular03Start = new(2025, 9, 15);

    /// <summary>The form set in force on a date (Vietnam's calendar).</summary>
    public static FormSet InForceOn(LocalDate date) => date < Circular03Start ? FormSet.Circular01Of2018 : FormSet.Circular03Of2025;

    /// <summary>The form set of a dossier: that of its receipt date, or, for a dossier never received (an online
    /// submission that was refused or withdrawn), of its submission date.</summary>
    public static FormSet ForDossier(Dossier dossier)
    {
        var at = dossier.ReceivedAt ?? dossier.SubmittedAt ?? dossier.UpdatedAt;
        return InForceOn(at.InZone(VietnamTime.Zone).Date);
    }

    /// <summary>The kinds of the set, in the order of its appendix.</summary>
    public static IReadOnlyList<FormKind> KindsOf(FormSet set) => set == FormSet.Circular01Of2018
        ? [FormKind.Receipt, FormKind.SupplementRequest, FormKind.Refusal, FormKind.Apology, FormKind.ControlSlip, FormKind.Register]
        : [FormKind.Receipt, FormKind.SupplementRequest, FormKind.Refusal, FormKind.Apology, FormKind.StopNotice, FormKind.ControlSlip, FormKind.Register];

    /// <summary>The form's number in its set's appendix (1–7), or null when the set has no such form
    /// (Circular 01/2018 has no notice of stopping).</summary>
    public static int? Number(FormSet set, FormKind kind)
    {
        var kinds = KindsOf(set);
        for (var i = 0; i < kinds.Count; i++)
        {
            if (kinds[i] == kind)
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>"Mẫu số 01".</summary>
    public static string NumberLabel(FormSet set, FormKind kind) =>
        Number(set, kind) is { } n ? $"Mẫu số {n.ToString("00", VietnamTime.Culture)}" : throw new ArgumentException($"{set} has no {kind} form", nameof(kind));

    /// <summary>"Thông tư số 01/2018/TT-VPCP".</summary>
    public static string Circular(FormSet set) => set switch
    {
        FormSet.Circular01Of2018 => "Thông tư số 01/2018/TT-VPCP",
        FormSet.Circular03Of2025 => "Thông tư số 03/2025/TT-VPCP",
        _ => throw new ArgumentOutOfRangeException(nameof(set), set, null),
    };

    /// <summary>The form's title as printed (upper case).</summary>
    public static string Title(FormSet set, FormKind kind) => kind switch
    {
        FormKind.Receipt => "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
        FormKind.SupplementRequest => "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
        FormKind.Refusal => "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
        FormKind.Apology => set == FormSet.Circular01Of2018
            ? "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"
            : "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
        FormKind.StopNotice => "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ",
        FormKind.ControlSlip => "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
        FormKind.Register => "SỔ THEO DÕI HỒ SƠ",
        FormKind.FeeReceipt => "BIÊN LAI THU PHÍ, LỆ PHÍ",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The form's name in ordinary case, for lists and links ("Giấy tiếp nhận hồ sơ và hẹn trả kết quả").</summary>
    public static string Name(FormSet set, FormKind kind)
    {
        var title = Title(set, kind);
        return string.Concat(title[..1], title[1..].ToLower(VietnamTime.Culture));
    }

    /// <summary>The form's name in URLs: receipt, supplement-request, refusal, apology, stop-notice, control-slip, register.</summary>
    public static string Slug(FormKind kind) => kind switch
    {
        FormKind.Receipt => "receipt",
        FormKind.SupplementRequest => "supplement-request",
        FormKind.Refusal => "refusal",
        FormKind.Apology => "apology",
        FormKind.StopNotice => "stop-notice",
        FormKind.ControlSlip => "control-slip",
        FormKind.Register => "register",
        FormKind.FeeReceipt => "fee-receipt",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The kind named by a URL slug (case-insensitive), or null.</summary>
    public static FormKind? FromSlug(string? slug) =>
        Enum.GetValues<FormKind>().Cast<FormKind?>().FirstOrDefault(k => string.Equals(Slug(k!.Value), slug, StringComparison.OrdinalIgnoreCase));
}
