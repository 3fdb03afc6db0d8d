using MotCua.Domain.Feedback;
using MotCua.Domain.Satisfaction;
using static MotCua.Domain.Tests.Feedback.FeedbackHarness;

namespace MotCua.Domain.Tests.Feedback;

public sealed class FeedbackWarningRulesTests
{
    private static void Warned(FeedbackHarness h, FeedbackWarningKind kind) =>
        h.Do(FeedbackDecision.Accept((new FeedbackWarned(kind, h.Item.UnitCode, h.Item.DueAt, 1), null)));

    [Fact]
    public void Due_TwoWorkingDaysBefore_Overdue_ThenEscalated_EachOnce()
    {
        var h = Submitted();                            // due Mon 22/12/2025 09:00
        Assert.Null(FeedbackWarningRules.Due(h.Item, At(2025, 12, 18, 8, 59), h.Calendar));
        Assert.Equal(FeedbackWarningKind.DueSoon, FeedbackWarningRules.Due(h.Item, At(2025, 12, 18, 9), h.Calendar));
        Warned(h, FeedbackWarningKind.DueSoon);
        Assert.Null(FeedbackWarningRules.Due(h.Item, At(2025, 12, 19, 9), h.Calendar));

        Assert.Equal(FeedbackWarningKind.Overdue, FeedbackWarningRules.Due(h.Item, At(2025, 12, 22, 9, 1), h.Calendar));
        Warned(h, FeedbackWarningKind.Overdue);
        Assert.Null(FeedbackWarningRules.Due(h.Item, At(2025, 12, 23, 9), h.Calendar));
        Assert.Equal(FeedbackWarningKind.Escalated, FeedbackWarningRules.Due(h.Item, At(2025, 12, 24, 9), h.Calendar));
        Warned(h, FeedbackWarningKind.Escalated);
        Assert.Null(FeedbackWarningRules.Due(h.Item, At(2026, 1, 30, 9), h.Calendar));
    }

    [Fact]
    public void Due_AfterMissedRuns_OnlyTheWarningThatAppliesNow()
    {
        var h = Submitted();
        Assert.Equal(FeedbackWarningKind.Escalated, FeedbackWarningRules.Due(h.Item, At(2026, 1, 5, 9), h.Calendar));
    }

    [Fact]
    public void Due_WaitingAnsweredOrRefused_IsNothing_AndANewDueTimeStartsClean()
    {
        var waiting = Submitted();
        waiting.Must(FeedbackRules.RequestInformation(waiting.Item, "Hỏi thêm", waiting.Now));
        Assert.Null(FeedbackWarningRules.Due(waiting.Item, At(2026, 2, 1, 9), waiting.Calendar));

        var refused = Submitted();
        refused.Must(FeedbackRules.Refuse(refused.Item, "Không thuộc phạm vi", refused.Now));
        Assert.Null(FeedbackWarningRules.Due(refused.Item, At(2026, 2, 1, 9), refused.Calendar));

        var h = Submitted();
        h.Now = At(2025, 12, 18, 9);
        Warned(h, FeedbackWarningKind.DueSoon);
        h.Must(FeedbackRules.Answer(h.Item, "Trả lời", h.Now));
        Assert.Null(FeedbackWarningRules.Due(h.Item, At(2026, 2, 1, 9), h.Calendar));
        h.Must(FeedbackRules.Rate(h.Item, SatisfactionLevel.Unsatisfied, null, h.Now, h.Calendar));
        // Re-opened with a new due time (Fri 9/1/2026 09:00): the earlier warning does not count for it.
        Assert.Equal(FeedbackWarningKind.DueSoon, FeedbackWarningRules.Due(h.Item, At(2026, 1, 7, 9), h.Calendar));
    }
}
