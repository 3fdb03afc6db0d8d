using System.Net;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Testing;
using NodaTime;

namespace MotCua.Web.Tests.Features.Dossiers.Forms;

/// <summary>The form pages over HTTP: the content of each form, from dossiers driven through the lifecycle, in
/// HTML and in the PDF (text read back with PdfPig), and the form set chosen by the receipt date.</summary>
public sealed class FormPagesTests
{
    private static readonly Duration Day = Duration.FromDays(1);

    [Theory, AllProviders]
    public async Task Receipt_CounterIntake_ShowsTheDossiersFactsInHtmlAndPdf(DatabaseProvider provider)
    {
        await using var app = await FormTestKit.AppAsync(provider);
        var dossier = await TestDossiers.ReceiveAsync(app.Database);
        var client = await app.LoginAsync("motcua.ninhkieu");

        var html = await FormTestKit.HtmlAsync(client, $"/Workspace/Dossiers/{dossier.Id}/Forms/receipt");
        var pdf = await FormTestKit.PdfAsync(client, $"/Workspace/Dossiers/{dossier.Id}/Forms/receipt.pdf");
        FormTestKit.Save(pdf, $"mau-01-receipt-{provider}");
        var text = FormTestKit.PdfText(pdf);
        foreach (var expected in (string[])[
            "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Mẫu số 01 – Thông tư số 03/2025/TT-VPCP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "Cần Thơ, ngày 24 tháng 11 năm 2025", $"Mã hồ sơ: {dossier.Code}", "Bộ phận Một cửa: Phường Ninh Kiều",
            "Tiếp nhận hồ sơ của: Nguyễn Thị Hồng Nhung", "Số 12 đường Hòa Bình", "0912345678", "nhung@example.vn",
            "Đăng ký khai sinh (1.001193)", "Tờ khai đăng ký khai sinh theo mẫu", "Bản chính Giấy chứng sinh", "3 ngày làm việc", "4. Thời gian nhận hồ sơ: 08 giờ 00 phút, ngày 24 tháng 11 năm 2025",
            "5. Thời gian trả kết quả giải quyết hồ sơ: 08 giờ 00 phút, ngày 27 tháng 11 năm 2025",
            "8.000 đồng", $"/Lookup?code={dossier.Code}", "ỦY BAN NHÂN DÂN PHƯỜNG NINH KIỀU", "BỘ PHẬN MỘT CỬA",
            "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", "Huỳnh Văn Phúc"])
        {
            Assert.Contains(expected, FormTestKit.Words(html), StringComparison.Ordinal);
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        // Numbered components (CSS counters in the page), the QR code inline (no second request), one A5 page.
        Assert.Contains("(1) Tờ khai đăng ký khai sinh theo mẫu (2) Bản chính Giấy chứng sinh", text, StringComparison.Ordinal);
        Assert.Contains("src=\"data:image/png;base64,", html, StringComparison.Ordinal);
        Assert.Equal([(420, 595)], FormTestKit.PageSizes(pdf));
        Assert.Equal(pdf, await FormTestKit.PdfAsync(client, $"/Workspace/Dossiers/{dossier.Id}/Forms/receipt?format=pdf"), new PdfBodyComparer());
    }

    /// <summary>Circular 03/2025/TT-VPCP applies from 15/9/2025: a dossier received the day before keeps the 2018 forms.</summary>
    [Fact]
    public async Task FormSet_ReceivedOn14Or15September2025_FollowsTheCircularInForceThatDay()
    {
        await using var app = await FormTestKit.AppAsync(DatabaseProvider.Sqlite);
        app.Database.Clock.Reset(VietnamTime.ToInstant(new LocalDateTime(2025, 9, 14, 9, 0)));
        var before = await TestDossiers.ReceiveAsync(app.Database);
        app.Database.Clock.Reset(VietnamTime.ToInstant(new LocalDateTime(2025, 9, 15, 9, 0)));
        var after = await TestDossiers.ReceiveAsync(app.Database);
        foreach (var d in (Dossier[])[before, after])
        {
            await TestDossiers.ActAsync(app.Database, "chuyenvien.ninhkieu", d.Id, (x, now, _) => DossierLifecycle.Extend(x, x.DueAt!.Value + Day, "Cần xác minh thêm thông tin với cơ quan khác.", now));
        }

        var client = await app.LoginAsync("motcua.ninhkieu");
        var old = FormTestKit.PdfText(await FormTestKit.PdfAsync(client, $"/Workspace/Dossiers/{before.Id}/Forms/receipt.pdf"));
        var current = FormTestKit.PdfText(await FormTestKit.PdfAsync(client, $"/Workspace/Dossiers/{after.Id}/Forms/receipt.pdf"));
        Assert.Contains("Mẫu số 01 – Thông tư số 01/2018/TT-VPCP", old, StringComparison.Ordinal);
        Assert.Contains("Bộ phận tiếp nhận và trả kết quả: Phường Ninh Kiều", old, StringComparison.Ordinal);
        Assert.Contains("Cần Thơ, ngày 14 tháng 9 năm 2025", old, StringComparison.Ordinal);
        Assert.Contains("Mẫu số 01 – Thông tư số 03/2025/TT-VPCP", current, StringComparison.Ordinal);
        Assert.Contains("Bộ phận Một cửa: Phường Ninh Kiều", current, StringComparison.Ordinal);

        Assert.Contains("Mẫu số 05 – Thông tư số 01/2018/TT-VPCP", await FormTestKit.HtmlAsync(client, $"/Workspace/Dossiers/{before.Id}/Forms/control-slip"), StringComparison.Ordinal);
        Assert.Contains("Mẫu số 06 – Thông tư số 03/2025/TT-VPCP", await FormTestKit.HtmlAsync(client, $"/Workspace/Dossiers/{after.Id}/Forms/control-slip"), StringComparison.Ordinal);
        var oldApology = await FormTestKit.HtmlAsync(client, $"/Workspace/Dossiers/{before.Id}/Forms/apology");
        var newApology = await FormTestKit.HtmlAsync(client, $"/Workspace/Dossiers/{after.Id}/Forms/apology");
        Assert.Contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", oldApology, StringComparison.Ordinal);
        Assert.Contains("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT", newApology, StringComparison.Ordinal);
        Assert.Contains("Mẫu số 04", oldApology, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SupplementRequest_TwoRequests_EachHasItsFormWithItemsReasonAndGuide()
    {
        await using var app = await FormTestKit.AppAsync(DatabaseProvider.Sqlite);
        var d = await TestDossiers.ReceiveAsync(app.Database);
        await TestDossiers.ActAsync(app.Database, "chuyenvien.ninhkieu", d.Id,
            (x, _, _) => DossierLifecycle.RequestSupplement(x, ["Bản sao Giấy chứng nhận kết hôn của cha, mẹ", "Văn bản ủy quyền có chứng thực"], "Hồ sơ thiếu giấy tờ chứng minh quan hệ cha, mẹ, con."));
        app.Database.Clock.Advance(Day);
        await TestDossiers.ActAsync(app.Database, "motcua.ninhkieu", d.Id, (x, now, calendar) => DossierLifecycle.CompleteSupplement(x, [], now, calendar));
        await TestDossiers.ActAsync(app.Database, "chuyenvien.ninhkieu", d.Id,
            (x, _, _) => DossierLifecycle.RequestSupplement(x, ["Bản chụp Căn cước của người đi đăng ký"], "Giấy tờ tùy thân bị mờ."));
        var client = await app.LoginAsync("chuyenvien.ninhkieu");

        var first = FormTestKit.PdfText(FormTestKit.Saved(await FormTestKit.PdfAsync(client, $"/Workspace/Dossiers/{d.Id}/Forms/supplement-request.pdf?n=1"), "mau-02-supplement-request"));
        var latest = await FormTestKit.HtmlAsync(client, $"/Workspace/Dossiers/{d.Id}/Forms/supplement-request");
        foreach (var expected in (string[])["PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Mẫu số 02", "Hồ sơ của: Nguyễn Thị Hồng Nhung", "(Lần 1)",
            "(1) Bản sao Giấy chứng nhận kết hôn của cha, mẹ", "(2) Văn bản ủy quyền có chứng thực", "Lý do: Hồ sơ thiếu giấy tờ chứng minh quan hệ cha, mẹ, con.",
            "liên hệ với Đặng Thị Thu, Phường Ninh Kiều", "NGƯỜI HƯỚNG DẪN", "Cần Thơ, ngày 24 tháng 11 năm 2025"])
        {
            Assert.Contains(expected, first, StringComparison.Ordinal);
        }

        latest = FormTestKit.Words(latest);
        Assert.Contains("(Lần 2)", latest, StringComparison.Ordinal);
        Assert.Contains("Bản chụp Căn cước của người đi đăng ký", latest, StringComparison.Ordinal);
        Assert.Contains("Cần Thơ, ngày 25 tháng 11 năm 2025", latest, StringComparison.Ordinal);
        Assert.DoesNotContain("Văn bản ủy quyền", latest, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Workspace/Dossiers/{d.Id}/Forms/supplement-request?n=3")).StatusCode);
    }

    [Fact]
    public async Task Refusal_RefusedOnlineSubmission_HasTheReasonAndNoReceipt()
    {
        await using var app = await FormTestKit.AppAsync(DatabaseProvider.Sqlite);
        var d = await TestDossiers.SubmitAsync(app.Database);
        await TestDossiers.ActAsync(app.Database, "motcua.ninhkieu", d.Id, (x, _, _) => DossierLifecycle.Refuse(x, "Trẻ đã được đăng ký khai sinh tại Phường Cái Khế."));
        var client = await app.LoginAsync("motcua.ninhkieu");

        var text = FormTestKit.PdfText(FormTestKit.Saved(await FormTestKit.PdfAsync(client, $"/Workspace/Dossiers/{d.Id}/Forms/refusal.pdf"), "mau-03-refusal"));
        foreach (var expected in (string[])["PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Mẫu số 03 – Thông tư số 03/2025/TT-VPCP",
            "Tiếp nhận hồ sơ của: Nguyễn Thị Hồng Nhung", "Bộ phận Một cửa từ chối tiếp nhận, giải quyết hồ sơ này",
            "Trẻ đã được đăng ký khai sinh tại Phường Cái Khế.", "Huỳnh Văn Phúc"])
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Workspace/Dossiers/{d.Id}/Forms/receipt")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Workspace/Dossiers/{d.Id}/Forms/receipt.pdf")).StatusCode);
    }

    [Fact]
    public async Task Apology_Extended_GivesTheOldAndNewDatesAndTheReason()
    {
        await using var app = await FormTestKit.AppAsync(DatabaseProvider.Sqlite);
        var d = await TestDossiers.ReceiveAsync(app.Database);
        var newDue = VietnamTime.ToInstant(new LocalDateTime(2025, 12, 2, 16, 30));
        await TestDossiers.ActAsync(app.Database, "chuyenvien.ninhkieu", d.Id, (x, now, _) => DossierLifecycle.Extend(x, newDue, "Phải xác minh nơi cư trú của người mẹ.", now));
        var client = await app.LoginAsync("chuyenvien.ninhkieu");

        var text = FormTestKit.PdfText(FormTestKit.Saved(await FormTestKit.PdfAsync(client, $"/Workspace/Dossiers/{d.Id}/Forms/apology.pdf"), "mau-04-apology"));
        foreach (var expected in (string[])["VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT", "Mẫu số 04 – Thông tư số 03/2025/TT-VPCP",
            "ỦY BAN NHÂN DÂN PHƯỜNG NINH KIỀU", "Kính gửi: Ông/Bà Nguyễn Thị Hồng Nhung", "Phường Ninh Kiều xin lỗi Ông/Bà",
            "(08 giờ 00 phút, ngày 27 tháng 11 năm 2025)", "đến 16 giờ 30 phút, ngày 02 tháng 12 năm 2025", "Lý do: Phải xác minh nơi cư trú của người mẹ.",
            "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ"])
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task StopNotice_Stopped_HasTheReason_AndThe2018SetHasNone()
    {
        await using var app = await FormTestKit.AppAsync(DatabaseProvider.Sqlite);
        var d = await TestDossiers.ReceiveAsync(app.Database);
        await TestDossiers.ActAsync(app.Database, "chuyenvien.ninhkieu", d.Id, (x, _, _) => DossierLifecycle.Stop(x, "Người yêu cầu đề nghị dừng để bổ sung giấy tờ ở nước ngoài."));
        app.Database.Clock.Reset(VietnamTime.ToInstant(new LocalDateTime(2025, 9, 12, 9, 0)));
        var old = await TestDossiers.ReceiveAsync(app.Database);
        await TestDossiers.ActAsync(app.Database, "chuyenvien.ninhkieu", old.Id, (x, _, _) => DossierLifecycle.Stop(x, "Có tranh chấp."));
        var client = await app.LoginAsync("chuyenvien.ninhkieu");

        var text = FormTestKit.PdfText(FormTestKit.Saved(await FormTestKit.PdfAsync(client, $"/Workspace/Dossiers/{d.Id}/Forms/stop-notice.pdf"), "mau-05-stop-notice"));
        foreach (var expected in (string[])["THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", "Mẫu số 05 – Thông tư số 03/2025/TT-VPCP", "Phường Ninh Kiều thông báo dừng giải quyết hồ sơ",
            "Lý do: Người yêu cầu đề nghị dừng để bổ sung giấy tờ ở nước ngoài.", $"mã hồ sơ {d.Code}"])
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Workspace/Dossiers/{old.Id}/Forms/stop-notice")).StatusCode);
    }

    [Fact]
    public async Task ControlSlip_FullLifecycle_ListsEachHandoverWithItsTimeliness()
    {
        await using var app = await FormTestKit.AppAsync(DatabaseProvider.Sqlite);
        var d = await TestDossiers.ReceiveAsync(app.Database);
        app.Database.Clock.Advance(Duration.FromHours(2));
        await TestDossiers.ActAsync(app.Database, "chuyenvien.ninhkieu", d.Id, (x, now, calendar) => DossierLifecycle.CompleteStep(x, now, calendar));
        app.Database.Clock.Advance(Day * 4);
        await TestDossiers.ActAsync(app.Database, "lanhdao.ninhkieu", d.Id, (x, _, _) => DossierLifecycle.IssueResult(x, false, "125/TLKS", []));
        await TestDossiers.ActAsync(app.Database, "motcua.ninhkieu", d.Id, (x, _, _) => DossierLifecycle.Return(x, ReturnMethod.Counter));
        var client = await app.LoginAsync("motcua.ninhkieu");

        var text = FormTestKit.PdfText(FormTestKit.Saved(await FormTestKit.PdfAsync(client, $"/Workspace/Dossiers/{d.Id}/Forms/control-slip.pdf"), "mau-06-control-slip"));
        foreach (var expected in (string[])["PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Mẫu số 06 – Thông tư số 03/2025/TT-VPCP",
            "Kèm theo hồ sơ của: Nguyễn Thị Hồng Nhung", "Cơ quan (bộ phận) giải quyết hồ sơ: Phường Ninh Kiều",
            "1. Giao: Phường Ninh Kiều", "Bước 1: Thẩm định hồ sơ", "Bước 2: Phê duyệt", "Trước hạn", "Quá hạn",
            "Người giao: Huỳnh Văn Phúc", "Người giao: Đặng Thị Thu", "Chuyển kết quả về Bộ phận Một cửa", "Nhận: Người nộp hồ sơ", "Trả kết quả"])
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        var html = await FormTestKit.HtmlAsync(client, $"/Workspace/Dossiers/{d.Id}/Forms/control-slip");
        Assert.Equal(4, CountOf(html, "<tr>") - 1);
    }

    [Fact]
    public async Task Index_ListsOnlyTheFormsTheDossierHas()
    {
        await using var app = await FormTestKit.AppAsync(DatabaseProvider.Sqlite);
        var d = await TestDossiers.ReceiveAsync(app.Database);
        await TestDossiers.ActAsync(app.Database, "chuyenvien.ninhkieu", d.Id, (x, _, _) => DossierLifecycle.RequestSupplement(x, ["Giấy chứng sinh"], "Thiếu giấy chứng sinh."));
        var client = await app.LoginAsync("motcua.ninhkieu");

        var html = await FormTestKit.HtmlAsync(client, $"/Workspace/Dossiers/{d.Id}/Forms");
        Assert.Contains($"Biểu mẫu của hồ sơ {d.Code}", html, StringComparison.Ordinal);
        Assert.Contains("Thông tư số 03/2025/TT-VPCP", html, StringComparison.Ordinal);
        Assert.Contains($"/Workspace/Dossiers/{d.Id}/Forms/receipt.pdf", html, StringComparison.Ordinal);
        Assert.Contains($"/Workspace/Dossiers/{d.Id}/Forms/supplement-request\"", html, StringComparison.Ordinal);
        Assert.Contains($"/Workspace/Dossiers/{d.Id}/Forms/control-slip", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/Forms/refusal", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/Forms/apology", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/Forms/stop-notice", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Print_UnknownFormName_IsNotFound()
    {
        await using var app = await FormTestKit.AppAsync(DatabaseProvider.Sqlite);
        var d = await TestDossiers.ReceiveAsync(app.Database);
        var client = await app.LoginAsync("motcua.ninhkieu");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Workspace/Dossiers/{d.Id}/Forms/mau-99")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Workspace/Dossiers/{d.Id}/Forms/register")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Workspace/Dossiers/{Guid.NewGuid()}/Forms/receipt")).StatusCode);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>Two renderings of the same form are the same document apart from the creation date PDFsharp writes.</summary>
    private sealed class PdfBodyComparer : IEqualityComparer<byte[]>
    {
        public bool Equals(byte[]? x, byte[]? y) => x is not null && y is not null && FormTestKit.PdfText(x) == FormTestKit.PdfText(y) && x.Length == y.Length;

        public int GetHashCode(byte[] obj) => obj.Length;
    }
}
