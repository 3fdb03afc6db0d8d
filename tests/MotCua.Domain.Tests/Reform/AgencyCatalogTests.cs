using FsCheck.Xunit;
using MotCua.Domain.Reform;

namespace MotCua.Domain.Tests.Reform;

public sealed class AgencyCatalogTests
{
    [Fact]
    public void Parse_ShippedCatalogue_HasCurrentFormerAndOtherNames()
    {
        var catalog = ReformTestData.Catalog();
        Assert.Contains(catalog, a => a.Name == "Sở Nội vụ" && a.Kind == AgencyAliasKind.Current);
        Assert.Contains(catalog, a => a.Name == "Sở Thông tin và Truyền thông" && a.Successor == "Sở Khoa học và Công nghệ");
        Assert.Contains(catalog, a => a.Kind == AgencyAliasKind.Other);
    }

    [Theory]
    [InlineData("Sở A\tbogus", "dòng 1")]
    [InlineData("# comment\n\nSở Cũ\tformer", "dòng 3")]
    [InlineData("\tcurrent", "thiếu tên")]
    public void Parse_BadLine_NamesTheLine(string tsv, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => AgencyCatalog.Parse(tsv));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sở nội vụ", "Sở Nội vụ", AgencyStatus.ProvinceUnit)]
    [InlineData("So Noi vu", "Sở Nội vụ", AgencyStatus.ProvinceUnit)]
    [InlineData("Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân thành phố", AgencyStatus.ProvinceUnit)]
    [InlineData("Sở TT&TT", "Sở Thông tin và Truyền thông", AgencyStatus.Former)]
    [InlineData("Các cơ quan, đơn vị liên quan", "Các cơ quan, đơn vị liên quan", AgencyStatus.Group)]
    [InlineData("Bộ Nội vụ", "Bộ Nội vụ", AgencyStatus.Known)]
    [InlineData("Hợp tác xã Tân Tiến", "Hợp tác xã Tân Tiến", AgencyStatus.Unlisted)]
    public void Resolve_TypedName_FindsTheAgency(string typed, string name, AgencyStatus status)
    {
        var agency = ReformTestData.Demo.Resolve(typed);
        Assert.Equal(name, agency.Name);
        Assert.Equal(status, agency.Status);
    }

    [Property]
    public bool Fold_AnyText_KeepsTheLength(string? text) => text is null || FoldedText.Fold(text).Length == text.Length;

    [Fact]
    public void Fold_Vietnamese_RemovesMarksAndCase() =>
        Assert.Equal("truoc ngay - dieu \"a\"", FoldedText.Fold("TRƯỚC Ngày – Điều “a”"));
}
