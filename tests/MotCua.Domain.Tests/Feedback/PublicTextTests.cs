using MotCua.Domain.Feedback;

namespace MotCua.Domain.Tests.Feedback;

public sealed class PublicTextTests
{
    private static readonly string[] Sender = ["Nguyễn Văn An"];

    [Theory]
    [InlineData("Gọi 0912 345 678 để hẹn", "Gọi [số đã ẩn] để hẹn")]
    [InlineData("hoặc +84 912.345.678.", "hoặc [số đã ẩn].")]
    [InlineData("CCCD 092190001234, MST 1800123456", "CCCD [số đã ẩn], MST [số đã ẩn]")]
    [InlineData("Hồ sơ 31135-251124-0001 đã trả", "Hồ sơ [số đã ẩn] đã trả")]
    [InlineData("Thư gửi an.nguyen@example.vn nhé", "Thư gửi [thư điện tử đã ẩn] nhé")]
    [InlineData("Ông NGUYEN VAN AN phản ánh; ông Nguyễn Văn An nói", "Ông [người gửi] phản ánh; ông [người gửi] nói")]
    [InlineData("Theo Nghị định 20/2008/NĐ-CP, ngày 24/11/2025, lệ phí 8.000 đồng", "Theo Nghị định 20/2008/NĐ-CP, ngày 24/11/2025, lệ phí 8.000 đồng")]
    [InlineData("An tâm: Nguyễn Văn Anh không phải người gửi", "An tâm: Nguyễn Văn Anh không phải người gửi")]
    public void Scrub_RemovesContactsNumbersAndTheSendersName_AndKeepsTheRest(string text, string expected)
    {
        var scrubbed = PublicText.Scrub(text, Sender);
        Assert.Equal(expected, scrubbed);
        Assert.Empty(PublicText.Problems(scrubbed, Sender));
    }

    [Fact]
    public void Problems_NameEachKindOfPersonalDataLeft()
    {
        var problems = PublicText.Problems("Ông Nguyễn Văn An, 0912345678, an@example.vn", Sender);
        Assert.Equal(["còn địa chỉ thư điện tử", "còn số điện thoại, số giấy tờ hoặc dãy số dài", "còn họ tên người gửi"], problems);
    }

    [Fact]
    public void Problems_ALoneGivenNameOrNoNames_AreNotFlagged()
    {
        Assert.Empty(PublicText.Problems("An toàn, thuận lợi", ["An"]));
        Assert.Empty(PublicText.Problems("Nội dung bình thường", []));
        Assert.Equal(string.Empty, PublicText.Scrub(null, Sender));
    }
}
