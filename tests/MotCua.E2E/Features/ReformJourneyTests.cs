using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MotCua.Data;
using MotCua.Web.Features.Reform.Reminders;
using static Microsoft.Playwright.Assertions;

namespace MotCua.E2E.Features;

[Collection(BrowserCollection.Name)]
public sealed class ReformJourneyTests(BrowserFixture browser)
{
    // The test clock stands on Monday 24/11/2025: task 1 is due at the end of December, task 2 was due last Thursday.
    private const string Directive = """
        ỦY BAN NHÂN DÂN
        THÀNH PHỐ CẦN THƠ
        Số: 789/UBND-KSTT
        Cần Thơ, ngày 20 tháng 11 năm 2025
        V/v đẩy mạnh cải cách thủ tục hành chính lĩnh vực hộ tịch
        Kính gửi: Các sở, ban, ngành thành phố
        Thực hiện Kế hoạch cải cách hành chính năm 2025, Chủ tịch UBND thành phố chỉ đạo như sau:
        1. Giao Sở Tư pháp chủ trì, phối hợp Sở Nội vụ rà soát, đơn giản hóa thủ tục hành chính lĩnh vực hộ tịch, hoàn thành trong tháng 12/2025.
        2. Giao UBND phường Ninh Kiều số hóa hồ sơ, kết quả giải quyết thủ tục hộ tịch, hoàn thành trước ngày 20/11/2025.
        """;

