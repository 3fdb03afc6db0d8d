using System.Net;
using System.Text.RegularExpressions;
using MotCua.Data;
using MotCua.Domain.Feedback;
using MotCua.Testing;
using MotCua.Web.Features.Feedback.Manage;
using static MotCua.Web.Tests.Features.Feedback.FeedbackTestKit;

namespace MotCua.Web.Tests.Features.Feedback;

public sealed partial class FeedbackPagesTests
{
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string page, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = MotCuaWebFactory.AntiforgeryToken(page);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    private static Dictionary<string, string> SendFields(string? email = "hoa.le@example.vn") => new()
    {
        ["Subject"] = "Procedure",
        ["procedure"] = "1.001193",
        ["Title"] = "Yêu cầu nộp giấy tờ không có trong quy định",
        ["Content"] = "Khi đăng ký khai sinh cho con, tôi được yêu cầu nộp thêm bản sao sổ hộ khẩu.",
        ["FullName"] = "Lê Thị Hoa",
        ["Email"] = email ?? string.Empty,
        ["Phone"] = string.Empty,
    };

    [Fact]
    public async Task SendPage_Anonymous_SendsAndFollowsOnlyWithTheCodeAndContact()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var sender = factory.NewClient();
        var form = await sender.GetStringAsync("/Feedback/Send");
        Assert.Contains("Gửi phản ánh, kiến nghị", form, StringComparison.Ordinal);

        var sent = await PostAsync(sender, "/Feedback/Send", form, SendFields());
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var location = sent.Headers.Location!.OriginalString;
        var code = CodeInUrl().Match(location).Value;
        Assert.StartsWith("PAKN-251124-", code, StringComparison.Ordinal);
        var page = await sender.GetStringAsync(location);
        Assert.Contains($"Mã phản ánh của bạn: {code}", page, StringComparison.Ordinal);
        Assert.Contains("Chờ phân loại, chuyển xử lý", page, StringComparison.Ordinal);

