using MotCua.Domain.Dossiers.Forms;
using NodaTime;

namespace MotCua.Domain.Tests.Dossiers.Forms;

public sealed class FormSetsTests
{
    [Theory]
    [InlineData(2019, 1, 1, FormSet.Circular01Of2018)]
    [InlineData(2025, 9, 14, FormSet.Circular01Of2018)]
    [InlineData(2025, 9, 15, FormSet.Circular03Of2025)]
    [InlineData(2026, 11, 25, FormSet.Circular03Of2025)]
    public void InForceOn_TheFifteenthOfSeptember2025_StartsCircular03(int year, int month, int day, FormSet expected) =>
        Assert.Equal(expected, FormSets.InForceOn(new LocalDate(year, month, day)));

    [Theory]
    [InlineData(FormSet.Circular01Of2018, FormKind.Receipt, 1)]
    [InlineData(FormSet.Circular01Of2018, FormKind.Apology, 4)]
    [InlineData(FormSet.Circular01Of2018, FormKind.ControlSlip, 5)]
    [InlineData(FormSet.Circular01Of2018, FormKind.Register, 6)]
    [InlineData(FormSet.Circular03Of2025, FormKind.StopNotice, 5)]
    [InlineData(FormSet.Circular03Of2025, FormKind.ControlSlip, 6)]
    [InlineData(FormSet.Circular03Of2025, FormKind.Register, 7)]
    public void Number_FollowsTheAppendixOfTheSet(FormSet set, FormKind kind, int number) => Assert.Equal(number, FormSets.Number(set, kind));

    [Fact]
    public void Number_StopNoticeIn2018_DoesNotExist()
    {
        Assert.Null(FormSets.Number(FormSet.Circular01Of2018, FormKind.StopNotice));
        Assert.Throws<ArgumentException>(() => FormSets.NumberLabel(FormSet.Circular01Of2018, FormKind.StopNotice));
        Assert.Equal(6, FormSets.KindsOf(FormSet.Circular01Of2018).Count);
        Assert.Equal(7, FormSets.KindsOf(FormSet.Circular03Of2025).Count);
    }

    [Fact]
    public void Slug_EveryKind_RoundTrips()
    {
        foreach (var kind in Enum.GetValues<FormKind>())
        {
            Assert.Equal(kind, FormSets.FromSlug(FormSets.Slug(kind)));
        }

        Assert.Equal(FormKind.Receipt, FormSets.FromSlug("RECEIPT"));
        Assert.Null(FormSets.FromSlug("mau-01"));
        Assert.Null(FormSets.FromSlug(null));
    }

    [Fact]
    public void Name_Title_InSentenceCase() =>
        Assert.Equal("Giấy tiếp nhận hồ sơ và hẹn trả kết quả", FormSets.Name(FormSet.Circular03Of2025, FormKind.Receipt));
}
