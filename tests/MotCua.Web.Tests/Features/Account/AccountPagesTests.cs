using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Data.Identity;
using MotCua.Domain.Organization;
using MotCua.Testing;
using MotCua.Web.Tests.Features.Portal;

namespace MotCua.Web.Tests.Features.Account;

/// <summary>Citizen registration, sign-in with a phone number, the national e-ID flow (local simulator) and two-step
/// verification for leaders and administrators.</summary>
public sealed partial class AccountPagesTests
{
    [Theory, AllProviders]
    public async Task Register_WithPhone_CreatesACitizenWhoCanSignInWithThePhone(DatabaseProvider provider)
    {
        await using var app = await MotCuaWebFactory.CreateAsync(provider);
        var client = await PortalTestKit.RegisterAsync(app, "+84 912 345 678", "Lê Thị Hoa");
        Assert.Contains("Lê Thị Hoa", await client.GetStringAsync("/Dossiers/Submit/1.001193"), StringComparison.Ordinal);

        await using (var scope = app.Database.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            var user = await users.FindByNameAsync("0912345678");
            Assert.NotNull(user);
            Assert.Equal("0912345678", user.PhoneNumber);
            Assert.Null(user.UnitId);
            Assert.True(await users.IsInRoleAsync(user, Roles.Citizen));
            Assert.False(user.VerifiedByEId);
        }

        var again = app.NewClient();
        var login = await PortalTestKit.PostFormAsync(again, "/Account/Login", new() { ["UserName"] = "0912 345 678", ["Password"] = "Mat-khau-2025" });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/Dossiers")).StatusCode);
    }

    [Fact]
    public async Task Register_BadInput_ShowsVietnameseErrorsTiedToTheFields()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var client = app.NewClient();
        var response = await PortalTestKit.PostFormAsync(client, "/Account/Register", new()
        {
            ["FullName"] = "",
            ["Contact"] = "không phải số",
            ["Password"] = "ngan",
            ["ConfirmPassword"] = "ngan",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<p id=\"FullName-error\" class=\"error\">Vui lòng nhập họ và tên.</p>", html, StringComparison.Ordinal);
        Assert.Contains("Số điện thoại hoặc thư điện tử không hợp lệ", html, StringComparison.Ordinal);
        Assert.Contains("Mật khẩu cần ít nhất 10 ký tự.", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"Password-hint Password-error\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Contact\">", html, StringComparison.Ordinal);

        var mismatch = await PortalTestKit.PostFormAsync(client, "/Account/Register", new()
        {
            ["FullName"] = "Trần Văn Cường",
            ["Contact"] = "cuong@example.vn",
            ["Password"] = "Mat-khau-2025",
            ["ConfirmPassword"] = "Mat-khau-2026",
        });
        Assert.Contains("Hai lần nhập mật khẩu không khớp.", WebUtility.HtmlDecode(await mismatch.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        await PortalTestKit.RegisterAsync(app, "Cuong@Example.vn");
        var taken = await PortalTestKit.PostFormAsync(app.NewClient(), "/Account/Register", new()
        {
            ["FullName"] = "Trần Văn Cường",
            ["Contact"] = "cuong@example.vn",
            ["Password"] = "Mat-khau-2025",
            ["ConfirmPassword"] = "Mat-khau-2025",
        });
        Assert.Contains("Số điện thoại hoặc thư điện tử này đã được đăng ký.", WebUtility.HtmlDecode(await taken.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory, AllProviders]
    public async Task EId_LocalConsent_SignsInAVerifiedCitizenWhoseDossiersAreMarkedVerified(DatabaseProvider provider)
    {
        await using var app = await MotCuaWebFactory.CreateAsync(provider);
        var client = app.NewClient();
        await SignInWithEIdAsync(client, "Phạm Minh Khoa", "092095001122");

        var form = WebUtility.HtmlDecode(await client.GetStringAsync("/Dossiers/Submit/1.001193"));
        Assert.Contains("Họ tên và số định danh đã được xác thực qua VNeID.", form, StringComparison.Ordinal);
        Assert.Matches("id=\"FullName\" name=\"FullName\" value=\"Phạm Minh Khoa\"[^>]*readonly=\"readonly\"", form);

        // The verified name wins over whatever the form posts.
        var id = PortalTestKit.SubmittedId(await PortalTestKit.SubmitBirthRegistrationAsync(client, fields: new() { ["FullName"] = "Người Khác", ["IdNumber"] = "" }));
        var applicant = await PortalTestKit.QueryAsync(app.Database, db => db.DossierApplicants.AsNoTracking().SingleAsync(a => a.DossierId == id));
        Assert.True(applicant.VerifiedByEId);
        Assert.Equal("Phạm Minh Khoa", applicant.FullName);
        Assert.Equal("092095001122", applicant.IdNumber);

        // A second e-ID sign-in with the same number finds the same account.
        var later = app.NewClient();
        await SignInWithEIdAsync(later, "Phạm Minh Khoa", "092095001122");
        Assert.Contains(id.ToString(), await later.GetStringAsync("/Dossiers"), StringComparison.Ordinal);
        Assert.Equal(1, await PortalTestKit.QueryAsync(app.Database, db => db.Users.CountAsync(u => u.IdNumber == "092095001122")));
    }

    [Fact]
    public async Task EId_ForgedStateOrCodeOrRefusal_SignsNobodyIn()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var client = app.NewClient();
        var start = await client.GetAsync("/Account/EId");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var consent = start.Headers.Location!.ToString();
        Assert.StartsWith("/Account/EId/Local?state=", consent, StringComparison.Ordinal);

        // A code minted for another browser's state does not work here.
        var attacker = app.NewClient();
        var attackerStart = await attacker.GetAsync("/Account/EId");
        var issued = await PortalTestKit.PostFormAsync(attacker, attackerStart.Headers.Location!.ToString(),
            new() { ["FullName"] = "Kẻ Gian", ["IdNumber"] = "092000000001" }, attackerStart.Headers.Location!.ToString() + "&handler=Consent");
        var callback = issued.Headers.Location!.ToString();
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(callback)).StatusCode);

        var forged = Regex.Replace(callback, "code=[^&]+", "code=forged");
        Assert.Equal(HttpStatusCode.BadRequest, (await attacker.GetAsync(forged)).StatusCode);

        var refuse = await PortalTestKit.PostFormAsync(client, consent, [], consent + "&handler=Refuse");
        var refused = await client.GetAsync(refuse.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Bạn đã không đồng ý chia sẻ thông tin", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Dossiers")).StatusCode);

