using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Testing;
using MotCua.Web.Features.Procedures.Catalog;
using NodaTime;

namespace MotCua.Web.Tests.Features.Procedures;

public sealed class ManageProceduresTests
{
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, List<KeyValuePair<string, string>> fields) =>
        await client.PostAsync(url, new FormUrlEncodedContent(fields));

    [Fact]
    public async Task ManagePages_AnonymousOrSpecialist_AreRefused()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var anonymous = await factory.NewClient().GetAsync("/Procedures/Manage");
        Assert.StartsWith("/Account/Login", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var specialist = await factory.LoginAsync("chuyenvien.stp");
        var denied = await specialist.GetAsync("/Procedures/Manage/Edit/1.001193");
        Assert.StartsWith("/Account/Denied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory, AllProviders]
    public async Task Administrator_PublishesANewVersion_AndTheOldOneStaysRetrievableByDate(DatabaseProvider provider)
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(provider);
        var client = await factory.LoginAsync("quantri");
        var page = await client.GetStringAsync("/Procedures/Manage/Edit/1.004873");
        var fields = HtmlForm.Fields(page);
        HtmlForm.Set(fields, "Form.Fees[0].Amount", "5000");
        HtmlForm.Set(fields, "Form.Publication.Decision", "25/QĐ-UBND");
        HtmlForm.Set(fields, "Form.Publication.Date", "2026-01-02");
        HtmlForm.Set(fields, "Form.Publication.EffectiveFrom", "2026-01-05");

        var response = await PostAsync(client, "/Procedures/Manage/Edit/1.004873", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Procedures/Manage/History/1.004873?published=true", response.Headers.Location!.OriginalString);

        var history = await client.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Đã công bố phiên bản mới.", history, StringComparison.Ordinal);
        Assert.Contains("<ins>Lệ phí cấp Giấy xác nhận tình trạng hôn nhân: 5.000 đồng", history, StringComparison.Ordinal);
        Assert.Contains("Người công bố: quantri", history, StringComparison.Ordinal);

        await using var scope = factory.Database.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<ProcedureCatalog>();
        var before = await catalog.FindAsync("1.004873", new LocalDate(2026, 1, 4), CancellationToken.None);
        var after = await catalog.FindAsync("1.004873", new LocalDate(2026, 1, 5), CancellationToken.None);
        Assert.Equal((1, 3000L), (before!.Number, before.Content.Fees[0].Amount));
        Assert.Equal((2, 5000L), (after!.Number, after.Content.Fees[0].Amount));
        Assert.Equal(before.Content.Steps, after.Content.Steps);
    }

    [Fact]
    public async Task Edit_SharesThatDoNotAddUp_IsRefusedWithTheReason()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var client = await factory.LoginAsync("quantri");
        var page = await client.GetStringAsync("/Procedures/Manage/Edit/1.004873");
        var fields = HtmlForm.Fields(page);
        HtmlForm.Set(fields, "Form.Steps[1].Share.Amount", "3");
        HtmlForm.Set(fields, "Form.Steps[2].Role", "");
        HtmlForm.Set(fields, "Form.Publication.Decision", "26/QĐ-UBND");

        var response = await PostAsync(client, "/Procedures/Manage/Edit/1.004873", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("tổng thời gian các bước", html, StringComparison.Ordinal);
        Assert.Contains("chưa có người thực hiện", html, StringComparison.Ordinal);

        await using var scope = factory.Database.Services.CreateAsyncScope();
        Assert.Single(await scope.ServiceProvider.GetRequiredService<ProcedureCatalog>().HistoryAsync("1.004873", CancellationToken.None));
    }

    [Fact]
    public async Task Edit_NothingChanged_CreatesNoVersion()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var client = await factory.LoginAsync("quantri");
        var page = await client.GetStringAsync("/Procedures/Manage/Edit/1.001193");
        var fields = HtmlForm.Fields(page);
        foreach (var (name, value) in new[] { ("Form.Publication.Decision", "Demo-01/QĐ-UBND"), ("Form.Publication.Date", "2025-07-01"), ("Form.Publication.EffectiveFrom", "2025-07-01"), ("Form.Publication.PublicOn", "2025-07-04") })
        {
            HtmlForm.Set(fields, name, value);
        }

        var response = await PostAsync(client, "/Procedures/Manage/Edit/1.001193", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Không có thay đổi nào", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnitLeader_EditsOnlyTheUnitsProcedures()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        Assert.True((await CatalogFiles.ImportAsync(factory.Database, $"[{CatalogFiles.Procedure()}]")).Succeeded);
        var leader = await factory.LoginAsync("giamdoc.stp");
        var list = await leader.GetStringAsync("/Procedures/Manage");
        Assert.Contains("href=\"/Procedures/Manage/Edit/9.000001\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Procedures/Manage/Edit/1.004222\"", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync("/Procedures/Manage/Edit/9.000001")).StatusCode);
        var other = await leader.GetAsync("/Procedures/Manage/Edit/1.004222");
        Assert.StartsWith("/Account/Denied", other.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_CreatesAProcedure()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var client = await factory.LoginAsync("quantri");
        var page = await client.GetStringAsync("/Procedures/Manage/Edit");
        var fields = HtmlForm.Fields(page);
        foreach (var (name, value) in new[]
                 {
                     ("Form.Code", "9.100001"), ("Form.Name", "Cấp giấy phép thử nghiệm"), ("Form.Field", "Thử nghiệm"), ("Form.AgencyCode", "92.SXD"),
                     ("Form.ProcessingTime.Amount", "2"), ("Form.Fees[0].Name", "Lệ phí"), ("Form.Fees[0].Amount", "0"),
                     ("Form.Components[0].Name", "Đơn đề nghị"), ("Form.LegalBasis[0].Code", "50/2014/QH13"),
                     ("Form.Steps[0].Order", "1"), ("Form.Steps[0].Name", "Giải quyết"), ("Form.Steps[0].Role", "specialist"), ("Form.Steps[0].Share.Amount", "2"),
                     ("Form.Publication.Decision", "1/QĐ-SXD"),
                 })
        {
            HtmlForm.Set(fields, name, value);
        }

        var response = await PostAsync(client, "/Procedures/Manage/Edit", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await factory.NewClient().GetStringAsync("/Procedures/9.100001");
        Assert.Contains("Cấp giấy phép thử nghiệm", html, StringComparison.Ordinal);
        Assert.Contains("Sở Xây dựng", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManageList_DownloadsTheCatalogAsXlsx()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var client = await factory.LoginAsync("quantri");
        var response = await client.GetAsync("/Procedures/Manage?handler=Xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
    }
}
