using MotCua.Domain.Dossiers;
using MotCua.Domain.Satisfaction;

namespace MotCua.Domain.Tests.Dossiers;

public sealed class DossierEventTextTests
{
    [Fact]
    public void Describe_AWholeLife_InBothLanguages_NamesEveryEvent()
    {
        var h = DossierHarness.InStatus(DossierStatus.Returned);
        h.Must(DossierRatingRules.Rate(h.Dossier, SatisfactionLevel.Satisfied, RatingChannel.Online, null));

        Assert.True(h.Events.Count >= 5);
        foreach (var e in h.Events)
        {
            var vi = DossierEventText.Describe(e);
            var en = DossierEventText.Describe(e, english: true);
            Assert.NotEqual(e.Type, vi);
            Assert.NotEqual(e.Type, en);
            Assert.NotEqual(vi, en);
        }

        Assert.Equal("Satisfaction rated (online): satisfied", DossierEventText.Describe(h.Events[^1], english: true));
        Assert.Equal("Đánh giá mức độ hài lòng (trực tuyến): Hài lòng", DossierEventText.Describe(h.Events[^1]));
    }
}
