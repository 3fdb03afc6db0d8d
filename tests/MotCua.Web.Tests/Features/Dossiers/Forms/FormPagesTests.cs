using MotCua.Data;
using MotCua.Testing;

namespace MotCua.Web.Tests.Features.Dossiers.Forms;

/// <summary>The form pages over HTTP: content of each form from a dossier driven through the lifecycle, the
/// form set by receipt date, and who may open them.</summary>
public sealed class FormPagesTests
{
    [Fact]
    public async Task Receipt_CounterIntake_ShowsTheDossiersFactsInHtmlAndPdf()
    {
        await using var app = await FormTestKit.AppAsync(DatabaseProvider.Sqlite);
        var dossier = await TestDossiers.ReceiveAsync(app.Database);
        var client = await app.LoginAsync("motcua.ninhkieu");

        var html = await FormTestKit.HtmlAsync(client, $"/Workspace/Dossiers/{dossier.Id}/Forms/receipt");
        var pdf = await FormTestKit.PdfAsync(client, $"/Workspace/Dossiers/{dossier.Id}/Forms/receipt.pdf");
        FormTestKit.Save(pdf, "receipt");
        var text = FormTestKit.PdfText(pdf);
        foreach (var expected in (string[])[
            "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Mẫu số 01 – Thông tư số 03/2025/TT-VPCP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "Cần Thơ, ngày 24 tháng 11 năm 2025", $"Mã hồ sơ: {dossier.Code}", "Nguyễn Thị Hồng Nhung",
            "Đăng ký khai sinh (1.001193)", "Tờ khai đăng ký khai sinh theo mẫu", "3 ngày làm việc", "08 giờ 00 phút, ngày 24 tháng 11 năm 2025",
            "8.000 đồng", $"/Lookup?code={dossier.Code}", "ỦY BAN NHÂN DÂN PHƯỜNG NINH KIỀU", "Huỳnh Văn Phúc"])
        {
            Assert.Contains(expected, html, StringComparison.Ordinal);
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.Equal([(420, 595)], FormTestKit.PageSizes(pdf));
    }
}
