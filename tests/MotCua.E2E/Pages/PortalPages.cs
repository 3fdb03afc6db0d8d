using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MotCua.E2E.Pages;

/// <summary>
/// Intent methods for the citizen portal, as a citizen uses it in the browser (roles and labels only), so journeys
/// that continue in the officer workspace can reuse them: register, sign in with the national e-ID simulator, submit
/// birth registration online with uploads, open a dossier, look one up.
/// </summary>
public static class PortalPages
{
    /// <summary>Birth registration (commune level) in the demo catalog.</summary>
    public const string BirthRegistration = "1.001193";

    /// <summary>A small file the file store accepts as a PDF.</summary>
    public static FilePayload Pdf(string name) => new() { Name = name, MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n% " + name + "\n%%EOF\n") };

    /// <summary>Fills and sends the registration form on the page that is open (the register page).</summary>
    public static async Task RegisterAsync(IPage page, string fullName, string contact, string password)
    {
        await page.GetByLabel("Họ và tên", new() { Exact = true }).FillAsync(fullName);
        await page.GetByLabel("Số điện thoại hoặc thư điện tử").FillAsync(contact);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Nhập lại mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng ký" }).ClickAsync();
    }

    /// <summary>From the sign-in page: "Đăng nhập bằng VNeID", then consent in the local simulator.</summary>
    public static async Task SignInWithVNeIdAsync(IPage page, string fullName, string idNumber)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập bằng VNeID" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("VNeID");
        await page.GetByLabel("Họ và tên (như trên CCCD)").FillAsync(fullName);
        await page.GetByLabel("Số định danh cá nhân (12 chữ số)").FillAsync(idNumber);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đồng ý chia sẻ" }).ClickAsync();
    }

    /// <summary>On the birth registration form: chooses the commune, uploads the two required papers and submits;
    /// returns the dossier code shown on the confirmation.</summary>
    public static async Task<string> SubmitBirthRegistrationAsync(IPage page, string commune = "Phường Ninh Kiều", string phone = "0912 345 678")
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nộp hồ sơ trực tuyến" })).ToBeVisibleAsync();
        await page.GetByLabel("Số điện thoại", new() { Exact = true }).FillAsync(phone);
        await page.GetByLabel("Xã, phường giải quyết hồ sơ").SelectOptionAsync(new SelectOptionValue { Label = commune });
        await Component(page, "Tờ khai đăng ký khai sinh").GetByLabel("Tải tệp lên").SetInputFilesAsync(Pdf("to-khai.pdf"));
        await Component(page, "Giấy chứng sinh").GetByLabel("Tải tệp lên").SetInputFilesAsync(Pdf("giay-chung-sinh.pdf"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Nộp hồ sơ" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đã nộp hồ sơ" })).ToBeVisibleAsync();
        return (await page.Locator("#dossier-code").InnerTextAsync()).Trim();
    }

    /// <summary>The fieldset of one component of the submission form, by (part of) its name.</summary>
    public static ILocator Component(IPage page, string name) => page.GetByRole(AriaRole.Group, new() { Name = name });

    /// <summary>Opens a dossier from "Hồ sơ của tôi".</summary>
    public static async Task OpenDossierAsync(IPage page, string code)
    {
        await page.GotoAsync("/Dossiers");
        await page.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Hồ sơ {code}");
    }

    /// <summary>Refreshes the live timeline the way htmx polling does (without waiting for the next poll).</summary>
    public static Task RefreshTimelineAsync(IPage page) =>
        page.EvaluateAsync("() => htmx.ajax('GET', document.querySelector('#live').getAttribute('hx-get'), {target: '#live', swap: 'outerHTML'})");

    /// <summary>The public lookup, as reached from the QR on a receipt (code prefilled).</summary>
    public static async Task LookupAsync(IPage page, string code, string phoneOrId)
    {
        await page.GotoAsync($"/Lookup?code={Uri.EscapeDataString(code)}");
        await Expect(page.GetByLabel("Mã hồ sơ")).ToHaveValueAsync(code);
        await page.GetByLabel("Số điện thoại hoặc số giấy tờ của người nộp").FillAsync(phoneOrId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
    }

    /// <summary>Whether the page fits a 360-px phone without sideways scrolling.</summary>
    public static async Task<bool> FitsPhoneAsync(IPage page) => await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 360;
}
