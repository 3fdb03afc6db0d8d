using Microsoft.Playwright;
using MotCua.Testing;
using static Microsoft.Playwright.Assertions;

namespace MotCua.E2E.Features;

/// <summary>A one-stop officer prints the receipt of a counter intake: the print page, its PDF, the print stylesheet.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FormsJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Receipt_OfficerOpensThePrintPage_IsAccessibleAndPrintable()
    {
        var dossier = await TestDossiers.ReceiveAsync(browser.App.Database);
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/Workspace/Dossiers/{dossier.Id}/Forms/receipt");
        await page.GetByLabel("Tên đăng nhập").FillAsync("motcua.ninhkieu");
        await page.GetByLabel("Mật khẩu").FillAsync(TestDatabase.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
        await Expect(page.GetByText($"Mã hồ sơ: {dossier.Code}")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Mã QR tra cứu tình trạng hồ sơ" })).ToBeVisibleAsync();
        var print = page.GetByRole(AriaRole.Link, new() { Name = "In", Exact = true });
        await Expect(print).ToHaveAttributeAsync("href", $"/Workspace/Dossiers/{dossier.Id}/Forms/receipt.pdf");
        await BrowserFixture.ScreenshotAsync(page, "forms-01-receipt");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));

        // The PDF behind "Tải PDF" comes with the officer's session.
        var href = await page.GetByRole(AriaRole.Link, new() { Name = "Tải PDF" }).GetAttributeAsync("href");
        var pdf = await page.Context.APIRequest.GetAsync(href!);
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);

        // On paper, only the form: the toolbar is not printed.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Công cụ in" })).ToBeHiddenAsync();
        await BrowserFixture.ScreenshotAsync(page, "forms-02-receipt-print-media");
    }

    [Fact]
    public async Task Receipt_OnAPhone_FitsTheScreen()
    {
        var dossier = await TestDossiers.ReceiveAsync(browser.App.Database);
        var page = await browser.NewPageAsync(phone: true);
        await page.GotoAsync($"/Workspace/Dossiers/{dossier.Id}/Forms");
        await page.GetByLabel("Tên đăng nhập").FillAsync("motcua.ninhkieu");
        await page.GetByLabel("Mật khẩu").FillAsync(TestDatabase.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Biểu mẫu của hồ sơ {dossier.Code}");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem và in – Mẫu số 01" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
        await BrowserFixture.ScreenshotAsync(page, "forms-03-receipt-phone");
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 360, $"page is {width}px wide on a 360px phone");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
    }
}
