using System.Net;
using MotCua.Data;
using MotCua.Testing;
using MotCua.Web.Tests.Features.Dossiers;

namespace MotCua.Web.Tests.Features.Workspace;

public sealed class WorkspacePagesTests
{
    [Theory, AllProviders]
    public async Task DossierPage_OtherCommuneOfficer_Gets404(DatabaseProvider provider)
    {
        await using var app = await MotCuaWebFactory.CreateAsync(provider);
        var d = await DossierTestKit.ReceiveAtNinhKieuAsync(app.Database);
        var own = await app.LoginAsync("motcua.ninhkieu");
        var page = await own.GetStringAsync($"/Workspace/Dossiers/{d.Id}");
        Assert.Contains(d.Code, page, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Văn An", page, StringComparison.Ordinal);

        var other = await app.LoginAsync("motcua.vithanh");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Workspace/Dossiers/{d.Id}")).StatusCode);
        var token = MotCuaWebFactory.AntiforgeryToken(await other.GetStringAsync("/Workspace"));
        var post = await other.PostAsync($"/Workspace/Dossiers/{d.Id}?handler=Act", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["action"] = "withdraw",
            ["reason"] = "thử",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task WorkspacePages_NeedAStaffAccount()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var anonymous = app.NewClient();
        foreach (var path in new[] { "/Workspace", "/Workspace/Intake", $"/Workspace/Dossiers/{Guid.NewGuid()}" })
        {
            var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        var citizen = await app.LoginAsync("congdan1");
        Assert.StartsWith("/Account/Denied", (await citizen.GetAsync("/Workspace")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        // A specialist may not do counter intake.
        var specialist = await app.LoginAsync("chuyenvien.ninhkieu");
        Assert.StartsWith("/Account/Denied", (await specialist.GetAsync("/Workspace/Intake")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory, AllProviders]
    public async Task Queue_ShowsTheUnitsDossiers_WithCounts(DatabaseProvider provider)
    {
        await using var app = await MotCuaWebFactory.CreateAsync(provider);
        var d = await DossierTestKit.ReceiveAtNinhKieuAsync(app.Database);
        var specialist = await app.LoginAsync("chuyenvien.ninhkieu");
        var html = await specialist.GetStringAsync("/Workspace?queue=Unit");
        Assert.Contains(d.Code, html, StringComparison.Ordinal);
        var other = await app.LoginAsync("motcua.vithanh");
        Assert.DoesNotContain(d.Code, await other.GetStringAsync("/Workspace?queue=Unit"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DossierPage_ActionWithoutReason_IsRefusedInVietnamese_AndNothingChanges()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var d = await DossierTestKit.ReceiveAtNinhKieuAsync(app.Database);
        var specialist = await app.LoginAsync("chuyenvien.ninhkieu");
        var token = MotCuaWebFactory.AntiforgeryToken(await specialist.GetStringAsync($"/Workspace/Dossiers/{d.Id}"));
        var response = await specialist.PostAsync($"/Workspace/Dossiers/{d.Id}?handler=Act", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["action"] = "stop",
            ["reason"] = " ",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Cần ghi rõ lý do.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = app.Database.NewContext();
        Assert.Equal(Domain.Dossiers.DossierStatus.Processing, db.Dossiers.Single(x => x.Id == d.Id).Status);
    }

    [Fact]
    public async Task Intake_DigitizedScanAndNationalStorePaper_AreRecorded()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var counter = await app.LoginAsync("motcua.ninhkieu");
        var form = await counter.GetStringAsync("/Workspace/Intake?code=1.001193");
        var content = new MultipartFormDataContent
        {
            { new StringContent(MotCuaWebFactory.AntiforgeryToken(form)), "__RequestVerificationToken" },
            { new StringContent("counter"), "Channel" },
            { new StringContent("31135"), "Commune" },
            { new StringContent("Nguyễn Văn An"), "Applicant.FullName" },
            { new StringContent("092080001234"), "Applicant.IdNumber" },
            { new StringContent("0912345678"), "Applicant.Phone" },
            { new StringContent("0"), "Received" },
            { new StringContent("0"), "Digitized" },
        };
        var scan = new ByteArrayContent("%PDF-1.4 tờ khai\n%%EOF"u8.ToArray());
        scan.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        content.Add(scan, "scan0", "to-khai.pdf");
        // Every other component of the procedure is taken from the national store (the applicant's birth record).
        var components = System.Text.RegularExpressions.Regex.Matches(form, "name=\"Received\" value=\"(\\d+)\"").Select(m => m.Groups[1].Value).Skip(1);
        foreach (var index in components)
        {
            content.Add(new StringContent(index), "Received");
        }

        var response = await counter.PostAsync("/Workspace/Intake?code=1.001193", content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.Database.NewContext();
        var dossier = db.Dossiers.Single();
        Assert.True(dossier.HasDigitizedComponent);
        var page = await counter.GetStringAsync(response.Headers.Location!.ToString());
        Assert.Contains("đã ký số bởi Huỳnh Văn Phúc, chữ ký hợp lệ", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Intake_PaperNotInTheNationalStore_IsRefusedWithItsName()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var counter = await app.LoginAsync("motcua.ninhkieu");
        var form = await counter.GetStringAsync("/Workspace/Intake?code=1.001193");
        var response = await counter.PostAsync("/Workspace/Intake?code=1.001193", new FormUrlEncodedContent(new[]
        {
            KeyValuePair.Create("__RequestVerificationToken", MotCuaWebFactory.AntiforgeryToken(form)),
            KeyValuePair.Create("Channel", "counter"),
            KeyValuePair.Create("Applicant.FullName", "Lê Văn Không"),
            KeyValuePair.Create("Applicant.IdNumber", "092099999999"),
            KeyValuePair.Create("Applicant.Phone", "0912345678"),
            KeyValuePair.Create("FromNationalStore", "0"),
        }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Kho dữ liệu quốc gia không có giấy tờ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
