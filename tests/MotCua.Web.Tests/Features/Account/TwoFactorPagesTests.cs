using System.Net;
using System.Text.RegularExpressions;
using MotCua.Data;
using MotCua.Testing;
using MotCua.Web.Tests.Features.Portal;
using OtpNet;

namespace MotCua.Web.Tests.Features.Account;

/// <summary>Two-step verification (authenticator codes) for leaders and administrators.</summary>
public sealed partial class TwoFactorPagesTests
{
    [Fact]
    public async Task Administrator_EnrolsWithTheKey_ThenSignInAsksForTheCode()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var admin = await app.LoginAsync("quantri");
        var page = await admin.GetStringAsync("/Account/TwoFactor");
        Assert.Contains("<img src=\"data:image/png;base64,", page, StringComparison.Ordinal);
        var key = KeyPattern().Match(page).Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        Assert.True(key.Length >= 16, key);

        var wrong = await PortalTestKit.PostFormAsync(admin, "/Account/TwoFactor", new() { ["Code"] = "000000" }, "/Account/TwoFactor?handler=Enable");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("Mã không đúng hoặc đã hết hạn.", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var enabled = await PortalTestKit.PostFormAsync(admin, "/Account/TwoFactor", new() { ["Code"] = Code(key) }, "/Account/TwoFactor?handler=Enable");
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var enabledHtml = WebUtility.HtmlDecode(await enabled.Content.ReadAsStringAsync());
        Assert.Contains("Đã bật xác thực hai bước.", enabledHtml, StringComparison.Ordinal);
        var recovery = RecoveryPattern().Matches(enabledHtml).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, recovery.Count);

        // The password alone is no longer enough.
        var client = app.NewClient();
        var login = await PortalTestKit.PostFormAsync(client, "/Account/Login", new() { ["UserName"] = "quantri", ["Password"] = TestDatabase.DemoPassword });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.StartsWith("/Account/LoginTwoFactor", login.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Units")).StatusCode);

        var bad = await PortalTestKit.PostFormAsync(client, "/Account/LoginTwoFactor", new() { ["Code"] = "123456" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var second = await PortalTestKit.PostFormAsync(client, "/Account/LoginTwoFactor", new() { ["Code"] = Code(key) });
        Assert.True(second.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Units")).StatusCode);

        // A recovery code works once instead of the phone.
        var lost = app.NewClient();
        await PortalTestKit.PostFormAsync(lost, "/Account/Login", new() { ["UserName"] = "quantri", ["Password"] = TestDatabase.DemoPassword });
        Assert.Equal(HttpStatusCode.Redirect, (await PortalTestKit.PostFormAsync(lost, "/Account/LoginTwoFactor", new() { ["Code"] = recovery[0] })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lost.GetAsync("/Units")).StatusCode);
    }

    [Fact]
    public async Task Enrolment_CitizensAndSpecialists_AreDenied()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        foreach (var user in new[] { "congdan1", "chuyenvien.stp" })
        {
            var response = await (await app.LoginAsync(user)).GetAsync("/Account/TwoFactor");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/Denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await (await app.LoginAsync("lanhdao.ninhkieu")).GetAsync("/Account/TwoFactor")).StatusCode);
    }

    private static string Code(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();

    [GeneratedRegex("<code class=\"key\" data-key>([a-z0-9 ]+)</code>")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<li><code>([A-Za-z0-9-]+)</code></li>")]
    private static partial Regex RecoveryPattern();
}
