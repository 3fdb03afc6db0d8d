using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MotCua.E2E.Features;

[Collection(BrowserCollection.Name)]
public sealed class FoundationJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task HomePage_OnAPhone_IsVietnameseAndAccessible()
    {
        var page = await browser.NewPageAsync(phone: true);
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Chào mừng đến Cổng dịch vụ công");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Thành phố Cần Thơ" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "foundation-01-home-phone");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 360, $"page is {width}px wide on a 360px phone");
    }

    [Fact]
    public async Task Staff_LogsInAndSearchesUnitsWithoutAccents()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Units");
        await page.GetByLabel("Tên đăng nhập").FillAsync("chuyenvien.stp");
        await page.GetByLabel("Mật khẩu").FillAsync(MotCua.Testing.TestDatabase.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cơ cấu đơn vị" })).ToBeVisibleAsync();
        await page.GetByLabel("Tìm đơn vị").FillAsync("ninh kieu");
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Phường Ninh Kiều" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Phường Cái Khế" })).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "foundation-02-units-search");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
    }

    [Fact]
    public async Task LanguageSwitch_ShowsEnglish()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Welcome to the public service portal");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }
}
