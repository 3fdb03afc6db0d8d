using MotCua.Domain.Dossiers;
using MotCua.Domain.Satisfaction;
using MotCua.Domain.Tests.Dossiers;

namespace MotCua.Domain.Tests.Satisfaction;

public sealed class DossierRatingRulesTests
{
    [Fact]
    public void Rate_ReturnedDossier_RecordsTheRatingOnTheDossierStream()
    {
        var h = DossierHarness.InStatus(DossierStatus.Returned);
        h.Must(DossierRatingRules.Rate(h.Dossier, SatisfactionLevel.Unsatisfied, RatingChannel.Kiosk, "  Chờ lâu \r\n\r\n quá  "));

        Assert.Equal(SatisfactionLevel.Unsatisfied, h.Dossier.Rating);
        Assert.Equal(h.Now, h.Dossier.RatedAt);
        Assert.Equal(DossierStatus.Returned, h.Dossier.Status);
        var rated = Assert.IsType<Rated>(DossierEventCodec.Deserialize(h.Events[^1].Type, h.Events[^1].Data));
        Assert.Equal(RatingChannel.Kiosk, rated.Channel);
        Assert.Equal("Chờ lâu\n\nquá", rated.Comment);
        Assert.Equal("Đánh giá mức độ hài lòng (tại quầy): Không hài lòng", DossierEventText.Describe(h.Events[^1]));
        Assert.True(DossierEventText.IsPublic(nameof(Rated)));
    }

    [Fact]
    public void Rate_SecondTime_IsRefusedAndTheFirstRatingStays()
    {
        var h = DossierHarness.InStatus(DossierStatus.Returned);
        h.Must(DossierRatingRules.Rate(h.Dossier, SatisfactionLevel.Unsatisfied, RatingChannel.Online, null));
        var count = h.Events.Count;

        var second = h.Do(DossierRatingRules.Rate(h.Dossier, SatisfactionLevel.Satisfied, RatingChannel.Kiosk, null));

        Assert.False(second.Accepted);
        Assert.Equal(DossierRatingRules.AlreadyRated, second.Error);
        Assert.Equal(count, h.Events.Count);
        Assert.Equal(SatisfactionLevel.Unsatisfied, h.Dossier.Rating);
        Assert.False(DossierRatingRules.CanRate(h.Dossier));
    }

    [Theory]
    [InlineData(DossierStatus.Submitted)]
    [InlineData(DossierStatus.Processing)]
    [InlineData(DossierStatus.WaitingSupplement)]
    [InlineData(DossierStatus.Finished)]
    [InlineData(DossierStatus.Refused)]
    [InlineData(DossierStatus.Withdrawn)]
    [InlineData(DossierStatus.Stopped)]
    public void Rate_NotReturned_IsRefused(DossierStatus status)
    {
        var h = DossierHarness.InStatus(status);
        var decision = DossierRatingRules.Rate(h.Dossier, SatisfactionLevel.Satisfied, RatingChannel.Online, null);
        Assert.False(decision.Accepted);
        Assert.Contains("đã trả kết quả", decision.Error, StringComparison.Ordinal);
        Assert.False(DossierRatingRules.CanRate(h.Dossier));
    }

    [Fact]
    public void Rate_UnknownLevelOrOverlongComment_IsRefused()
    {
        var h = DossierHarness.InStatus(DossierStatus.Returned);
        Assert.False(DossierRatingRules.Rate(h.Dossier, (SatisfactionLevel)9, RatingChannel.Online, null).Accepted);
        Assert.False(DossierRatingRules.Rate(h.Dossier, SatisfactionLevel.Normal, (RatingChannel)9, null).Accepted);
        Assert.False(DossierRatingRules.Rate(h.Dossier, SatisfactionLevel.Normal, RatingChannel.Online, new string('a', DossierRatingRules.MaxCommentLength + 1)).Accepted);
        Assert.True(DossierRatingRules.Rate(h.Dossier, SatisfactionLevel.Normal, RatingChannel.Online, new string('a', DossierRatingRules.MaxCommentLength)).Accepted);
    }

    [Fact]
    public void Fold_WithARating_EqualsTheStateBuiltStepByStep()
    {
        var h = DossierHarness.InStatus(DossierStatus.Returned);
        h.Must(DossierRatingRules.Rate(h.Dossier, SatisfactionLevel.Normal, RatingChannel.Online, "Được"));
        var folded = Dossier.Fold(h.Dossier.Id, h.Events);
        Assert.Equal(h.Dossier.Rating, folded.Rating);
        Assert.Equal(h.Dossier.RatedAt, folded.RatedAt);
        Assert.Equal(h.Dossier.LastHash, folded.LastHash);
        foreach (var e in h.Events)
        {
            Assert.Equal(e.Data, DossierEventCodec.Serialize(DossierEventCodec.Deserialize(e.Type, e.Data)));
        }
    }

    [Theory]
    [InlineData("satisfied", SatisfactionLevel.Satisfied)]
    [InlineData("Normal", SatisfactionLevel.Normal)]
    [InlineData(" UNSATISFIED ", SatisfactionLevel.Unsatisfied)]
    [InlineData("3", SatisfactionLevel.Unsatisfied)]
    [InlineData("Satisfied, Normal", null)]
    [InlineData("4", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Parse_FormValues_GivesTheLevelOrNull(string? value, SatisfactionLevel? expected) =>
        Assert.Equal(expected, SatisfactionLevels.Parse(value));
}
