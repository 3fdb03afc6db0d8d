using Microsoft.Playwright;
using MotCua.E2E.Pages;
using MotCua.Testing;
using static Microsoft.Playwright.Assertions;

namespace MotCua.E2E.Features;

/// <summary>Ratings and feedback (PAKN) in a real browser: a citizen rates her returned dossier from the portal, a
/// citizen rates at the counter tablet; a citizen sends feedback about her dossier, the commune's specialist answers and
/// publishes it, the citizen sees the answer and rates it, and anyone finds it on the public page without the sender's
/// name or number. Accessibility checked with axe on every page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FeedbackJourneyTests(BrowserFixture browser)
{
    /// <summary>The demo citizen's name (account "congdan1").</summary>
    private const string CitizenName = "Nguyễn Văn An";

    [Fact]
    public async Task Citizen_RatesHerReturnedDossierFromThePortal_AndTheCounterTabletRatesAnother()
    {
        var db = browser.App.Database;
        var hers = await TestFeedback.ReturnedDossierAsync(db, owner: "congdan1");
        var atCounter = await TestFeedback.ReturnedDossierAsync(db);

        var page = await browser.NewPageAsync();
        await Journeys.SignInAsync(page, "congdan1");
        await PortalPages.OpenDossierAsync(page, hers.Code);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đánh giá và phản ánh" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Đánh giá mức độ hài lòng" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Đánh giá hồ sơ {hers.Code}" })).ToBeVisibleAsync();
        await AccessibleAsync(page, "feedback-01-rate-dossier");

        // A choice and a comment.
        await page.GetByRole(AriaRole.Radio, new() { Name = "Hài lòng", Exact = true }).CheckAsync();
        await page.GetByLabel("Ý kiến (không bắt buộc)").FillAsync("Cán bộ hướng dẫn tận tình, trả kết quả sớm.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi đánh giá" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Cảm ơn bạn đã đánh giá hồ sơ {hers.Code}.");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = hers.Code });
        await Expect(row).ToContainTextAsync("Hài lòng");
        await Expect(row.GetByRole(AriaRole.Link)).ToHaveCountAsync(0);
        await AccessibleAsync(page, "feedback-02-rated");

        // Once only: the rating page now says so and offers no form.
        await page.GotoAsync($"/Satisfaction/Rate/{hers.Id}");
        await Expect(page.GetByText("Hồ sơ đã được đánh giá:")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Gửi đánh giá" })).ToHaveCountAsync(0);

        // The counter tablet: the one-stop officer opens the screen; the citizen taps, confirms, and sees thanks.
        var counter = await browser.NewPageAsync();
        await Journeys.SignInAsync(counter, "motcua.ninhkieu");
        await counter.GotoAsync("/Satisfaction/Kiosk");
        await AccessibleAsync(counter, "feedback-03-kiosk-open");
        await counter.GetByLabel("Mã hồ sơ").FillAsync(atCounter.Code);
        await counter.GetByRole(AriaRole.Button, new() { Name = "Mở màn hình đánh giá" }).ClickAsync();
        await Expect(counter.GetByRole(AriaRole.Heading, new() { Name = "Đánh giá mức độ hài lòng" })).ToBeVisibleAsync();
        await Expect(counter.Locator("body")).ToContainTextAsync(atCounter.Code);
        await Expect(counter.Locator("body")).Not.ToContainTextAsync("Nguyễn Thị Hồng Nhung");
        await Expect(counter.GetByRole(AriaRole.Navigation)).ToHaveCountAsync(0);
        await AccessibleAsync(counter, "feedback-04-kiosk");
        await counter.GetByRole(AriaRole.Radio, new() { Name = "Không hài lòng", Exact = true }).CheckAsync();
        await counter.GetByRole(AriaRole.Button, new() { Name = "Tiếp tục" }).ClickAsync();
        await Expect(counter.GetByText("Bạn chọn: Không hài lòng")).ToBeVisibleAsync();
        await counter.GetByRole(AriaRole.Button, new() { Name = "Gửi đánh giá" }).ClickAsync();
        await Expect(counter.GetByRole(AriaRole.Heading, new() { Name = "Cảm ơn bạn!" })).ToBeVisibleAsync();
        await AccessibleAsync(counter, "feedback-05-kiosk-thanks");

        // Both ratings are on the unit's list, with their channel.
        await counter.GotoAsync("/Satisfaction/Ratings");
        await Expect(counter.GetByRole(AriaRole.Row).Filter(new() { HasText = hers.Code })).ToContainTextAsync("Trực tuyến");
        await Expect(counter.GetByRole(AriaRole.Row).Filter(new() { HasText = atCounter.Code })).ToContainTextAsync("Tại quầy");
        await AccessibleAsync(counter, "feedback-06-ratings");
    }

    [Fact]
    public async Task Citizen_SendsFeedback_OfficerAnswersAndPublishes_CitizenSeesItAnswered_AndThePublicPageShowsNoPersonalData()
    {
        var db = browser.App.Database;
        var dossier = await TestDossiers.ReceiveAsync(db);
        await TestFeedback.LinkAsync(db, dossier.Id, "congdan1");
        const string title = "Bị yêu cầu nộp thêm giấy tờ ngoài quy định";

        // The citizen, signed in, from the navigation.
        var citizen = await browser.NewPageAsync();
        await Journeys.SignInAsync(citizen, "congdan1");
        await citizen.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Phản ánh, kiến nghị", Exact = true }).ClickAsync();
        await AccessibleAsync(citizen, "feedback-07-hub");
        await citizen.GetByRole(AriaRole.Link, new() { Name = "Gửi phản ánh, kiến nghị", Exact = true }).ClickAsync();
        await citizen.GetByRole(AriaRole.Radio, new() { Name = "Một hồ sơ cụ thể" }).CheckAsync();
        await citizen.GetByLabel("Mã hồ sơ (nếu có)").FillAsync(dossier.Code);
        await citizen.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync(title);
        await citizen.GetByLabel("Nội dung phản ánh, kiến nghị").FillAsync(
            "Khi nộp hồ sơ khai sinh, tôi được yêu cầu nộp thêm bản sao sổ hộ khẩu. Xin liên hệ tôi theo số 0912 345 678.");
        await Expect(citizen.GetByLabel("Họ và tên", new() { Exact = true })).ToHaveValueAsync(CitizenName);
        await AccessibleAsync(citizen, "feedback-08-send");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Gửi phản ánh" }).ClickAsync();
        await Expect(citizen.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã gửi phản ánh, kiến nghị.");
        var code = (await citizen.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Split(' ')[^1];
        Assert.Matches("^PAKN-[0-9]{6}-[A-Z2-9]{5}$", code);
        await Expect(citizen.Locator("dl.facts")).ToContainTextAsync("Đang xử lý");
        await Expect(citizen.Locator("dl.facts")).ToContainTextAsync("Phường Ninh Kiều");
        await AccessibleAsync(citizen, "feedback-09-sent");

        // The specialist of the dossier's competent unit finds it in the unit's queue, answers and publishes.
        var officer = await browser.NewPageAsync();
        await Journeys.SignInAsync(officer, "chuyenvien.ninhkieu");
        await officer.GotoAsync("/Feedback/Manage");
        await AccessibleAsync(officer, "feedback-10-queue");
        await officer.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = $"Phản ánh {code}" })).ToBeVisibleAsync();
        await Expect(officer.Locator("dl.facts")).ToContainTextAsync(CitizenName);
        await AccessibleAsync(officer, "feedback-11-feedback");
        await officer.GetByLabel("Nội dung trả lời").FillAsync(
            $"Trả lời ông {CitizenName}: bản sao sổ hộ khẩu không còn là thành phần hồ sơ đăng ký khai sinh. Ủy ban đã nhắc nhở công chức tiếp nhận.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Trả lời", Exact = true }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã trả lời; người gửi được thông báo.");

        // The texts to publish come with the name and the number taken out; the officer publishes them.
        await Expect(officer.GetByLabel("Nội dung phản ánh công khai")).Not.ToHaveValueAsync(new System.Text.RegularExpressions.Regex("0912"));
        await Expect(officer.GetByLabel("Nội dung trả lời công khai")).Not.ToHaveValueAsync(new System.Text.RegularExpressions.Regex(CitizenName));
        await AccessibleAsync(officer, "feedback-12-answered");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Công khai câu trả lời" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã công khai câu trả lời.");
        await Expect(officer.Locator("dl.facts")).ToContainTextAsync("Đã công khai");

        // The citizen sees it answered in her account, and rates the answer.
        await citizen.GotoAsync("/Feedback/Mine");
        await Expect(citizen.GetByRole(AriaRole.Row).Filter(new() { HasText = code })).ToContainTextAsync("Đã trả lời");
        await AccessibleAsync(citizen, "feedback-13-mine");
        await citizen.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await Expect(citizen.GetByRole(AriaRole.Heading, new() { Name = "Trả lời của cơ quan có thẩm quyền" })).ToBeVisibleAsync();
        await Expect(citizen.Locator(".panel.answer")).ToContainTextAsync("bản sao sổ hộ khẩu không còn là thành phần hồ sơ");
        await AccessibleAsync(citizen, "feedback-14-answer");
        await citizen.GetByRole(AriaRole.Radio, new() { Name = "Hài lòng", Exact = true }).CheckAsync();
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Gửi đánh giá" }).ClickAsync();
        await Expect(citizen.GetByRole(AriaRole.Status)).ToHaveTextAsync("Cảm ơn bạn đã đánh giá.");
        await Expect(citizen.GetByText("Bạn đã đánh giá: Hài lòng")).ToBeVisibleAsync();

        // Anyone, on a phone, without signing in: found by its words, with no name, number or e-mail.
        var visitor = await browser.NewPageAsync(phone: true);
        await visitor.GotoAsync("/Feedback/Public");
        await visitor.GetByLabel("Tìm theo nội dung").FillAsync("so ho khau");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();
        await visitor.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Expect(visitor.Locator("main")).ToContainTextAsync("bản sao sổ hộ khẩu không còn là thành phần hồ sơ");
        await Expect(visitor.Locator("main")).ToContainTextAsync("Phường Ninh Kiều");
        foreach (var personal in new[] { CitizenName, "0912", "congdan1", code })
        {
            await Expect(visitor.Locator("body")).Not.ToContainTextAsync(personal);
        }

        await AccessibleAsync(visitor, "feedback-15-public-phone");
        Assert.True(await PortalPages.FitsPhoneAsync(visitor), "public answer page wider than the phone");
    }

    private static async Task AccessibleAsync(IPage page, string screenshot)
    {
        await BrowserFixture.ScreenshotAsync(page, screenshot);
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
    }
}
