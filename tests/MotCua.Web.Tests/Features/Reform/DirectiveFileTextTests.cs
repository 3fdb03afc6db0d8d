using System.Text;
using MotCua.Domain.Reform;
using MotCua.Web.Features.Reform.Extract;

namespace MotCua.Web.Tests.Features.Reform;

public sealed class DirectiveFileTextTests
{
    [Fact]
    public void Read_Docx_RendersNumberingAndTaskTables()
    {
        var result = DirectiveFileText.Read(DirectiveTestFiles.Docx(), "chi-dao.docx");
        Assert.True(result.Succeeded, result.Error);
        Assert.Contains("1. Giao Sở Tư pháp", result.Text, StringComparison.Ordinal);
        Assert.Contains("- Rà soát văn bản", result.Text, StringComparison.Ordinal);
        Assert.Contains("2. Sở Y tế chủ trì", result.Text, StringComparison.Ordinal);
        Assert.Contains("1. Số hóa hồ sơ, kết quả giải quyết thủ tục. Cơ quan chủ trì: Văn phòng UBND tỉnh. Cơ quan phối hợp: Sở Nội vụ. Thời gian hoàn thành: Tháng 3/2025.", result.Text, StringComparison.Ordinal);

        var proposals = DirectiveExtractor.Extract(result.Text!, AgencyDirectory.Empty).Proposals;
        Assert.Equal(["Sở Tư pháp", "Sở Tư pháp", "Sở Y tế", "Văn phòng UBND tỉnh"], proposals.Select(p => p.Lead!.Agency.Name));
        Assert.Equal("2024-12-15", proposals[1].Deadline!.Date.ToString("yyyy-MM-dd", null));
        Assert.Equal(ExtractionRule.LeadLabel, proposals[3].Lead!.Rule);
        Assert.Equal(ExtractionRule.CoordinatorLabel, proposals[3].Coordinators.Single().Rule);
        Assert.Equal("2025-03-31", proposals[3].Deadline!.Date.ToString("yyyy-MM-dd", null));
    }

    [Fact]
    public void Read_Pdf_ReturnsItsText()
    {
        var result = DirectiveFileText.Read(DirectiveTestFiles.Pdf(), "chi-dao.pdf");
        Assert.True(result.Succeeded, result.Error);
        var proposals = DirectiveExtractor.Extract(result.Text!, AgencyDirectory.Empty).Proposals;
        Assert.Equal(2, proposals.Count);
        Assert.Equal("2024-11-10", proposals[0].Deadline!.Date.ToString("yyyy-MM-dd", null));
    }

    [Fact]
    public void Read_Utf16WithBom_IsText()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Giao Sở Nội vụ rà soát.")).ToArray();
        Assert.Equal("Giao Sở Nội vụ rà soát.", DirectiveFileText.Read(bytes, "a.txt").Text);
    }

    [Theory]
    [InlineData("chi-dao.docx", "PK\u0003\u0004garbage", "hỏng")]
    [InlineData("chi-dao.pdf", "%PDF-1.7 garbage", "PDF")]
    public void Read_BrokenFile_SaysSo(string name, string content, string message)
    {
        var result = DirectiveFileText.Read(Encoding.Latin1.GetBytes(content), name);
        Assert.False(result.Succeeded);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TooLarge_IsRefused() =>
        Assert.Contains("lớn quá", DirectiveFileText.Read(new byte[DirectiveFileText.MaxBytes + 1], "a.txt").Error, StringComparison.Ordinal);
}
