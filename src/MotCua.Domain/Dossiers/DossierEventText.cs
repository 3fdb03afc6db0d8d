using System.Globalization;
using MotCua.Domain.EventLog;
using MotCua.Domain.Satisfaction;

namespace MotCua.Domain.Dossiers;

/// <summary>A dossier event in words, for timelines (Vietnamese; the English page text comes from resources).</summary>
public static class DossierEventText
{
    /// <summary>What happened, e.g. "Bắt đầu bước 2: Thẩm định".</summary>
    public static string Describe(LoggedEvent logged)
    {
        var e = DossierEventCodec.Deserialize(logged.Type, logged.Data);
        return e switch
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
                { Kind: Payments.FeeAdjustmentKind.Exemption } => $"Yêu cầu nộp phí, lệ phí: {p.Amount.ToString("N0", VietnamTime.Culture)} đồng (có khoản được miễn)",
                { } reduced => $"Yêu cầu nộp phí, lệ phí: {p.Amount.ToString("N0", VietnamTime.Culture)} đồng (được giảm {reduced.Percent.ToString(VietnamTime.Culture)}%)",
                null => $"Yêu cầu nộp phí, lệ phí: {p.Amount.ToString("N0", VietnamTime.Culture)} đồng",
            },
            PaymentCompleted p => p.PaymentChannel switch
            {
                1 => $"Đã nộp phí, lệ phí trực tuyến qua Cổng Dịch vụ công quốc gia: {p.Amount.ToString("N0", VietnamTime.Culture)} đồng",
                2 => $"Đã nộp phí, lệ phí trực tuyến qua cổng thanh toán của tỉnh: {p.Amount.ToString("N0", VietnamTime.Culture)} đồng",
                _ => $"Đã nộp phí, lệ phí: {p.Amount.ToString("N0", VietnamTime.Culture)} đồng",
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
            _ => logged.Type,
        };
    }

    /// <summary>Events a citizen sees on her timeline (internal warnings and corrections of internal facts are hidden).</summary>
    public static bool IsPublic(string type) => type is not (nameof(Warned) or nameof(Reassigned) or nameof(Corrected));
}