    private async Task<IPage> SignInAsync(string userName, string path, bool phone = false)
    {
        var page = await browser.NewPageAsync(phone);
        await page.GotoAsync(path);
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(MotCua.Testing.TestDatabase.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        return page;
    }

    private static ILocator RateOf(IPage page, string agency) =>
        page.Locator("tbody tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = agency, Exact = true }) }).Locator("td").Last;

    [Fact]
    public async Task Directive_SavedReportedAccepted_ChangesTheAgencyRate_AndAnOverdueTaskIsChased()
    {
        // The Office pastes the directive, reviews the proposals and saves them.
        var office = await SignInAsync("chuyenvien.vp", "/Reform/Extract");
        await Expect(office.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Đọc nhiệm vụ từ văn bản chỉ đạo");
        await office.GetByLabel("Dán nội dung văn bản").FillAsync(Directive);
        await office.GetByRole(AriaRole.Button, new() { Name = "Đọc nhiệm vụ" }).ClickAsync();
        await Expect(office.GetByRole(AriaRole.Heading, new() { Name = "Đề xuất nhiệm vụ (2)" })).ToBeVisibleAsync();
        // The particulars were read from the header.
        await Expect(office.GetByLabel("Số, ký hiệu")).ToHaveValueAsync("789/UBND-KSTT");
        await Expect(office.GetByLabel("Ngày ban hành")).ToHaveValueAsync("2025-11-20");
        await Expect(office.GetByLabel("Trích yếu")).ToHaveValueAsync("V/v đẩy mạnh cải cách thủ tục hành chính lĩnh vực hộ tịch");
        await Expect(office.Locator("#Drafts_0__Lead")).ToHaveValueAsync("Sở Tư pháp");
        await Expect(office.Locator("#Drafts_1__Lead")).ToHaveValueAsync("Phường Ninh Kiều");
        await office.Locator("#Drafts_0__Target").SelectOptionAsync("766:2.1");
        await BrowserFixture.ScreenshotAsync(office, "reform-01-review");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(office));
        await office.GetByRole(AriaRole.Button, new() { Name = "Lưu các nhiệm vụ" }).ClickAsync();
        await Expect(office.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lưu văn bản 789/UBND-KSTT và 2 nhiệm vụ.");
        await Expect(office.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Công văn 789/UBND-KSTT");

        // Before anything falls due the lead agency has no rate yet.
        await office.GotoAsync("/Reform/Dashboard");
        await Expect(RateOf(office, "Sở Tư pháp")).ToHaveTextAsync("—");
        await Expect(RateOf(office, "Phường Ninh Kiều")).ToHaveTextAsync("0%");

        // Sở Tư pháp reports progress, with evidence, then reports it done.
        var justice = await SignInAsync("chuyenvien.stp", "/Reform");
        await justice.GetByRole(AriaRole.Link, new() { Name = "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực hộ tịch" }).ClickAsync();
        await justice.GetByLabel("Tiến độ (%)").FillAsync("50");
        await justice.GetByLabel("Nội dung báo cáo").FillAsync("Đã rà soát 15/30 thủ tục; dự thảo phương án đơn giản hóa.");
        await justice.GetByLabel("Tệp minh chứng (không bắt buộc)").SetInputFilesAsync(new FilePayload
        {
            Name = "phuong-an.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.4 phương án đơn giản hóa"u8.ToArray(),
        });
        await justice.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        await Expect(justice.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã gửi báo cáo tiến độ.");
        await Expect(justice.GetByRole(AriaRole.Link, new() { Name = "phuong-an.pdf" })).ToBeVisibleAsync();
        await justice.GetByLabel("Nội dung báo cáo").FillAsync("Đã trình Quyết định công bố thủ tục được đơn giản hóa.");
        await justice.GetByLabel("Đã hoàn thành, đề nghị Văn phòng nghiệm thu").CheckAsync();
        await justice.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        await Expect(justice.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã báo cáo hoàn thành; chờ Văn phòng nghiệm thu.");
        await BrowserFixture.ScreenshotAsync(justice, "reform-02-task-reported");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(justice));

        // The head of the Office accepts; the agency's rate becomes 100%.
        var head = await SignInAsync("vanphong", "/Reform?status=reported");
        await head.GetByRole(AriaRole.Link, new() { Name = "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực hộ tịch" }).ClickAsync();
        await head.GetByRole(AriaRole.Button, new() { Name = "Nghiệm thu" }).ClickAsync();
        await Expect(head.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã nghiệm thu nhiệm vụ.");
        await head.GotoAsync("/Reform/Dashboard");
        await Expect(RateOf(head, "Sở Tư pháp")).ToHaveTextAsync("100%");
        await BrowserFixture.ScreenshotAsync(head, "reform-03-dashboard");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(head));

        // The chasing job (run here as the web host's worker would) reminds the ward's leader of its overdue task.
        await using (var scope = browser.App.Services.CreateAsyncScope())
        {
            var run = await scope.ServiceProvider.GetRequiredService<ReformReminders>().RunAsync(CancellationToken.None);
            Assert.Equal(1, run.Overdue);
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
            var mail = await db.Outbox.SingleAsync(m => m.Topic.Contains(":Overdue:"));
            Assert.Equal("lanhdao.ninhkieu@demo.motcua.local", mail.Recipient);
            Assert.Contains("đã quá hạn ngày 20/11/2025", mail.Body, StringComparison.Ordinal);
        }

        var ward = await SignInAsync("lanhdao.ninhkieu", "/Reform?status=overdue");
        await ward.GetByRole(AriaRole.Link, new() { Name = "số hóa hồ sơ, kết quả giải quyết thủ tục hộ tịch" }).ClickAsync();
        await Expect(ward.GetByText("Nhắc việc: quá hạn 2 ngày làm việc (hạn 20/11/2025; gửi 1 người)")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TaskList_OnAPhone_FitsAndIsAccessible()
    {
        var page = await SignInAsync("lanhdao", "/Reform/Indicators");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Chỉ số và nhiệm vụ");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));

        var phone = await SignInAsync("lanhdao", "/Reform", phone: true);
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nhiệm vụ cải cách hành chính");
        await BrowserFixture.ScreenshotAsync(phone, "reform-04-tasks-phone");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(phone));
        var width = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 360, $"page is {width}px wide on a 360px phone");
    }
}
