using System.Net;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain.EventLog;
using MotCua.Testing;
using MotCua.Web.Features.Dossiers.Actions;
using MotCua.Web.Tests.Features.Dossiers;

namespace MotCua.Web.Tests.Features.Portal;

/// <summary>"My dossiers" and a dossier's page: the live timeline, answering a supplement request, withdrawing and
/// downloading the electronic result; only the owner (someone else's dossier is 404).</summary>
public sealed class DossierPagesTests
{
    [Fact]
    public async Task MyDossiers_ShowsOnlyOwnDossiers_AndAnotherCitizensDossierIs404()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var an = await app.LoginAsync("congdan1");
        var binh = await app.LoginAsync("congdan2");
        var id = PortalTestKit.SubmittedId(await PortalTestKit.SubmitBirthRegistrationAsync(an));
        var code = (await PortalTestKit.DossierAsync(app.Database, id)).Code;

        Assert.Contains(code, await an.GetStringAsync("/Dossiers"), StringComparison.Ordinal);
        Assert.DoesNotContain(code, await binh.GetStringAsync("/Dossiers"), StringComparison.Ordinal);
        foreach (var url in new[] { $"/Dossiers/{id}", $"/Dossiers/{id}?handler=Timeline", $"/Dossiers/{id}?handler=Result&file=0", $"/Dossiers/Submitted/{id}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await binh.GetAsync(url)).StatusCode);
        }

        var withdraw = await PortalTestKit.PostFormAsync(binh, "/Dossiers", new() { ["Reason"] = "Thử" }, $"/Dossiers/{id}?handler=Withdraw");
        Assert.Equal(HttpStatusCode.NotFound, withdraw.StatusCode);
        Assert.Equal(DossierStatus.Submitted, (await PortalTestKit.DossierAsync(app.Database, id)).Status);
    }

    [Theory, AllProviders]
    public async Task DossierPage_AfterReceipt_ShowsTheStepUnitAndDueTimeButNoOfficer(DatabaseProvider provider)
    {
        await using var app = await MotCuaWebFactory.CreateAsync(provider);
        var citizen = await app.LoginAsync("congdan1");
        var id = PortalTestKit.SubmittedId(await PortalTestKit.SubmitBirthRegistrationAsync(citizen));
        var waiting = WebUtility.HtmlDecode(await citizen.GetStringAsync($"/Dossiers/{id}"));
        Assert.Contains("Mới đăng ký", waiting, StringComparison.Ordinal);
        Assert.Contains("Nộp hồ sơ trực tuyến", waiting, StringComparison.Ordinal);

        await PortalTestKit.ReceiveAsync(app.Database, id);
        var html = WebUtility.HtmlDecode(await citizen.GetStringAsync($"/Dossiers/{id}"));
        var dossier = await PortalTestKit.DossierAsync(app.Database, id);
        Assert.Contains("Đang xử lý", html, StringComparison.Ordinal);
        Assert.Contains("<dd>Phường Ninh Kiều</dd>", html, StringComparison.Ordinal);
        Assert.Contains("1/3: Tiếp nhận, kiểm tra hồ sơ", html, StringComparison.Ordinal);
        Assert.Contains(MotCua.Web.Features.Portal.PortalFormat.Time(dossier.DueAt), html, StringComparison.Ordinal);
        Assert.Contains("Tiếp nhận hồ sơ trực tuyến", html, StringComparison.Ordinal);
        Assert.Contains("Thời gian còn lại", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Huỳnh Văn Phúc", html, StringComparison.Ordinal);
        Assert.Contains($"hx-get=\"/Dossiers/{id}?handler=Timeline\" hx-trigger=\"every 30s\"", html, StringComparison.Ordinal);

        var partial = await citizen.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/Dossiers/{id}?handler=Timeline") { Headers = { { "HX-Request", "true" } } });
        var fragment = await partial.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, partial.StatusCode);
        Assert.DoesNotContain("<html", fragment, StringComparison.Ordinal);
        Assert.StartsWith("<section id=\"live\"", fragment.TrimStart(), StringComparison.Ordinal);
    }

    [Theory, AllProviders]
    public async Task Supplement_AnsweredOnline_ResumesTheDossierWithTheNewPapers(DatabaseProvider provider)
    {
        await using var app = await MotCuaWebFactory.CreateAsync(provider);
        var citizen = await app.LoginAsync("congdan1");
        var id = PortalTestKit.SubmittedId(await PortalTestKit.SubmitBirthRegistrationAsync(citizen));
        await PortalTestKit.ReceiveAsync(app.Database, id);
        Assert.Equal(ActionStatus.Done, (await DossierTestKit.ActAsync(app.Database, "lanhdao.ninhkieu", id, new DossierAction.CompleteStep())).Status);
        var asked = await DossierTestKit.ActAsync(app.Database, "chuyenvien.ninhkieu", id,
            new DossierAction.RequestSupplement(["Bản sao giấy chứng nhận kết hôn của cha mẹ"], "Giấy chứng sinh ghi tên mẹ khác tờ khai"));
        Assert.True(asked.Status == ActionStatus.Done, asked.Message);

        var page = WebUtility.HtmlDecode(await citizen.GetStringAsync($"/Dossiers/{id}"));
        Assert.Contains("Cơ quan yêu cầu bổ sung hồ sơ (lần 1)", page, StringComparison.Ordinal);
        Assert.Contains("Lý do: Giấy chứng sinh ghi tên mẹ khác tờ khai", page, StringComparison.Ordinal);
        Assert.Contains("1. Bản sao giấy chứng nhận kết hôn của cha mẹ", page, StringComparison.Ordinal);
        Assert.Contains("Tạm dừng tính thời gian", page, StringComparison.Ordinal);

        var empty = await PortalTestKit.PostMultipartAsync(citizen, $"/Dossiers/{id}", [], [], $"/Dossiers/{id}?handler=Supplement");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Vui lòng tải lên ít nhất một giấy tờ bổ sung.", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var other = await app.LoginAsync("congdan2");
        var stranger = await PortalTestKit.PostMultipartAsync(other, "/Dossiers", [], new() { ["File0"] = ("kh.pdf", PortalTestKit.Pdf()) }, $"/Dossiers/{id}?handler=Supplement");
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);