        var badId = await PortalTestKit.PostFormAsync(client, consent, new() { ["FullName"] = "A", ["IdNumber"] = "123" }, consent + "&handler=Consent");
        Assert.Equal(HttpStatusCode.BadRequest, badId.StatusCode);
        Assert.Contains("<p id=\"IdNumber-error\" class=\"error\">Số định danh cá nhân gồm đúng 12 chữ số.</p>", WebUtility.HtmlDecode(await badId.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EId_ProviderNone_OffersNoSimulator()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var production = app.WithWebHostBuilder(builder => builder.UseSetting("MotCua:NationalId:Provider", "none"));
        var client = production.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Account/EId")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Account/EId/Local?state=x")).StatusCode);
        Assert.DoesNotContain("/Account/EId", await client.GetStringAsync("/Account/Login"), StringComparison.Ordinal);
    }

    /// <summary>Runs the whole redirect/consent/callback flow of the local simulator in <paramref name="client"/>.</summary>
    internal static async Task SignInWithEIdAsync(HttpClient client, string name, string idNumber)
    {
        var start = await client.GetAsync("/Account/EId");
        var consent = start.Headers.Location!.ToString();
        var consented = await PortalTestKit.PostFormAsync(client, consent, new() { ["FullName"] = name, ["IdNumber"] = idNumber }, consent + "&handler=Consent");
        Assert.Equal(HttpStatusCode.Redirect, consented.StatusCode);
        var callback = await client.GetAsync(consented.Headers.Location!.ToString());
        Assert.True(callback.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await callback.Content.ReadAsStringAsync()));
        Assert.Equal("/Dossiers", callback.Headers.Location!.ToString());
    }
}
