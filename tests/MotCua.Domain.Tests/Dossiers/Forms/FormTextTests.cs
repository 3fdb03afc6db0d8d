using MotCua.Domain.Dossiers.Forms;
using NodaTime;

namespace MotCua.Domain.Tests.Dossiers.Forms;

public sealed class FormTextTests
{
    [Theory]
    [InlineData(2026, 11, 25, "ngày 25 tháng 11 năm 2026")]
    [InlineData(2026, 2, 5, "ngày 05 tháng 02 năm 2026")]
    [InlineData(2026, 1, 31, "ngày 31 tháng 01 năm 2026")]
    [InlineData(2025, 9, 14, "ngày 14 tháng 9 năm 2025")]
    [InlineData(2025, 3, 1, "ngày 01 tháng 3 năm 2025")]
    public void Date_DaysBelowTenAndJanuaryFebruary_TakeALeadingZero(int year, int month, int day, string expected) =>
        Assert.Equal(expected, FormText.Date(new LocalDate(year, month, day)));

    [Fact]
    public void DateTime_AnInstant_IsWrittenInVietnamTime()
    {
        // 17:30 UTC on 24/11 is 00:30 on 25/11 in Vietnam (UTC+7).
        var instant = Instant.FromUtc(2025, 11, 24, 17, 30);
        Assert.Equal("00 giờ 30 phút, ngày 25 tháng 11 năm 2025", FormText.DateTime(instant));
        Assert.Equal("25/11/2025 00:30", FormText.ShortDateTime(instant));
    }

    [Theory]
    [InlineData(8_000, "8.000 đồng")]
    [InlineData(0, "0 đồng")]
    [InlineData(1_250_000, "1.250.000 đồng")]
    public void Amount_WholeDong_UsesVietnameseGrouping(long amount, string expected) => Assert.Equal(expected, FormText.Amount(amount));

    [Theory]
    [InlineData("Thành phố Cần Thơ", "Cần Thơ")]
    [InlineData("Tỉnh Hậu Giang", "Hậu Giang")]
    [InlineData("Hà Nội", "Hà Nội")]
    public void Place_ProvinceName_DropsTheKindOfProvince(string name, string expected) => Assert.Equal(expected, FormText.Place(name));

    [Fact]
    public void Upper_VietnameseName_KeepsTheMarks() => Assert.Equal("PHƯỜNG NINH KIỀU", FormText.Upper("Phường Ninh Kiều"));
}
