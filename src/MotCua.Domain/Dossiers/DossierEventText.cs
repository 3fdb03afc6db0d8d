using System.Globalization;
using MotCua.Domain.EventLog;
using MotCua.Domain.Satisfaction;

namespace MotCua.Domain.Dossiers;

/// <summary>A dossier event in words, for timelines: Vietnamese, or English for the English pages.</summary>
public static class DossierEventText
{
    /// <summary>What happened, e.g. "Bắt đầu bước 2: Thẩm định" (or "Step 2 started: Thẩm định" in English; names
    /// of steps, papers and units stay as the catalog wrote them).</summary>
    public static string Describe(LoggedEvent logged, bool english = false)
    {
        var e = DossierEventCodec.Deserialize(logged.Type, logged.Data);
        return english ? English(e, logged.Type) : Vietnamese(e, logged.Type);
    }

    private static string Vietnamese(IDossierEvent? e, string type) => e switch
    {
        Submitted => "Nộp hồ sơ trực tuyến",
        Received r => r.Channel switch
        {
            Channel.Online => "Tiếp nhận hồ sơ trực tuyến",
            Channel.Post => "Tiếp nhận hồ sơ qua bưu chính",
            _ => "Tiếp nhận hồ sơ trực tiếp",
        },
        Refused => "Không tiếp nhận hồ sơ",
        StepStarted s => string.Create(CultureInfo.InvariantCulture, $"Bắt đầu bước {s.StepIndex + 1}: {s.StepName}"),
        StepCompleted s => string.Create(CultureInfo.InvariantCulture, $"Hoàn thành bước {s.StepIndex + 1}"),
        SentBack s => string.Create(CultureInfo.InvariantCulture, $"Trả lại bước {s.ToStep + 1} để xử lý lại"),
        Reassigned => "Phân công cán bộ xử lý",
        SupplementRequested s => string.Create(CultureInfo.InvariantCulture, $"Yêu cầu bổ sung hồ sơ (lần {s.Number}): {string.Join("; ", s.Items)}"),
        SupplementCompleted => "Công dân đã bổ sung hồ sơ",
        PaymentRequested p => p.Adjustment switch
        {
            { Kind: Payments.FeeAdjustmentKind.Exemption } => $"Yêu cầu nộp phí, lệ phí: {Vnd(p.Amount)} đồng (có khoản được miễn)",
            { } reduced => $"Yêu cầu nộp phí, lệ phí: {Vnd(p.Amount)} đồng (được giảm {reduced.Percent.ToString(VietnamTime.Culture)}%)",
            null => $"Yêu cầu nộp phí, lệ phí: {Vnd(p.Amount)} đồng",
        },
        PaymentCompleted p => p.PaymentChannel switch
        {
            1 => $"Đã nộp phí, lệ phí trực tuyến qua Cổng Dịch vụ công quốc gia: {Vnd(p.Amount)} đồng",
            2 => $"Đã nộp phí, lệ phí trực tuyến qua cổng thanh toán của tỉnh: {Vnd(p.Amount)} đồng",
            _ => $"Đã nộp phí, lệ phí: {Vnd(p.Amount)} đồng",
        },
        FeesExempted => "Miễn phí, lệ phí",
        Transferred => "Chuyển liên thông đến cơ quan khác",
        ConsultationRequested => "Lấy ý kiến cơ quan liên quan",
        ConsultationAnswered => "Cơ quan liên quan đã có ý kiến",
        Extended => "Xin lỗi và hẹn lại ngày trả kết quả",
        Stopped => "Dừng xử lý hồ sơ",
        Withdrawn => "Công dân rút hồ sơ",
        ResultIssued r => r.Electronic ? "Đã có kết quả (bản điện tử)" : "Đã có kết quả",
        Returned r => r.Method switch
        {
            ReturnMethod.Online => "Đã trả kết quả trực tuyến",
            ReturnMethod.Post => "Đã gửi kết quả qua bưu chính",
            _ => "Đã trả kết quả tại bộ phận một cửa",
        },
        Corrected c => $"Đính chính: {c.What}",
        Rated r => $"Đánh giá mức độ hài lòng ({SatisfactionLevels.Vietnamese(r.Channel)}): {SatisfactionLevels.Vietnamese(r.Level)}",
        Warned w => w.Kind switch
        {
            WarningKind.DueSoon => "Cảnh báo: sắp đến hạn",
            WarningKind.Overdue => "Cảnh báo: quá hạn",
            WarningKind.EscalatedToLeader => "Báo cáo lãnh đạo đơn vị: quá hạn",
            _ => "Báo cáo đơn vị cấp trên: quá hạn",
        },
        _ => type,
    };

