using System.Text;
using MotCua.Domain.Text;

namespace MotCua.Domain.Tests.Text;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("can tho")]
    [InlineData("Cần Thơ")]
    [InlineData("CẦN THƠ")]
    [InlineData("  cần   thơ ")]
    [InlineData("Can-Tho")]
    public void SearchKey_AnySpellingOfCanTho_IsTheSameKey(string input) =>
        Assert.Equal("can tho", VietnameseText.SearchKey(input));

    [Fact]
    public void SearchKey_DecomposedInput_EqualsComposed()
    {
        var decomposed = "Cần Thơ".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Cần Thơ", decomposed);
        Assert.Equal(VietnameseText.SearchKey("Cần Thơ"), VietnameseText.SearchKey(decomposed));
    }

    [Theory]
    [InlineData("Đăng ký khai sinh", "dang ky khai sinh")]
    [InlineData("ĐỒNG THÁP", "dong thap")]
    [InlineData("Hòa", "hoa")]
    [InlineData("Hoà", "hoa")]
    [InlineData("Thủy", "thuy")]
    [InlineData("Thuỷ", "thuy")]
    [InlineData("Phường Long Phú 1", "phuong long phu 1")]
    public void SearchKey_RemovesMarksAndMapsDToD(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.SearchKey(input));

    [Fact]
    public void Normalize_ComposesAndCollapsesWhiteSpace()
    {
        var decomposed = "  Nguyễn   Văn\tĐức ".Normalize(NormalizationForm.FormD);
        var result = VietnameseText.Normalize(decomposed);
        Assert.Equal("Nguyễn Văn Đức", result);
        Assert.True(result!.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Normalize_Null_StaysNull() => Assert.Null(VietnameseText.Normalize(null));

    [Theory]
    [InlineData("dang ky khai sinh", "dang ky", true)]
    [InlineData("dang ky khai sinh", "khai sinh dang", true)]
    [InlineData("dang ky khai sinh", "ang ky", false)]
    [InlineData("dang ky khai sinh", "ket hon", false)]
    [InlineData("dang ky khai sinh", "", true)]
    public void MatchesKey_EveryQueryWordStartsAWord(string candidate, string query, bool expected) =>
        Assert.Equal(expected, VietnameseText.MatchesKey(candidate, query));
}
