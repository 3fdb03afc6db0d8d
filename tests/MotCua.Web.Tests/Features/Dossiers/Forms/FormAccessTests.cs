using System.Net;
using MotCua.Data;
using MotCua.Testing;

namespace MotCua.Web.Tests.Features.Dossiers.Forms;

/// <summary>Forms are staff pages limited to the officer's scope: another commune's officer gets 404 (the dossier
/// does not exist for her), the public is sent to the login page, a citizen is denied.</summary>
public sealed class FormAccessTests
{
    private static string[] Urls(Guid id) =>
    [
        $"/Workspace/Dossiers/{id}/Forms",
        $"/Workspace/Dossiers/{id}/Forms/receipt",
        $"/Workspace/Dossiers/{id}/Forms/receipt.pdf",
        $"/Workspace/Dossiers/{id}/Forms/control-slip?format=pdf",
        "/Workspace/Units/31135/Register",
        "/Workspace/Units/31135/Register?format=pdf",
    ];

    [Theory, AllProviders]
    public async Task Forms_AnotherCommunesOfficer_GetsNotFound(DatabaseProvider provider)
    {
        await using var app = await FormTestKit.AppAsync(provider);
        var d = await TestDossiers.ReceiveAsync(app.Database);
        var vithanh = await app.LoginAsync("motcua.vithanh");
        var department = await app.LoginAsync("chuyenvien.stp");
        foreach (var url in Urls(d.Id))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await vithanh.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await department.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task Forms_OwnUnitAndProvinceLeader_MayOpenThem()
    {
        await using var app = await FormTestKit.AppAsync(DatabaseProvider.Sqlite);
        var d = await TestDossiers.ReceiveAsync(app.Database);
        foreach (var user in (string[])["motcua.ninhkieu", "chuyenvien.ninhkieu", "lanhdao"])
        {
            var client = await app.LoginAsync(user);
            foreach (var url in Urls(d.Id))
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
            }
        }
    }

    [Fact]
    public async Task Forms_AnonymousOrCitizen_NeverSeeThem()
    {
        await using var app = await FormTestKit.AppAsync(DatabaseProvider.Sqlite);
        var d = await TestDossiers.ReceiveAsync(app.Database);
        var anonymous = app.NewClient();
        var citizen = await app.LoginAsync("congdan1");
        foreach (var url in Urls(d.Id))
        {
            var response = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
            var denied = await citizen.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.StartsWith("/Account/Denied", denied.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }
    }
}
