using System.Net;
using MotCua.Data;
using MotCua.Testing;
using NodaTime;

namespace MotCua.Web.Tests.Features.Portal;

/// <summary>The public lookup page: status and timeline without personal data, the QR link's prefill, and the
/// throttling of repeated wrong attempts.</summary>
public sealed class LookupPageTests
{
    [Theory, AllProviders]
    public async Task Lookup_CodeAndPhone_ShowsStatusAndTimelineWithoutPersonalData(DatabaseProvider provider)
    {
        await using var app = await MotCuaWebFactory.CreateAsync(provider);
        var citizen = await app.LoginAsync("congdan1");
        var id = PortalTestKit.SubmittedId(await PortalTestKit.SubmitBirthRegistrationAsync(citizen));
        await PortalTestKit.ReceiveAsync(app.Database, id);
        var code = (await PortalTestKit.DossierAsync(app.Database, id)).Code;

        var visitor = app.NewClient();
        var prefilled = await visitor.GetStringAsync($"/Lookup?code={code}");
        Assert.Contains($"value=\"{code}\"", prefilled, StringComparison.Ordinal);

        var response = await PortalTestKit.PostFormAsync(visitor, "/Lookup", new() { ["Code"] = code, ["Key"] = "0912 345 678" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"Hồ sơ {code}", html, StringComparison.Ordinal);
        Assert.Contains("Đăng ký khai sinh", html, StringComparison.Ordinal);
        Assert.Contains("Đang xử lý", html, StringComparison.Ordinal);
        Assert.Contains("Tiếp nhận hồ sơ trực tuyến", html, StringComparison.Ordinal);
        foreach (var secret in new[] { "Nguyễn Văn An", "092080001234", "0912345678", "an@example.vn", "Huỳnh Văn Phúc" })
        {
            Assert.DoesNotContain(secret, html, StringComparison.Ordinal);
        }

        var byId = await PortalTestKit.PostFormAsync(visitor, "/Lookup", new() { ["Code"] = code, ["Key"] = "092080001234" });
        Assert.Equal(HttpStatusCode.OK, byId.StatusCode);

        // Someone else's phone or ID number finds nothing, as does the right phone with another code.
        foreach (var (tryCode, key) in new[] { (code, "0999 999 999"), (code, "092080009999"), (code[..^1] + (code[^1] == '9' ? "8" : "9"), "0912 345 678") })
        {
            var wrong = await PortalTestKit.PostFormAsync(visitor, "/Lookup", new() { ["Code"] = tryCode, ["Key"] = key });
            Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        }
    }

    [Fact]
    public async Task Lookup_RepeatedWrongAttempts_AreRefusedUntilTheWindowEnds()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var citizen = await app.LoginAsync("congdan1");
        var id = PortalTestKit.SubmittedId(await PortalTestKit.SubmitBirthRegistrationAsync(citizen));
        var code = (await PortalTestKit.DossierAsync(app.Database, id)).Code;
        var visitor = app.NewClient();

        var empty = await PortalTestKit.PostFormAsync(visitor, "/Lookup", new() { ["Code"] = "", ["Key"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("<p id=\"Code-error\" class=\"error\">Vui lòng nhập mã hồ sơ.</p>", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        for (var i = 0; i < 5; i++)
        {
            var wrong = await PortalTestKit.PostFormAsync(visitor, "/Lookup", new() { ["Code"] = code, ["Key"] = $"09000000{i:00}" });
            Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
            Assert.Contains("Không tìm thấy hồ sơ với mã và thông tin đã nhập.", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        var blocked = await PortalTestKit.PostFormAsync(visitor, "/Lookup", new() { ["Code"] = code, ["Key"] = "0912345678" });
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.Contains("Bạn đã nhập sai nhiều lần.", WebUtility.HtmlDecode(await blocked.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        app.Database.Clock.Advance(Duration.FromMinutes(16));
        var again = await PortalTestKit.PostFormAsync(visitor, "/Lookup", new() { ["Code"] = code, ["Key"] = "0912345678" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }
}
