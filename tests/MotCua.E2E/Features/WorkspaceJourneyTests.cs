using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MotCua.E2E.Features;

/// <summary>The officer workspace in a real browser: counter intake with its receipt, processing by a specialist,
/// and the queues.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkspaceJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task CounterIntake_ReceivesTheDossier_AndPrintsTheReceipt()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Workspace/Intake");
        await Journeys.SignInAsync(page, "motcua.ninhkieu");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tiếp nhận hồ sơ");
        await page.GetByLabel("Tìm thủ tục").FillAsync("dang ky khai sinh");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Chọn Đăng ký khai sinh", Exact = true }).ClickAsync();
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));

        // A required paper not ticked: not received, the officer is told which.
        await page.GetByLabel("Họ và tên (hoặc tên tổ chức)").FillAsync("Trần Thị Bình");
        await page.GetByLabel("Số điện thoại").FillAsync("0912 000 222");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận và cấp mã hồ sơ" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Còn thiếu giấy tờ bắt buộc");

        var boxes = page.Locator("input[name=Received]");
        for (var i = 0; i < await boxes.CountAsync(); i++)
        {
            await boxes.Nth(i).CheckAsync();
        }

        await page.Locator("#scan0").SetInputFilesAsync(new FilePayload { Name = "to-khai.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 tờ khai\n%%EOF"u8.ToArray() });
        await BrowserFixture.ScreenshotAsync(page, "workspace-01-intake-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận và cấp mã hồ sơ" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã tiếp nhận hồ sơ 31135-");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Hồ sơ 31135-");
        await BrowserFixture.ScreenshotAsync(page, "workspace-02-dossier");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));

        await page.GetByRole(AriaRole.Link, new() { Name = "Biểu mẫu" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem và in – Mẫu số 01" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
        await Expect(page.GetByText("Trần Thị Bình").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "workspace-03-receipt");
    }

    [Fact]
    public async Task Specialist_RequestsASupplementFromTheDossierPage()
    {
        var dossier = await MotCua.Testing.TestDossiers.ReceiveAsync(browser.App.Database);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Workspace?queue=Unit");
        await Journeys.SignInAsync(page, "chuyenvien.ninhkieu");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Tại đơn vị" })).ToBeVisibleAsync();
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
        await page.GotoAsync($"/Workspace/Dossiers/{dossier.Id}");
        await page.GetByText("Yêu cầu bổ sung (Mẫu 02)").First.ClickAsync();
        await page.GetByLabel("Giấy tờ, nội dung cần bổ sung (mỗi dòng một mục)").FillAsync("Bản sao giấy chứng sinh");
        await page.Locator("#reason-request-supplement").FillAsync("Thiếu giấy chứng sinh");
        await page.GetByRole(AriaRole.Button, new() { Name = "Yêu cầu bổ sung (Mẫu 02)" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã thực hiện.");
        await Expect(page.GetByText("Yêu cầu bổ sung", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Thiếu giấy chứng sinh" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "workspace-04-supplement-requested");
    }
}