    private static string English(IDossierEvent? e, string type) => e switch
    {
        Submitted => "Submitted online",
        Received r => r.Channel switch
        {
            Channel.Online => "Online submission received",
            Channel.Post => "Received by post",
            _ => "Received at the counter",
        },
        Refused => "Not accepted",
        StepStarted s => string.Create(CultureInfo.InvariantCulture, $"Step {s.StepIndex + 1} started: {s.StepName}"),
        StepCompleted s => string.Create(CultureInfo.InvariantCulture, $"Step {s.StepIndex + 1} completed"),
        SentBack s => string.Create(CultureInfo.InvariantCulture, $"Sent back to step {s.ToStep + 1} to be redone"),
        Reassigned => "Officer assigned",
        SupplementRequested s => string.Create(CultureInfo.InvariantCulture, $"Supplement requested (request {s.Number}): {string.Join("; ", s.Items)}"),
        SupplementCompleted => "The applicant supplemented the dossier",
        PaymentRequested p => p.Adjustment switch
        {
            { Kind: Payments.FeeAdjustmentKind.Exemption } => $"Fees requested: VND {Vnd(p.Amount)} (partly exempted)",
            { } reduced => $"Fees requested: VND {Vnd(p.Amount)} (reduced by {reduced.Percent.ToString(CultureInfo.InvariantCulture)}%)",
            null => $"Fees requested: VND {Vnd(p.Amount)}",
        },
        PaymentCompleted p => p.PaymentChannel switch
        {
            1 => $"Fees paid online through the National Public Service Portal: VND {Vnd(p.Amount)}",
            2 => $"Fees paid online through the provincial payment gateway: VND {Vnd(p.Amount)}",
            _ => $"Fees paid: VND {Vnd(p.Amount)}",
        },
        FeesExempted => "Fees exempted",
        Transferred => "Transferred to another agency",
        ConsultationRequested => "Other agencies consulted",
        ConsultationAnswered => "A consulted agency answered",
        Extended => "Apology and new appointment date",
        Stopped => "Processing stopped",
        Withdrawn => "Withdrawn by the applicant",
        ResultIssued r => r.Electronic ? "Result issued (electronic)" : "Result issued",
        Returned r => r.Method switch
        {
            ReturnMethod.Online => "Result returned online",
            ReturnMethod.Post => "Result sent by post",
            _ => "Result returned at the one-stop desk",
        },
        Corrected c => $"Correction: {c.What}",
        Rated r => $"Satisfaction rated ({(r.Channel == RatingChannel.Kiosk ? "at the counter" : "online")}): {r.Level switch
        {
            SatisfactionLevel.Satisfied => "satisfied",
            SatisfactionLevel.Normal => "normal",
            _ => "unsatisfied",
        }}",
        Warned w => w.Kind switch
        {
            WarningKind.DueSoon => "Warning: due soon",
            WarningKind.Overdue => "Warning: overdue",
            WarningKind.EscalatedToLeader => "Reported to the unit's leader: overdue",
            _ => "Reported to the parent unit: overdue",
        },
        _ => type,
    };

    /// <summary>An amount in đồng with Vietnamese digit grouping (1.000.000), as on receipts.</summary>
    private static string Vnd(long amount) => amount.ToString("N0", VietnamTime.Culture);

    /// <summary>Events a citizen sees on her timeline (internal warnings and corrections of internal facts are hidden).</summary>
    public static bool IsPublic(string type) => type is not (nameof(Warned) or nameof(Reassigned) or nameof(Corrected));
}
