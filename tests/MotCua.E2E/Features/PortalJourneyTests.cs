using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MotCua.Domain.Dossiers;
using MotCua.E2E.Pages;
using MotCua.Web.Features.Dossiers.Actions;
using MotCua.Web.Features.Dossiers.Intake;
using MotCua.Web.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MotCua.E2E.Features;

/// <summary>The citizen's side in a real browser: register, submit online with uploads, follow the timeline; sign in
/// with the national e-ID simulator; the public lookup. Accessibility checked with axe on every page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Citizen_RegistersSubmitsOnlineWithUploads_AndFollowsTheTimeline()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Procedures/" + PortalPages.BirthRegistration);
        await page.GetByRole(AriaRole.Link, new() { Name = "Nộp trực tuyến" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đăng nhập" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Đăng ký tài khoản công dân" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đăng ký tài khoản công dân" })).ToBeVisibleAsync();
        await AccessibleAsync(page, "portal-01-register");

        // A weak password is refused with the message tied to the field.
        await PortalPages.RegisterAsync(page, "Võ Thị Lan", "0987 654 321", "ngan");
        await Expect(page.GetByLabel("Mật khẩu", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#Password-error")).ToContainTextAsync("Mật khẩu cần ít nhất 10 ký tự.");
        await AccessibleAsync(page, "portal-02-register-errors");
        await PortalPages.RegisterAsync(page, "Võ Thị Lan", "0987 654 321", "Mat-khau-2025");

        // Back on the form of the procedure, prefilled from the account.
        await Expect(page.GetByLabel("Họ và tên (hoặc tên tổ chức)")).ToHaveValueAsync("Võ Thị Lan");
        await Expect(page.GetByLabel("Số điện thoại", new() { Exact = true })).ToHaveValueAsync("0987654321");
        await AccessibleAsync(page, "portal-03-submit-form");
        var code = await PortalPages.SubmitBirthRegistrationAsync(page, phone: "0987 654 321");
        Assert.Matches("^31135-251124-[0-9]{4}$", code);
        await AccessibleAsync(page, "portal-04-submitted");

        await page.GetByRole(AriaRole.Link, new() { Name = "Theo dõi hồ sơ" }).ClickAsync();
        await Expect(page.GetByText("Mới đăng ký")).ToBeVisibleAsync();
        await Expect(page.GetByText("Nộp hồ sơ trực tuyến").Last).ToBeVisibleAsync();
        await AccessibleAsync(page, "portal-05-dossier-submitted");

        // The commune's one-stop officer receives it (the workspace pages come with the officer journeys).
        await ReceiveAsync(code);
        await PortalPages.RefreshTimelineAsync(page);
        await Expect(page.Locator("#live")).ToContainTextAsync("Đang xử lý");
        await Expect(page.Locator("#live")).ToContainTextAsync("1/3: Tiếp nhận, kiểm tra hồ sơ");
        await Expect(page.Locator("#live")).ToContainTextAsync("Phường Ninh Kiều");
        await Expect(page.Locator("#live")).Not.ToContainTextAsync("Huỳnh Văn Phúc");
        await AccessibleAsync(page, "portal-06-dossier-received");

        var phone = page;
        await phone.SetViewportSizeAsync(360, 740);
        await PortalPages.OpenDossierAsync(phone, code);
        await BrowserFixture.ScreenshotAsync(phone, "portal-07-dossier-phone");
        Assert.True(await PortalPages.FitsPhoneAsync(phone), "dossier page wider than the phone");
        await phone.GotoAsync("/Dossiers/Submit/" + PortalPages.BirthRegistration);
        await BrowserFixture.ScreenshotAsync(phone, "portal-08-submit-form-phone");
        Assert.True(await PortalPages.FitsPhoneAsync(phone), "submission form wider than the phone");
    }

    [Fact]
    public async Task Citizen_SignsInWithTheLocalVNeId_AndSubmitsAsVerified()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await PortalPages.SignInWithVNeIdAsync(page, "Phan Thanh Tâm", "092096004455");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hồ sơ của tôi" })).ToBeVisibleAsync();
        await AccessibleAsync(page, "portal-09-my-dossiers");

        await page.GotoAsync("/Dossiers/Submit/" + PortalPages.BirthRegistration);
        await Expect(page.GetByText("Họ tên và số định danh đã được xác thực qua VNeID.")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Số định danh cá nhân (CCCD)")).ToHaveValueAsync("092096004455");
        var code = await PortalPages.SubmitBirthRegistrationAsync(page, phone: "0911 222 333");
        await PortalPages.OpenDossierAsync(page, code);
    }

    [Fact]
    public async Task Anyone_LooksUpADossierFromTheQrLink_AndSeesNoPersonalData()
    {
        var code = await CounterIntakeAsync(new ApplicantInput("Đỗ Văn Hải", "092080009876", "0933 444 555", null, "Phường Ninh Kiều"));
        var page = await browser.NewPageAsync(phone: true);
        await PortalPages.LookupAsync(page, code, "0933444555");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Hồ sơ {code}" })).ToBeVisibleAsync();
        await Expect(page.Locator("#live")).ToContainTextAsync("Đang xử lý");
        await Expect(page.Locator("body")).Not.ToContainTextAsync("Đỗ Văn Hải");
        await AccessibleAsync(page, "portal-10-lookup-phone");
        Assert.True(await PortalPages.FitsPhoneAsync(page), "lookup page wider than the phone");

        await PortalPages.LookupAsync(page, code, "0900000000");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Không tìm thấy hồ sơ với mã và thông tin đã nhập.");
    }

    private static async Task AccessibleAsync(IPage page, string screenshot)
    {
        await BrowserFixture.ScreenshotAsync(page, screenshot);
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
    }

    private async Task ReceiveAsync(string code)
    {
        var services = browser.App.Database.Services;
        await using var scope = services.CreateAsyncScope();
        var dossier = await scope.ServiceProvider.GetRequiredService<MotCua.Web.Features.Dossiers.DossierStore>().FindByCodeAsync(code, CancellationToken.None);
        var officer = await StaffAsync(scope.ServiceProvider, "motcua.ninhkieu");
        var outcome = await scope.ServiceProvider.GetRequiredService<DossierActions>().RunAsync(dossier!.Id, officer, new DossierAction.Receive(), CancellationToken.None);
        Assert.True(outcome.Status == ActionStatus.Done, outcome.Message);
    }

    private async Task<string> CounterIntakeAsync(ApplicantInput applicant)
    {
        await using var scope = browser.App.Database.Services.CreateAsyncScope();
        var officer = await StaffAsync(scope.ServiceProvider, "motcua.ninhkieu");
        var result = await scope.ServiceProvider.GetRequiredService<DossierIntake>().ReceiveAsync(
            new IntakeRequest(PortalPages.BirthRegistration, "31135", Channel.Counter, applicant, [new ComponentRecord("TP1", "Tờ khai đăng ký khai sinh", [])]),
            officer.Actor, officer.UnitCode, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems.Values));
        return result.Dossier!.Code;
    }

    private static async Task<StaffMember> StaffAsync(IServiceProvider services, string userName)
    {
        var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<MotCua.Data.Identity.UserAccount>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
        return (await services.GetRequiredService<CurrentStaff>().LoadAsync(user.Id, CancellationToken.None))!;
    }
}
