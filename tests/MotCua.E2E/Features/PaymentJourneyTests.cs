using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MotCua.Data.Identity;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Payments;
using MotCua.Testing;
using static Microsoft.Playwright.Assertions;

namespace MotCua.E2E.Features;

/// <summary>
/// Issue 7 §5, payment: a specialist asks for the 8,000-đồng fee of congdan1's dossier; she follows the link on her
/// dossier's page in the portal, pays on a phone through the (simulated) provincial gateway, comes back to a paid
/// dossier and opens her electronic receipt; the one-stop officer sees it paid on the workspace dossier page.
/// Screenshots go to TestResults/e2e/payments-*.png.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PaymentJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Citizen_PaysOnline_ThenTheOfficerSeesItPaid()
    {
        var db = browser.App.Database;
        var dossier = await TestDossiers.ReceiveAsync(db);
        await TestDossiers.ActAsync(db, "chuyenvien.ninhkieu", dossier.Id, (d, _, _) => DossierLifecycle.RequestPayment(d, FeeRules.Assess(d.Terms!.Fees, null).Assessment!));
        await MakeItCongdan1sAsync(db, dossier.Id);

        // She finds the request on her dossier's page in the portal and follows its link.
        var page = await browser.NewPageAsync(phone: true);
        await page.GotoAsync($"/Dossiers/{dossier.Id}");
        await Journeys.SignInAsync(page, "congdan1");
        var waiting = page.GetByRole(AriaRole.Region, new() { Name = "Hồ sơ đang chờ nộp phí, lệ phí" });
        await Expect(waiting).ToBeVisibleAsync();
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
        await BrowserFixture.ScreenshotAsync(page, "payments-01-portal-dossier");
        await waiting.GetByRole(AriaRole.Link, new() { Name = "Nộp phí, lệ phí trực tuyến" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Nộp phí, lệ phí hồ sơ {dossier.Code}");
        await Expect(page.GetByText("Tổng số tiền phải nộp: 8.000 đồng")).ToBeVisibleAsync();
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
        await BrowserFixture.ScreenshotAsync(page, "payments-02-pay-page");

        await page.GetByLabel("Cổng thanh toán trực tuyến của tỉnh").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Thanh toán trực tuyến" }).ClickAsync();

        // The simulated bank.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Cổng thanh toán trực tuyến của tỉnh");
        await Expect(page.GetByText($"Nộp phí, lệ phí hồ sơ {dossier.Code}")).ToBeVisibleAsync();
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
        await BrowserFixture.ScreenshotAsync(page, "payments-03-simulated-bank");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thanh toán", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Thanh toán thành công. Hồ sơ đã được ghi nhận nộp phí, lệ phí.");
        await Expect(page.GetByText("Đã nộp phí, lệ phí:")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "payments-04-paid");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = ReceiptLink() }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("BIÊN LAI THU PHÍ, LỆ PHÍ");
        await Expect(page.GetByText("Số tiền bằng chữ: Tám nghìn đồng")).ToBeVisibleAsync();
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
        await BrowserFixture.ScreenshotAsync(page, "payments-05-receipt");

        var officer = await browser.NewPageAsync();
        await officer.GotoAsync($"/Workspace/Dossiers/{dossier.Id}");
        await Journeys.SignInAsync(officer, "motcua.ninhkieu");
        var section = officer.GetByRole(AriaRole.Region, new() { Name = "Phí, lệ phí và thanh toán" });
        await Expect(section).ToBeVisibleAsync();
        await Expect(section.GetByRole(AriaRole.Cell, new() { Name = "Đã thanh toán" })).ToBeVisibleAsync();
        await Expect(section.GetByRole(AriaRole.Cell, new() { Name = "Cổng thanh toán trực tuyến của tỉnh" })).ToBeVisibleAsync();
        await Expect(officer.GetByText("Đã nộp phí, lệ phí trực tuyến qua cổng thanh toán của tỉnh: 8.000 đồng")).ToBeVisibleAsync();
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(officer));
        await BrowserFixture.ScreenshotAsync(officer, "payments-06-officer-sees-paid");
    }

    /// <summary>Makes the dossier congdan1's, as the portal does for her online submissions.</summary>
    private static async Task MakeItCongdan1sAsync(TestDatabase db, Guid dossierId)
    {
        await using var scope = db.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>().FindByNameAsync("congdan1");
        await using var context = db.NewContext();
        (await context.DossierApplicants.SingleAsync(a => a.DossierId == dossierId)).UserId = user!.Id;
        await context.SaveChangesAsync();
    }

    [GeneratedRegex("^Biên lai ký hiệu .+ số \\d{7}$")]
    private static partial Regex ReceiptLink();
}
