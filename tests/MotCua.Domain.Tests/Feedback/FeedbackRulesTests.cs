using MotCua.Domain.EventLog;
using MotCua.Domain.Feedback;
using MotCua.Domain.Satisfaction;
using NodaTime;
using static MotCua.Domain.Tests.Feedback.FeedbackHarness;

namespace MotCua.Domain.Tests.Feedback;

public sealed class FeedbackRulesTests
{
    [Fact]
    public void Submit_FixesTheLimitsInWorkingDays_2_5_15()
    {
        var h = Submitted();
        var f = h.Item;
        Assert.Equal(FeedbackState.Processing, f.State);
        Assert.Equal("92.STP", f.UnitCode);
        Assert.Equal(At(2025, 12, 3, 9), f.RefuseBy);   // Mon 09:00 + 2 working days
        Assert.Equal(At(2025, 12, 8, 9), f.AskBy);      // + 5: the next Monday
        Assert.Equal(At(2025, 12, 22, 9), f.DueAt);     // + 15: three weeks on
        Assert.Equal(f.DueAt, f.OriginalDueAt);
        Assert.Equal(FeedbackTimeliness.WithinTime, f.TimelinessAt(h.Now));
        Assert.Equal("thu tuc khai sinh doi giay to khong co trong quy dinh can bo yeu cau nop them ban sao so ho khau trong khi thu tuc khong quy dinh giay to nay", f.TextKey);
    }

    [Fact]
    public void Submit_DaysOffInBetween_AreSkipped()
    {
        var h = Submitted(FeedbackRouting.Procedure, new LocalDate(2025, 12, 2), new LocalDate(2025, 12, 15));
        Assert.Equal(At(2025, 12, 4, 9), h.Item.RefuseBy);
        Assert.Equal(At(2025, 12, 9, 9), h.Item.AskBy);
        Assert.Equal(At(2025, 12, 24, 9), h.Item.DueAt);
    }

    [Fact]
    public void Submit_WithoutAKnownUnit_WaitsForTheOffice_WhichRoutesIt()
    {
        var h = Submitted(FeedbackRouting.Office);
        Assert.Equal(FeedbackState.Routing, h.Item.State);
        Assert.Equal("92.VP", h.Item.UnitCode);

        h.Must(FeedbackRules.Route(h.Item, "92.STP", null));
        Assert.Equal(FeedbackState.Processing, h.Item.State);
        Assert.Equal("92.STP", h.Item.UnitCode);

        var again = FeedbackRules.Route(h.Item, "92.SXD", " ");
        Assert.False(again.Accepted);
        Assert.Contains("lý do", again.Error, StringComparison.Ordinal);
        Assert.False(FeedbackRules.Route(h.Item, "92.STP", "Nhầm").Accepted);
        h.Must(FeedbackRules.Route(h.Item, "92.SXD", "Thuộc lĩnh vực xây dựng"));
        Assert.Equal("92.SXD", h.Item.UnitCode);
        Assert.Equal("Thuộc lĩnh vực xây dựng", h.Events[^1].Reason);
    }

    [Fact]
    public void ProvideInformation_BeforeRouting_GoesBackToTheOffice()
    {
        var h = Submitted(FeedbackRouting.Office);
        h.Must(FeedbackRules.RequestInformation(h.Item, "Cho biết thủ tục nào", h.Now));
        h.Must(FeedbackRules.ProvideInformation(h.Item, "Đăng ký khai sinh", h.Now, h.Calendar));
        Assert.Equal(FeedbackState.Routing, h.Item.State);
        Assert.False(h.Item.Routed);
        h.Must(FeedbackRules.Route(h.Item, "92.STP", null));
        Assert.True(h.Item.Routed);
    }

