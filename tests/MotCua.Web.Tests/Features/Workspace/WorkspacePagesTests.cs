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
}