        // Another browser: the code alone opens nothing; a wrong contact looks like an unknown code.
        var stranger = factory.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Feedback/Follow/{code}")).StatusCode);
        var lookup = await stranger.GetStringAsync("/Feedback/Follow");
        var wrong = await PostAsync(stranger, "/Feedback/Follow", lookup, new() { ["Code"] = code, ["Contact"] = "khac@example.vn" });
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        var unknown = await PostAsync(stranger, "/Feedback/Follow", lookup, new() { ["Code"] = "PAKN-251124-ZZZZZ", ["Contact"] = "hoa.le@example.vn" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(WithoutTokens(await wrong.Content.ReadAsStringAsync()), WithoutTokens(await unknown.Content.ReadAsStringAsync()));
        var right = await PostAsync(stranger, "/Feedback/Follow", lookup, new() { ["Code"] = code.ToLowerInvariant(), ["Contact"] = " HOA.LE@example.vn " });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Contains("Yêu cầu nộp giấy tờ không có trong quy định", await stranger.GetStringAsync($"/Feedback/Follow/{code}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowLookup_FiveWrongAttempts_RefusesEvenTheRightOneUntilTheWindowEnds()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var item = await TestFeedback.SubmitAsync(factory.Database, TestFeedback.AboutBirthRegistration());
        var guesser = factory.NewClient();
        var lookup = await guesser.GetStringAsync("/Feedback/Follow");
        for (var i = 0; i < 5; i++)
        {
            var wrong = await PostAsync(guesser, "/Feedback/Follow", lookup, new() { ["Code"] = item.Code, ["Contact"] = $"09031112{i:00}" });
            Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        }

        var right = new Dictionary<string, string> { ["Code"] = item.Code, ["Contact"] = "0903 111 222" };
        var blocked = await PostAsync(guesser, "/Feedback/Follow", lookup, right);
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.Contains("Bạn đã nhập sai nhiều lần.", System.Net.WebUtility.HtmlDecode(await blocked.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        factory.Database.Clock.Advance(NodaTime.Duration.FromMinutes(16));
        var again = await PostAsync(guesser, "/Feedback/Follow", lookup, new(right));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task SendPage_WithProblems_KeepsWhatWasTypedAndSendsNothing()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var client = factory.NewClient();
        var form = await client.GetStringAsync("/Feedback/Send");
        var response = await PostAsync(client, "/Feedback/Send", form, SendFields(email: null));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Để lại thư điện tử hoặc số điện thoại", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Yêu cầu nộp giấy tờ không có trong quy định\"", html, StringComparison.Ordinal);
        Assert.Contains("bản sao sổ hộ khẩu.</textarea>", html, StringComparison.Ordinal);
        await using var context = factory.Database.NewContext();
        Assert.Empty(context.Set<FeedbackItem>());
    }

    [Fact]
    public async Task SignedInCitizen_SeesHerOwnFeedback_AnotherCitizenDoesNot()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var item = await TestFeedback.SubmitAsync(factory.Database, TestFeedback.AboutBirthRegistration() with { Email = null, Phone = null }, "congdan1");

        var owner = await factory.LoginAsync("congdan1");
        Assert.Contains(item.Code, await owner.GetStringAsync("/Feedback/Mine"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/Feedback/Follow/{item.Code}")).StatusCode);

        var other = await factory.LoginAsync("congdan2");
        Assert.DoesNotContain(item.Code, await other.GetStringAsync("/Feedback/Mine"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Feedback/Follow/{item.Code}")).StatusCode);
        var anonymous = factory.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/Feedback/Mine")).StatusCode);
    }

    [Fact]
    public async Task StaffPages_AnswerAndPublish_ThenTheSenderSeesTheAnswerAndThePublicPageShowsNoPersonalData()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var db = factory.Database;
        var dossier = await TestDossiers.ReceiveAsync(db);
        var item = await TestFeedback.SubmitAsync(db, TestFeedback.AboutBirthRegistration(dossier.Code));

        var officer = await factory.LoginAsync("chuyenvien.ninhkieu");
        var queue = await officer.GetStringAsync("/Feedback/Manage");
        Assert.Contains(item.Code, queue, StringComparison.Ordinal);
        Assert.Contains("chỉ số 5.1", queue, StringComparison.Ordinal);
        var page = await officer.GetStringAsync($"/Feedback/Manage/{item.Id}");
        Assert.Contains("Lê Thị Hoa · hoa.le@example.vn · 0903111222", page, StringComparison.Ordinal);
        Assert.Contains("handler=Refuse", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Route", page, StringComparison.Ordinal);

        var answered = await PostAsync(officer, $"/Feedback/Manage/{item.Id}?handler=Answer", page,
            new() { ["Text"] = "Chị Lê Thị Hoa thân mến: bản sao sổ hộ khẩu không phải nộp. Liên hệ 0292 3820 123 nếu cần." });
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        page = await officer.GetStringAsync($"/Feedback/Manage/{item.Id}");
        Assert.Contains("Đã trả lời; người gửi được thông báo.", page, StringComparison.Ordinal);
        // The proposed public texts already hide the sender's name and the numbers.
        Assert.Contains("Chị [người gửi] thân mến", page, StringComparison.Ordinal);
        Assert.Contains("Liên hệ [số đã ẩn] nếu cần.</textarea>", page, StringComparison.Ordinal);

        var raw = await PostAsync(officer, $"/Feedback/Manage/{item.Id}?handler=Publish", page, new()
        {
            ["PublicTitle"] = "Không phải nộp sổ hộ khẩu khi đăng ký khai sinh",
            ["PublicQuestion"] = "Tôi được yêu cầu nộp bản sao sổ hộ khẩu.",
            ["PublicAnswer"] = "Chị Lê Thị Hoa: không phải nộp.",
        });
        Assert.Equal(HttpStatusCode.BadRequest, raw.StatusCode);
        Assert.Contains("còn họ tên người gửi", await raw.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var published = await PostAsync(officer, $"/Feedback/Manage/{item.Id}?handler=Publish", page, new()
        {
            ["PublicTitle"] = "Không phải nộp sổ hộ khẩu khi đăng ký khai sinh",
            ["PublicQuestion"] = "Tôi được yêu cầu nộp bản sao sổ hộ khẩu khi đăng ký khai sinh cho con.",
            ["PublicAnswer"] = "Bản sao sổ hộ khẩu không phải nộp; Phường đã chấn chỉnh.",
        });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var anonymous = factory.NewClient();
        var list = await anonymous.GetStringAsync("/Feedback/Public?q=so+ho+khau");
        Assert.Contains("Không phải nộp sổ hộ khẩu khi đăng ký khai sinh", list, StringComparison.Ordinal);
        Assert.Contains("Chưa có câu trả lời nào", await anonymous.GetStringAsync("/Feedback/Public?q=giay+phep+lai+xe"), StringComparison.Ordinal);
        var detail = await anonymous.GetStringAsync($"/Feedback/Public/{item.Id}");
        Assert.Contains("Phường đã chấn chỉnh", detail, StringComparison.Ordinal);
        foreach (var personal in new[] { "Lê Thị Hoa", "hoa.le@example.vn", "0903", dossier.Code, item.Code, "Nguyễn Thị Hồng Nhung" })
        {
            Assert.DoesNotContain(personal, list, StringComparison.Ordinal);
            Assert.DoesNotContain(personal, detail, StringComparison.Ordinal);
        }

        // The sender follows it (code and contact) and sees the answer as it was written to her.
        var sender = factory.NewClient();
        var lookup = await sender.GetStringAsync("/Feedback/Follow");
        await PostAsync(sender, "/Feedback/Follow", lookup, new() { ["Code"] = item.Code, ["Contact"] = "0903 111 222" });
        var mine = await sender.GetStringAsync($"/Feedback/Follow/{item.Code}");
        Assert.Contains("Đã trả lời", mine, StringComparison.Ordinal);
        Assert.Contains("Chị Lê Thị Hoa thân mến", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("Nguyễn Thanh", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("Đặng Thị Thu", mine, StringComparison.Ordinal);

        // She is not satisfied: the feedback is re-opened and the officer sees it again in her queue.
        var rated = await PostAsync(sender, $"/Feedback/Follow/{item.Code}?handler=Rate", mine, new() { ["Level"] = "Unsatisfied", ["Comment"] = "Chưa rõ" });
        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
        Assert.Contains("Phản ánh được mở lại", await sender.GetStringAsync($"/Feedback/Follow/{item.Code}"), StringComparison.Ordinal);
        Assert.Contains(item.Code, await officer.GetStringAsync("/Feedback/Manage?queue=Open"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowPage_TheSenderAddsTheInformationAskedFor()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var db = factory.Database;
        var item = await TestFeedback.SubmitAsync(db, TestFeedback.AboutBirthRegistration() with { Email = null, Phone = null }, "congdan1");
        await MustAsync(db, "chuyenvien.vp", item.Id, new FeedbackAction.RequestInformation("Cho biết phường đã yêu cầu."));

        var citizen = await factory.LoginAsync("congdan1");
        var page = await citizen.GetStringAsync($"/Feedback/Follow/{item.Code}");
        Assert.Contains("Cho biết phường đã yêu cầu.", page, StringComparison.Ordinal);
        var sent = await PostAsync(citizen, $"/Feedback/Follow/{item.Code}?handler=Provide", page, new() { ["Information"] = "Phường Ninh Kiều" });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(FeedbackState.Routing, (await ItemAsync(db, item.Id)).State);
        Assert.Contains("Đã gửi thông tin bổ sung", await citizen.GetStringAsync($"/Feedback/Follow/{item.Code}"), StringComparison.Ordinal);

        var other = await factory.LoginAsync("congdan2");
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(other, $"/Feedback/Follow/{item.Code}?handler=Provide", await other.GetStringAsync("/Feedback/Send"), new() { ["Information"] = "x" })).StatusCode);
    }

    [Fact]
    public async Task ManagePage_OutsideTheScope_Is404_AndCitizensAreSentAway()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var item = await TestFeedback.SubmitAsync(factory.Database, TestFeedback.AboutBirthRegistration());
        var commune = await factory.LoginAsync("chuyenvien.ninhkieu");
        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync($"/Feedback/Manage/{item.Id}")).StatusCode);
        Assert.DoesNotContain(item.Code, await commune.GetStringAsync("/Feedback/Manage"), StringComparison.Ordinal);

        var office = await factory.LoginAsync("vanphong");
        var page = await office.GetStringAsync($"/Feedback/Manage/{item.Id}");
        Assert.Contains("handler=Route", page, StringComparison.Ordinal);
        var routed = await PostAsync(office, $"/Feedback/Manage/{item.Id}?handler=Route", page, new() { ["UnitCode"] = "31135", ["Reason"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, routed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await commune.GetAsync($"/Feedback/Manage/{item.Id}")).StatusCode);

        var citizen = await factory.LoginAsync("congdan1");
        Assert.Equal(HttpStatusCode.Redirect, (await citizen.GetAsync("/Feedback/Manage")).StatusCode);
    }

    /// <summary>The page without its anti-forgery tokens and the code typed (which differ from one response to the next).</summary>
    private static string WithoutTokens(string html) => TokenValue().Replace(html, string.Empty).Replace("PAKN-251124-ZZZZZ", "", StringComparison.Ordinal);

    [GeneratedRegex("value=\"[A-Za-z0-9_\\-]{40,}\"|value=\"PAKN-[0-9]{6}-[A-Z0-9]{5}\"")]
    private static partial Regex TokenValue();

    [GeneratedRegex("PAKN-[0-9]{6}-[A-Z0-9]{5}")]
    private static partial Regex CodeInUrl();
}