        var filesBefore = PortalTestKit.StoredFiles(app.Database).Count;
        var answered = await PortalTestKit.PostMultipartAsync(citizen, $"/Dossiers/{id}", [], new() { ["File0"] = ("ket-hon.pdf", PortalTestKit.Pdf("ket hon")) }, $"/Dossiers/{id}?handler=Supplement");
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal($"/Dossiers/{id}?done=supplement", answered.Headers.Location!.ToString());
        Assert.Equal(filesBefore + 1, PortalTestKit.StoredFiles(app.Database).Count);

        var dossier = await PortalTestKit.DossierAsync(app.Database, id);
        Assert.Equal(DossierStatus.Processing, dossier.Status);
        Assert.Null(dossier.PausedAt);
        var completed = await PortalTestKit.QueryAsync(app.Database, db => db.EventLog.AsNoTracking()
            .SingleAsync(e => e.StreamKind == StreamKind.Dossier && e.StreamId == id && e.Type == nameof(SupplementCompleted)));
        var component = Assert.Single(((SupplementCompleted)DossierEventCodec.Deserialize(completed.Type, completed.Data)).Components);
        Assert.Equal("BS1.1", component.Code);
        Assert.Equal("ket-hon.pdf", Assert.Single(component.Files).Name);
        Assert.Contains("Công dân đã bổ sung hồ sơ", WebUtility.HtmlDecode(await citizen.GetStringAsync($"/Dossiers/{id}?done=supplement")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdraw_NeedsAReason_ThenClosesTheDossier()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var citizen = await app.LoginAsync("congdan1");
        var id = PortalTestKit.SubmittedId(await PortalTestKit.SubmitBirthRegistrationAsync(citizen));

        var missing = await PortalTestKit.PostFormAsync(citizen, $"/Dossiers/{id}", new() { ["Reason"] = "  " }, $"/Dossiers/{id}?handler=Withdraw");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var html = WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync());
        Assert.Contains("<p id=\"Reason-error\" class=\"error\">Vui lòng ghi lý do rút hồ sơ.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<details class=\"withdraw\" open=\"open\">", html, StringComparison.Ordinal);

        var done = await PortalTestKit.PostFormAsync(citizen, $"/Dossiers/{id}", new() { ["Reason"] = "Nộp nhầm thủ tục" }, $"/Dossiers/{id}?handler=Withdraw");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(DossierStatus.Withdrawn, (await PortalTestKit.DossierAsync(app.Database, id)).Status);
        var page = WebUtility.HtmlDecode(await citizen.GetStringAsync($"/Dossiers/{id}"));
        Assert.Contains("Lý do: Nộp nhầm thủ tục", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<summary>Rút hồ sơ</summary>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("hx-trigger", page, StringComparison.Ordinal);
    }

    [Theory, AllProviders]
    public async Task ElectronicResult_OwnerDownloadsIt_AndFindsItInMyDocuments(DatabaseProvider provider)
    {
        await using var app = await MotCuaWebFactory.CreateAsync(provider);
        var citizen = await app.LoginAsync("congdan1");
        var id = PortalTestKit.SubmittedId(await PortalTestKit.SubmitBirthRegistrationAsync(citizen));
        await PortalTestKit.FinishWithElectronicResultAsync(app.Database, id);

        var page = WebUtility.HtmlDecode(await citizen.GetStringAsync($"/Dossiers/{id}"));
        Assert.Contains("Tải về trich-luc-khai-sinh.pdf", page, StringComparison.Ordinal);
        var download = await citizen.GetAsync($"/Dossiers/{id}?handler=Result&file=0");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(PortalTestKit.Pdf("trich luc khai sinh"), await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/Dossiers/{id}?handler=Result&file=1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync("congdan2")).GetAsync($"/Dossiers/{id}?handler=Result&file=0")).StatusCode);

        var documents = WebUtility.HtmlDecode(await citizen.GetStringAsync("/Dossiers/Documents"));
        Assert.Contains("Kết quả điện tử", documents, StringComparison.Ordinal);
        Assert.Contains("trich-luc-khai-sinh.pdf", documents, StringComparison.Ordinal);
        var form = WebUtility.HtmlDecode(await citizen.GetStringAsync("/Dossiers/Submit/" + DossierTestKit.BirthRegistration));
        Assert.Contains($"<option value=\"r-{id:N}-0\">Đăng ký khai sinh — trich-luc-khai-sinh.pdf", form, StringComparison.Ordinal);
    }
}
