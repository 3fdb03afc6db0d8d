using Microsoft.Playwright;
using MotCua.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace MotCua.E2E.Features;

/// <summary>
/// The whole journey of issue 6, in real Chromium with one browser context per person: a citizen submits online with
/// uploads → the commune's one-stop officer receives it in the workspace → a specialist asks for a supplement → the
/// citizen answers it online → the steps are completed and the leader issues an electronic, signed result → the
/// officer returns it online → the citizen downloads it. Screenshots of each step go to TestResults/e2e/.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DossierJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Journey_FromOnlineSubmissionToDownloadedResult()
    {
        var citizen = await browser.NewPageAsync();
        await citizen.GotoAsync("/Dossiers/Submit/" + PortalPages.BirthRegistration);
        await Journeys.SignInAsync(citizen, "congdan1");
        var code = await PortalPages.SubmitBirthRegistrationAsync(citizen);
        await BrowserFixture.ScreenshotAsync(citizen, "journey-01-citizen-submitted");

        // The one-stop officer of the ward finds it among those to receive and receives it.
        var officer = await browser.NewPageAsync();
        await officer.GotoAsync("/Workspace?queue=ToReceive");
        await Journeys.SignInAsync(officer, "motcua.ninhkieu");
        await officer.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await Act(officer, "Tiếp nhận");
        await Expect(officer.Locator("dl.facts")).ToContainTextAsync("Đang xử lý");
        await Act(officer, "Hoàn thành bước, chuyển bước tiếp");
        await BrowserFixture.ScreenshotAsync(officer, "journey-02-officer-received");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(officer));

        // The specialist asks for a supplement, with the reason.
        var specialist = await browser.NewPageAsync();
        await specialist.GotoAsync("/Workspace?queue=Unit");
        await Journeys.SignInAsync(specialist, "chuyenvien.ninhkieu");
        await specialist.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await Open(specialist, "Yêu cầu bổ sung (Mẫu 02)");
        await specialist.GetByLabel("Giấy tờ, nội dung cần bổ sung (mỗi dòng một mục)").FillAsync("Bản sao giấy chứng nhận kết hôn của cha mẹ");
        await specialist.Locator("#reason-request-supplement").FillAsync("Cần xác định quan hệ cha, mẹ");
        await Act(specialist, "Yêu cầu bổ sung (Mẫu 02)", open: false);
        await BrowserFixture.ScreenshotAsync(specialist, "journey-03-specialist-supplement");

        // The citizen sees why and answers online.
        await PortalPages.OpenDossierAsync(citizen, code);
        await Expect(citizen.GetByText("Cần xác định quan hệ cha, mẹ").First).ToBeVisibleAsync();
        await citizen.Locator("#File0").SetInputFilesAsync(PortalPages.Pdf("giay-ket-hon.pdf"));
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Gửi hồ sơ bổ sung" }).ClickAsync();
        await Expect(citizen.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã gửi hồ sơ bổ sung");
        await BrowserFixture.ScreenshotAsync(citizen, "journey-04-citizen-supplemented");

        // The specialist finishes her step; the ward's leader signs and issues an electronic result.
        await specialist.ReloadAsync();
        await Act(specialist, "Hoàn thành bước, chuyển bước tiếp");
        var leader = await browser.NewPageAsync();
        await leader.GotoAsync("/Workspace?queue=Unit");
        await Journeys.SignInAsync(leader, "lanhdao.ninhkieu");
        await leader.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await Open(leader, "Ban hành kết quả");
        await leader.GetByLabel("Kết quả điện tử (tệp đã ký số)").CheckAsync();
        await leader.GetByLabel("Tệp kết quả").SetInputFilesAsync(PortalPages.Pdf("giay-khai-sinh.pdf"));
        await leader.GetByLabel("Số, ký hiệu văn bản kết quả").FillAsync("125/2025/GKS");
        await Act(leader, "Ban hành kết quả", open: false);
        await Expect(leader.Locator("#files-title")).ToBeVisibleAsync();
        await Expect(leader.GetByText("đã ký số bởi Trương Quốc Bảo, chữ ký hợp lệ")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(leader, "journey-05-leader-result");

        // The officer returns it online; the citizen downloads it.
        await officer.ReloadAsync();
        await Open(officer, "Trả kết quả");
        await officer.GetByLabel("Hình thức trả").SelectOptionAsync("online");
        await Act(officer, "Trả kết quả", open: false);
        await Expect(officer.Locator("dl.facts")).ToContainTextAsync("Đã trả kết quả");

        await PortalPages.OpenDossierAsync(citizen, code);
        var download = await citizen.RunAndWaitForDownloadAsync(() => citizen.GetByRole(AriaRole.Link, new() { Name = "Tải về giay-khai-sinh.pdf" }).ClickAsync());
        Assert.Equal("giay-khai-sinh.pdf", download.SuggestedFilename);
        await BrowserFixture.ScreenshotAsync(citizen, "journey-06-citizen-result");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(citizen));

        // The electronic result is in her document store; she uses it again, as the proof of parentage, in a second
        // dossier (acknowledging a father), instead of uploading it.
        await citizen.GotoAsync("/Dossiers/Documents");
        await Expect(citizen.GetByText("giay-khai-sinh.pdf").First).ToBeVisibleAsync();
        await citizen.GotoAsync("/Dossiers/Submit/" + Acknowledgement);
        await citizen.GetByLabel("Số điện thoại", new() { Exact = true }).FillAsync("0912 345 678");
        await citizen.GetByLabel("Xã, phường giải quyết hồ sơ").SelectOptionAsync(new SelectOptionValue { Label = "Phường Ninh Kiều" });
        await PortalPages.Component(citizen, "Tờ khai đăng ký nhận cha, mẹ, con").GetByLabel("Tải tệp lên").SetInputFilesAsync(PortalPages.Pdf("to-khai-nhan-cha.pdf"));
        var stored = PortalPages.Component(citizen, "Chứng cứ chứng minh quan hệ").GetByLabel("Hoặc dùng giấy tờ đã có trong kho");
        var choice = await stored.Locator("option", new() { HasText = "giay-khai-sinh.pdf" }).GetAttributeAsync("value");
        await stored.SelectOptionAsync(choice!);
        await BrowserFixture.ScreenshotAsync(citizen, "journey-07-citizen-reuses-result");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Nộp hồ sơ" }).ClickAsync();
        await Expect(citizen.GetByRole(AriaRole.Heading, new() { Name = "Đã nộp hồ sơ" })).ToBeVisibleAsync();
        var second = (await citizen.Locator("#dossier-code").InnerTextAsync()).Trim();

        // The officer sees the paper marked as reused from the citizen's store.
        await officer.GotoAsync("/Workspace?queue=ToReceive");
        await officer.GetByRole(AriaRole.Link, new() { Name = second }).ClickAsync();
        var reused = officer.Locator("#files-title + ul li").Filter(new() { HasText = "giay-khai-sinh.pdf" });
        await Expect(reused).ToContainTextAsync("dùng lại từ kho dữ liệu của người dân");
        await BrowserFixture.ScreenshotAsync(officer, "journey-08-officer-sees-reused");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(officer));
    }

    /// <summary>Acknowledgement of a father, mother or child (commune level) in the demo catalog.</summary>
    private const string Acknowledgement = "1.001022";

    /// <summary>Opens the panel of an action on the dossier page.</summary>
    private static async Task Open(IPage page, string action)
    {
        // Panels start open when there are only one or two actions; clicking an open one would close it.
        if (await page.GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).IsHiddenAsync())
        {
            await page.Locator("details > summary").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(action) + "$") }).ClickAsync();
        }
    }

    /// <summary>Clicks an action of the dossier page (opening its panel first) and waits for "Đã thực hiện.".</summary>
    private static async Task Act(IPage page, string action, bool open = true)
    {
        if (open)
        {
            await Open(page, action);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Đã thực hiện.");
    }
}
