using MotCua.Domain.EventLog;
using MotCua.Domain.Satisfaction;

namespace MotCua.Domain.Feedback;

/// <summary>A feedback event in words, for histories (Vietnamese; page chrome comes from resources).</summary>
public static class FeedbackEventText
{
    /// <summary>What happened, e.g. "Yêu cầu người gửi bổ sung thông tin". Unit names are given by
    /// <paramref name="unitName"/> (code → name).</summary>
    public static string Describe(LoggedEvent logged, Func<string?, string> unitName)
    {
        var e = FeedbackEventCodec.Deserialize(logged.Type, logged.Data);
        return e switch
        {
            FeedbackSubmitted s => s.Routing == FeedbackRouting.Office
                ? "Tiếp nhận phản ánh, kiến nghị; chờ Văn phòng phân loại, chuyển đơn vị xử lý"
                : $"Tiếp nhận phản ánh, kiến nghị; chuyển {unitName(s.UnitCode)} xử lý",
            FeedbackRouted r => $"Chuyển {unitName(r.ToUnitCode)} xử lý",
            FeedbackRefused => "Từ chối tiếp nhận xử lý",
            InformationRequested => "Yêu cầu người gửi bổ sung thông tin (tạm dừng tính thời hạn)",
            InformationProvided => "Người gửi đã bổ sung thông tin (tiếp tục tính thời hạn)",
            FeedbackAnswered a => a.OnTime ? "Trả lời phản ánh, kiến nghị" : "Trả lời phản ánh, kiến nghị (quá hạn)",
            AnswerPublished => "Công khai nội dung trả lời",
            AnswerRated r => $"Người gửi đánh giá câu trả lời: {SatisfactionLevels.Vietnamese(r.Level)}",
            FeedbackReopened => "Mở lại để xem xét, trả lời lại",
            FeedbackWarned w => w.Kind switch
            {
                FeedbackWarningKind.DueSoon => "Cảnh báo: sắp đến hạn trả lời",
                FeedbackWarningKind.Overdue => "Cảnh báo: quá hạn trả lời",
                _ => "Báo cáo lãnh đạo: quá hạn trả lời",
            },
            _ => logged.Type,
        };
    }

    /// <summary>The text that goes with an event (what was asked, added, answered), if any.</summary>
    public static string? Details(LoggedEvent logged) => FeedbackEventCodec.Deserialize(logged.Type, logged.Data) switch
    {
        InformationRequested r => r.Request,
        InformationProvided p => p.Text,
        FeedbackAnswered a => a.Answer,
        AnswerRated r => r.Comment,
        _ => null,
    };

    /// <summary>Events the sender sees in her history (internal warnings are hidden).</summary>
    public static bool IsPublic(string type) => type is not nameof(FeedbackWarned);
}
