using Microsoft.Playwright;
using MotCua.Testing;

namespace MotCua.E2E;

/// <summary>Intent methods shared by the browser journeys (locating by role and label, like a person would).</summary>
public static class Journeys
{
    /// <summary>Signs in on the login page the browser is on (or goes there first).</summary>
    public static async Task SignInAsync(IPage page, string userName, string password = TestDatabase.DemoPassword)
    {
        if (!page.Url.Contains("/Account/Login", StringComparison.Ordinal))
        {
            await page.GotoAsync("/Account/Login");
        }

        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
    }

    /// <summary>Signs out (the form in the header).</summary>
    public static async Task SignOutAsync(IPage page) =>
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
}
