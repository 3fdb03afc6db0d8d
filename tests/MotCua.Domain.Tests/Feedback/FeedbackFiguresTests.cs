using MotCua.Domain.Feedback;
using MotCua.Domain.Satisfaction;
using static MotCua.Domain.Tests.Feedback.FeedbackHarness;

namespace MotCua.Domain.Tests.Feedback;

public sealed class FeedbackFiguresTests
{
    [Fact]
    public void Tally_CountsWhatIndicators51And52Need()
    {
        var asOf = At(2025, 12, 23, 9);                 // a day after the due time of all below

        var onTimeSatisfied = Submitted();
        onTimeSatisfied.Must(FeedbackRules.Answer(onTimeSatisfied.Item, "Đáp", onTimeSatisfied.Now));
        onTimeSatisfied.Must(FeedbackRules.Rate(onTimeSatisfied.Item, SatisfactionLevel.Satisfied, null, onTimeSatisfied.Now, onTimeSatisfied.Calendar));

        var reopened = Submitted();                     // re-opened on 10/12: due again on 31/12
        reopened.Now = At(2025, 12, 10, 9);
        reopened.Must(FeedbackRules.Answer(reopened.Item, "Đáp", reopened.Now));
        reopened.Must(FeedbackRules.Rate(reopened.Item, SatisfactionLevel.Unsatisfied, null, reopened.Now, reopened.Calendar));

        var openLate = Submitted();                     // still open past its due time

        var openPaused = Submitted();                   // waiting for the sender: judged when the clock stopped
        openPaused.Must(FeedbackRules.RequestInformation(openPaused.Item, "Hỏi", openPaused.Now));

        var refused = Submitted();
        refused.Must(FeedbackRules.Refuse(refused.Item, "Không thuộc phạm vi", refused.Now));

        var tally = FeedbackTally.Of([onTimeSatisfied.Item, reopened.Item, openLate.Item, openPaused.Item, refused.Item], asOf);

        Assert.Equal(new FeedbackTally(Total: 4, OnTimeOrWithinTime: 3, Late: 1, Open: 3, RatedUnsatisfied: 1, Reopened: 1, NotSatisfactory: 2, Refused: 1), tally);
    }

    [Fact]
    public void RatingTally_CountsEachLevel()
    {
        Assert.Equal(new RatingTally(4, 2, 1, 1), RatingTally.Of([SatisfactionLevel.Satisfied, SatisfactionLevel.Unsatisfied, SatisfactionLevel.Satisfied, SatisfactionLevel.Normal]));
        Assert.Equal(new RatingTally(0, 0, 0, 0), RatingTally.Of([]));
    }
}
