using MotCua.Domain.Payments;

namespace MotCua.Domain.Tests.Payments;

public sealed class AmountInWordsTests
{
    [Theory]
    [InlineData(0, "không")]
    [InlineData(5, "năm")]
    [InlineData(10, "mười")]
    [InlineData(11, "mười một")]
    [InlineData(15, "mười lăm")]
    [InlineData(21, "hai mươi mốt")]
    [InlineData(24, "hai mươi tư")]
    [InlineData(25, "hai mươi lăm")]
    [InlineData(105, "một trăm linh năm")]
    [InlineData(8_000, "tám nghìn")]
    [InlineData(50_000, "năm mươi nghìn")]
    [InlineData(105_000, "một trăm linh năm nghìn")]
    [InlineData(1_050_000, "một triệu không trăm năm mươi nghìn")]
    [InlineData(1_000_005, "một triệu không trăm linh năm")]
    [InlineData(2_500_000_000, "hai tỷ năm trăm triệu")]
    [InlineData(1_000_000_000_000, "một nghìn tỷ")]
    public void Words_ReadsLikeAReceipt(long amount, string words) =>
        Assert.Equal(words, AmountInWords.Words(amount));

    [Fact]
    public void Dong_CapitalisesAndNamesTheCurrency() =>
        Assert.Equal("Tám nghìn đồng", AmountInWords.Dong(8_000));
}
