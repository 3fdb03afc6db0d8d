namespace MotCua.Domain.Tests.Reform;

public sealed class DirectiveOutlineTests
{
    [Theory]
    [InlineData("Thực hiện Kế hoạch cải cách hành chính năm 2025, Chủ tịch UBND thành phố chỉ đạo như sau:")]
    [InlineData("Căn cứ Kế hoạch số 12/KH-UBND, Ủy ban nhân dân thành phố đề nghị:")]
    [InlineData("")]
    public void Extract_AddresseeWithoutFinalStop_StillReadsTheFirstItem(string opening)
    {
        var text = $"""
            ỦY BAN NHÂN DÂN
            THÀNH PHỐ CẦN THƠ
            Số: 789/UBND-KSTT
            Kính gửi: Các sở, ban, ngành thành phố
            {opening}
            1. Giao Sở Tư pháp rà soát thủ tục hộ tịch, hoàn thành trong tháng 12/2025.
            2. Giao Sở Y tế số hóa hồ sơ, hoàn thành trước ngày 20/11/2025.
            """;
        var proposals = ReformTestData.Extract(text).Proposals;
        Assert.Equal(["Sở Tư pháp", "Sở Y tế"], proposals.Select(p => p.Lead!.Agency.Name));
    }

    [Fact]
    public void Extract_AddresseeListOverSeveralLines_IsStillSetAside()
    {
        var text = """
            Kính gửi:
            - Giám đốc Sở Tư pháp;
            - Chủ tịch UBND phường Ninh Kiều.
            Để triển khai kịp thời, đề nghị:
            1. Sở Tư pháp chủ trì rà soát, hoàn thành trong tháng 12/2025.
            """;
        var extraction = ReformTestData.Extract(text);
        Assert.Equal("Sở Tư pháp", Assert.Single(extraction.Proposals).Lead!.Agency.Name);
        Assert.EndsWith("Chủ tịch UBND phường Ninh Kiều.", extraction.Text[..extraction.Excluded[0].End], StringComparison.Ordinal);
    }
}