    [Fact]
    public void Check_MissingOrOverlongFields_AreNamedOneByOne()
    {
        var problems = FeedbackRules.Check(new FeedbackInput(FeedbackSubject.Dossier, " ", "ngắn", null, null));
        Assert.Equal(["Content", "DossierCode", "Title"], problems.Keys.Order(StringComparer.Ordinal));
        problems = FeedbackRules.Check(new FeedbackInput(FeedbackSubject.Procedure, new string('a', 201), new string('b', 4001), null, null));
        Assert.Equal(["Content", "ProcedureCode", "Title"], problems.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("Subject", FeedbackRules.Check(new FeedbackInput((FeedbackSubject)0, "Tiêu đề", "Nội dung đủ dài", null, null)).Keys);
        Assert.Empty(FeedbackRules.Check(Input()));
        Assert.Empty(FeedbackRules.Check(new FeedbackInput(FeedbackSubject.Regulation, "Quy định", "Quy định về lệ phí chưa rõ ràng", null, null)));
    }

    [Fact]
    public void Refuse_WithinTwoWorkingDays_ClosesWithTheReason()
    {
        var h = Submitted();
        h.Now = At(2025, 12, 3, 9);
        Assert.False(FeedbackRules.Refuse(h.Item, "  ", h.Now).Accepted);
        h.Must(FeedbackRules.Refuse(h.Item, "Nội dung là khiếu nại, đề nghị gửi theo Luật Khiếu nại", h.Now));
        Assert.Equal(FeedbackState.Refused, h.Item.State);
        Assert.False(h.Item.Counts);
        Assert.Equal(h.Now, h.Item.ClosedAt);
        Assert.False(FeedbackRules.Answer(h.Item, "Trả lời", h.Now).Accepted);
    }

    [Fact]
    public void Refuse_AfterTwoWorkingDays_IsRefused()
    {
        var h = Submitted();
        h.Now = At(2025, 12, 3, 9) + Duration.FromMinutes(1);
        var decision = FeedbackRules.Refuse(h.Item, "Không thuộc thẩm quyền", h.Now);
        Assert.False(decision.Accepted);
        Assert.Contains("2 ngày làm việc", decision.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RequestInformation_OnlyOnceAndWithinFiveWorkingDays()
    {
        var late = Submitted();
        late.Now = At(2025, 12, 8, 9, 1);
        Assert.Contains("5 ngày làm việc", FeedbackRules.RequestInformation(late.Item, "Cho biết ngày nộp hồ sơ", late.Now).Error, StringComparison.Ordinal);

        var h = Submitted();
        h.Now = At(2025, 12, 8, 9);
        h.Must(FeedbackRules.RequestInformation(h.Item, "Cho biết ngày nộp hồ sơ", h.Now));
        Assert.Equal(FeedbackState.WaitingInformation, h.Item.State);
        Assert.Equal(h.Now, h.Item.PausedAt);
        h.Must(FeedbackRules.ProvideInformation(h.Item, "Ngày 20/11/2025", h.Now, h.Calendar));
        var twice = FeedbackRules.RequestInformation(h.Item, "Thêm nữa", h.Now);
        Assert.False(twice.Accepted);
        Assert.Contains("một lần", twice.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ProvideInformation_TheClockStoppedWhileWaiting_AndGivesBackTheWorkingTimeLeft()
    {
        var h = Submitted();
        h.Now = At(2025, 12, 3, 9);                     // 13 of the 15 working days left
        h.Must(FeedbackRules.RequestInformation(h.Item, "Gửi ảnh chụp giấy hẹn", h.Now));
        Assert.Null(FeedbackWarningRules.Due(h.Item, At(2025, 12, 22, 10), h.Calendar));
        Assert.Equal(FeedbackTimeliness.WithinTime, h.Item.TimelinessAt(At(2026, 1, 30, 9)));

        h.Now = At(2025, 12, 15, 9);                    // the sender answers 8 working days later
        Assert.False(FeedbackRules.ProvideInformation(h.Item, " ", h.Now, h.Calendar).Accepted);
        h.Must(FeedbackRules.ProvideInformation(h.Item, "Ảnh giấy hẹn: hẹn trả 28/11/2025", h.Now, h.Calendar));

        Assert.Equal(FeedbackState.Processing, h.Item.State);
        Assert.Null(h.Item.PausedAt);
        Assert.Equal(At(2026, 1, 1, 9), h.Item.DueAt);   // 13 working days from Mon 15/12 09:00
        Assert.Equal(Duration.FromHours(13 * 8), h.Calendar.WorkingTimeBetween(h.Now, h.Item.DueAt));
        Assert.False(FeedbackRules.ProvideInformation(h.Item, "Lần nữa", h.Now, h.Calendar).Accepted);
    }

    [Fact]
    public void Answer_ByTheDueTime_IsOnTime_AfterItLate_AndLateStays()
    {
        var onTime = Submitted();
        onTime.Now = At(2025, 12, 22, 9);
        onTime.Must(FeedbackRules.Answer(onTime.Item, "Trả lời: bản sao sổ hộ khẩu không còn bắt buộc.", onTime.Now));
        Assert.Equal(FeedbackState.Answered, onTime.Item.State);
        Assert.Equal(FeedbackTimeliness.OnTime, onTime.Item.TimelinessAt(onTime.Now));
        Assert.Equal("Nguyễn Thanh Tùng, Chuyên viên", onTime.Item.AnsweredBy);

        var late = Submitted();
        late.Now = At(2025, 12, 22, 9, 1);
        Assert.Equal(FeedbackTimeliness.Late, late.Item.TimelinessAt(late.Now));
        late.Must(FeedbackRules.Answer(late.Item, "Trả lời muộn", late.Now));
        Assert.True(late.Item.Late);
        Assert.Equal(FeedbackTimeliness.Late, late.Item.TimelinessAt(late.Now));
        Assert.False(late.Item.SatisfactoryAt(late.Now));
        Assert.False(FeedbackRules.Answer(late.Item, "Lần hai", late.Now).Accepted);
    }

    [Fact]
    public void Answer_WhileWaitingForTheSender_EndsTheStopAndIsJudgedWhereTheClockStopped()
    {
        var h = Submitted();
        h.Now = At(2025, 12, 5, 9);
        h.Must(FeedbackRules.RequestInformation(h.Item, "Bổ sung số hồ sơ", h.Now));
        h.Now = At(2026, 1, 20, 9);                     // long after the original due time
        h.Must(FeedbackRules.Answer(h.Item, "Trả lời theo thông tin hiện có", h.Now));
        var answered = Assert.IsType<FeedbackAnswered>(FeedbackEventCodec.Deserialize(h.Events[^1].Type, h.Events[^1].Data));
        Assert.True(answered.OnTime);
        Assert.Null(h.Item.PausedAt);
        Assert.Equal(FeedbackTimeliness.OnTime, h.Item.TimelinessAt(h.Now));
    }

    [Fact]
    public void Rate_UnsatisfiedReopensOnce_WithFifteenNewWorkingDays_ThenRatingsAreOnlyRecorded()
    {
        var h = Submitted();
        h.Now = At(2025, 12, 10, 9);
        h.Must(FeedbackRules.Answer(h.Item, "Trả lời lần 1", h.Now));
        h.Now = At(2025, 12, 11, 9);
        h.Must(FeedbackRules.Rate(h.Item, SatisfactionLevel.Unsatisfied, "Chưa trả lời đúng câu hỏi", h.Now, h.Calendar));

        Assert.Equal(["FeedbackSubmitted", "FeedbackAnswered", "AnswerRated", "FeedbackReopened"], h.Events.Select(e => e.Type));
        Assert.Equal(FeedbackState.Processing, h.Item.State);
        Assert.True(h.Item.Reopened);
        Assert.True(h.Item.EverUnsatisfied);
        Assert.Equal(At(2026, 1, 1, 9), h.Item.DueAt);  // 15 working days from Thu 11/12 09:00
        Assert.False(h.Item.SatisfactoryAt(h.Now));
        Assert.False(FeedbackRules.Rate(h.Item, SatisfactionLevel.Satisfied, null, h.Now, h.Calendar).Accepted);

        h.Now = At(2025, 12, 20, 9);
        h.Must(FeedbackRules.Answer(h.Item, "Trả lời lần 2", h.Now));
        Assert.Null(h.Item.Rating);
        Assert.Equal(2, h.Item.AnswerCount);
        h.Must(FeedbackRules.Rate(h.Item, SatisfactionLevel.Unsatisfied, null, h.Now, h.Calendar));
        Assert.Equal("AnswerRated", h.Events[^1].Type);
        Assert.Equal(FeedbackState.Answered, h.Item.State);
        Assert.Equal(SatisfactionLevel.Unsatisfied, h.Item.Rating);

        var twice = FeedbackRules.Rate(h.Item, SatisfactionLevel.Satisfied, null, h.Now, h.Calendar);
        Assert.False(twice.Accepted);
        Assert.Contains("đã được đánh giá", twice.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rate_Satisfied_KeepsItAnsweredAndSatisfactory()
    {
        var h = Submitted();
        Assert.False(FeedbackRules.Rate(h.Item, SatisfactionLevel.Satisfied, null, h.Now, h.Calendar).Accepted);
        h.Must(FeedbackRules.Answer(h.Item, "Trả lời", h.Now));
        h.Must(FeedbackRules.Rate(h.Item, SatisfactionLevel.Satisfied, "Cảm ơn", h.Now, h.Calendar));
        Assert.Equal(FeedbackState.Answered, h.Item.State);
        Assert.False(h.Item.Reopened);
        Assert.True(h.Item.SatisfactoryAt(h.Now));
    }

    [Fact]
    public void Publish_TextsWithPersonalData_AreRefused_ScrubbedTextsArePublished()
    {
        var h = Submitted();
        Assert.False(FeedbackRules.Publish(h.Item, "Tiêu đề", "Hỏi", "Đáp", []).Accepted);
        h.Must(FeedbackRules.Answer(h.Item, "Bà Trần Thị Bình (0912 345 678) không phải nộp bản sao sổ hộ khẩu.", h.Now));
        var names = new[] { "Trần Thị Bình" };

        var refused = FeedbackRules.Publish(h.Item, h.Item.Title, h.Item.Content, h.Item.Answer, names);
        Assert.False(refused.Accepted);
        Assert.Contains("số điện thoại", refused.Error, StringComparison.Ordinal);
        Assert.Contains("họ tên người gửi", refused.Error, StringComparison.Ordinal);

        var answer = PublicText.Scrub(h.Item.Answer, names);
        Assert.Equal("Bà [người gửi] ([số đã ẩn]) không phải nộp bản sao sổ hộ khẩu.", answer);
        h.Must(FeedbackRules.Publish(h.Item, h.Item.Title, h.Item.Content, answer, names));
        Assert.True(h.Item.Published);
        Assert.Equal(answer, h.Item.PublicAnswer);
        Assert.Contains("so ho khau", h.Item.PublicKey, StringComparison.Ordinal);
    }

    [Fact]
    public void Fold_OfTheWholeStream_EqualsTheStateBuiltStepByStep_AndTheChainVerifies()
    {
        var h = Submitted(FeedbackRouting.Office);
        h.Must(FeedbackRules.Route(h.Item, "92.STP", null));
        h.Now = At(2025, 12, 2, 9);
        h.Must(FeedbackRules.RequestInformation(h.Item, "Bổ sung mã hồ sơ", h.Now));
        h.Now = At(2025, 12, 4, 9);
        h.Must(FeedbackRules.ProvideInformation(h.Item, "31135-251120-0001", h.Now, h.Calendar));
        h.Now = At(2025, 12, 22, 16);
        h.Do(FeedbackDecision.Accept((new FeedbackWarned(FeedbackWarningKind.DueSoon, "92.STP", h.Item.DueAt, 2), null)));
        h.Must(FeedbackRules.Answer(h.Item, "Trả lời", h.Now));
        h.Must(FeedbackRules.Publish(h.Item, "Tiêu đề", "Hỏi", "Đáp", []));
        h.Must(FeedbackRules.Rate(h.Item, SatisfactionLevel.Unsatisfied, null, h.Now, h.Calendar));

        var folded = FeedbackItem.Fold(h.Item.Id, h.Events);
        foreach (var property in typeof(FeedbackItem).GetProperties())
        {
            Assert.True(Equals(property.GetValue(h.Item), property.GetValue(folded)), $"{property.Name} differs");
        }

        Assert.Null(EventChain.Verify(StreamKind.Feedback, h.Item.Id, h.Events, (h.Item.LastSequence, h.Item.LastHash)));
        foreach (var e in h.Events)
        {
            Assert.Equal(e.Data, FeedbackEventCodec.Serialize(FeedbackEventCodec.Deserialize(e.Type, e.Data)));
        }
    }

    [Fact]
    public void Commands_OnClosedOrWrongStates_AreRefusedWithAReason()
    {
        var h = Submitted();
        h.Must(FeedbackRules.Refuse(h.Item, "Không thuộc phạm vi", h.Now));
        foreach (var decision in new[]
        {
            FeedbackRules.Route(h.Item, "92.SXD", "Lý do"),
            FeedbackRules.Refuse(h.Item, "Lý do", h.Now),
            FeedbackRules.RequestInformation(h.Item, "Hỏi", h.Now),
            FeedbackRules.ProvideInformation(h.Item, "Đáp", h.Now, h.Calendar),
            FeedbackRules.Answer(h.Item, "Đáp", h.Now),
            FeedbackRules.Publish(h.Item, "T", "Q", "A", []),
            FeedbackRules.Rate(h.Item, SatisfactionLevel.Satisfied, null, h.Now, h.Calendar),
        })
        {
            Assert.False(decision.Accepted);
            Assert.False(string.IsNullOrWhiteSpace(decision.Error));
        }
    }
}
