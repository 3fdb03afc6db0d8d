using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MotCua.E2E.Features;

[Collection(BrowserCollection.Name)]
public sealed class CalendarJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task MonthPage_OnAPhone_ShowsTetWithLunarDatesAndIsAccessible()
    {
        var page = await browser.NewPageAsync(phone: true);
        await page.GotoAsync("/Calendar?year=2026&month=2");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Lịch làm việc");
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Tháng 2 năm 2026" });
        await Expect(table).ToBeVisibleAsync();
        await Expect(table.GetByRole(AriaRole.Cell, new() { Name = "17 âm lịch 1/1 Nghỉ" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Tết Nguyên đán Bính Ngọ (mùng 1 Tết)")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "calendar-01-month-phone");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 360, $"page is {width}px wide on a 360px phone");

        await page.GetByRole(AriaRole.Link, new() { Name = "Tháng sau →" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Tháng 3 năm 2026" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Administrator_ProposesAndPublishes2028()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Calendar/Admin");
        await page.GetByLabel("Tên đăng nhập").FillAsync("quantri");
        await page.GetByLabel("Mật khẩu").FillAsync(MotCua.Testing.TestDatabase.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Quản trị lịch làm việc" })).ToBeVisibleAsync();
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));

        await page.GetByRole(AriaRole.Spinbutton, new() { Name = "Năm" }).FillAsync("2028");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("2028");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đề xuất theo Bộ luật Lao động" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Giỗ Tổ Hùng Vương (10/3 âm lịch)", Exact = true })).ToBeVisibleAsync();

        await page.GetByLabel("Ngày", new() { Exact = true }).FillAsync("2028-04-29");
        await page.GetByLabel("Loại").SelectOptionAsync(new SelectOptionValue { Label = "Làm bù" });
        await page.GetByLabel("Lý do").FillAsync("Làm bù cho thứ Sáu 05/5/2028");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Làm bù cho thứ Sáu 05/5/2028", Exact = true })).ToBeVisibleAsync();

        await page.GetByLabel("Tôi đã đối chiếu bản nháp").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Công bố 2028" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã công bố lịch năm 2028");
        await BrowserFixture.ScreenshotAsync(page, "calendar-02-admin-published");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));

        await page.GotoAsync("/Calendar?year=2028&month=4");
        await Expect(page.GetByText("Làm bù cho thứ Sáu 05/5/2028")).ToBeVisibleAsync();
    }
}
