using System.Net;
using MotCua.Data;
using MotCua.Testing;

namespace MotCua.Web.Tests.Features.Portal;

/// <summary>"My documents": upload on its own, list and download own documents; nobody else's.</summary>
public sealed class DocumentsPageTests
{
    [Fact]
    public async Task Upload_ListsAndDownloadsOwnDocument_AnotherCitizenGets404()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var citizen = await app.LoginAsync("congdan1");
        var added = await PortalTestKit.PostMultipartAsync(citizen, "/Dossiers/Documents", new() { ["Title"] = "Căn cước công dân" }, new() { ["file"] = ("cccd.pdf", PortalTestKit.Pdf("cccd")) });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var html = WebUtility.HtmlDecode(await citizen.GetStringAsync("/Dossiers/Documents?added=true"));
        Assert.Contains("Đã thêm giấy tờ.", html, StringComparison.Ordinal);
        Assert.Contains("Căn cước công dân", html, StringComparison.Ordinal);
        var id = (await PortalTestKit.QueryAsync(app.Database, db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.CitizenDocuments))).Id.ToString("N");
        var download = await citizen.GetAsync($"/Dossiers/Documents?handler=File&id={id}");
        Assert.Equal(PortalTestKit.Pdf("cccd"), await download.Content.ReadAsByteArrayAsync());

        var other = await app.LoginAsync("congdan2");
        Assert.DoesNotContain("Căn cước công dân", await other.GetStringAsync("/Dossiers/Documents"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Dossiers/Documents?handler=File&id={id}")).StatusCode);
    }

    [Fact]
    public async Task Upload_WrongTypeOrNoTitle_IsRefusedWithErrorsOnTheFields()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var citizen = await app.LoginAsync("congdan1");
        var response = await PortalTestKit.PostMultipartAsync(citizen, "/Dossiers/Documents", new() { ["Title"] = "" }, new() { ["file"] = ("virus.pdf", PortalTestKit.Program) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<p id=\"Title-error\" class=\"error\">Vui lòng nhập tên giấy tờ", html, StringComparison.Ordinal);

        response = await PortalTestKit.PostMultipartAsync(citizen, "/Dossiers/Documents", new() { ["Title"] = "CCCD" }, new() { ["file"] = ("virus.pdf", PortalTestKit.Program) });
        html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<p id=\"File-error\" class=\"error\">Tệp \"virus.pdf\" không phải PDF", html, StringComparison.Ordinal);
        Assert.Matches("name=\"file\"[^>]*aria-invalid=\"true\" aria-describedby=\"File-hint File-error\"", html);
        Assert.Empty(PortalTestKit.StoredFiles(app.Database));
    }
}
