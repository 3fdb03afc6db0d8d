using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MotCua.E2E.Features;

[Collection(BrowserCollection.Name)]
public sealed class ProcedureCatalogJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Citizen_OnAPhone_FindsBirthRegistrationWithoutAccentsAndOpensIt()
    {
        var page = await browser.NewPageAsync(phone: true);
        await page.GotoAsync("/Procedures");
        await page.GetByLabel("Tìm thủ tục").FillAsync("dang ky khai sinh");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();
        var link = page.GetByRole(AriaRole.Link, new() { Name = "Đăng ký khai sinh", Exact = true });
        await Expect(link).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Đăng ký kết hôn", Exact = true })).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "catalog-01-search-phone");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 360, "search page wider than the phone");

        await link.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Đăng ký khai sinh");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Nộp trực tuyến" })).ToHaveAttributeAsync("href", "/Dossiers/Submit/1.001193");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thành phần hồ sơ" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "catalog-02-procedure-phone");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 360, "procedure page wider than the phone");
    }

    [Fact]
    public async Task Administrator_OpensTheEditFormAndHistory_Accessibly()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Procedures/Manage/Edit/1.004222");
        await page.GetByLabel("Tên đăng nhập").FillAsync("quantri");
        await page.GetByLabel("Mật khẩu").FillAsync(MotCua.Testing.TestDatabase.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Đăng ký thường trú");
        await Expect(page.GetByLabel("Tên thủ tục", new() { Exact = true })).ToHaveValueAsync("Đăng ký thường trú");
        await BrowserFixture.ScreenshotAsync(page, "catalog-03-edit");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));

        await page.GotoAsync("/Procedures/Manage/History/1.004222");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Lịch sử phiên bản");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
    }
}
