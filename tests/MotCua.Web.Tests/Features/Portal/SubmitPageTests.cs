using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain.EventLog;
using MotCua.Testing;
using MotCua.Web.Infrastructure.Files;
using MotCua.Web.Tests.Features.Dossiers;

namespace MotCua.Web.Tests.Features.Portal;

/// <summary>The online submission form: who may use it, what it shows, and that a submission is all or nothing
/// (no dossier, no document row and no file when anything fails).</summary>
public sealed class SubmitPageTests
{
    private const string FormUrl = "/Dossiers/Submit/" + DossierTestKit.BirthRegistration;

    [Fact]
    public async Task Form_Anonymous_RedirectsToSignIn()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var response = await app.NewClient().GetAsync(FormUrl);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CitizenPages_Staff_AreDenied()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var officer = await app.LoginAsync("motcua.ninhkieu");
        foreach (var url in new[] { FormUrl, "/Dossiers", "/Dossiers/Documents", $"/Dossiers/{Guid.NewGuid()}" })
        {
            var response = await officer.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/Denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Form_Citizen_IsBuiltFromTheComponentsWithPrefillAndCommunes()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var citizen = await app.LoginAsync("congdan1");
        var html = await citizen.GetStringAsync(FormUrl);
        Assert.Contains("<h1>Nộp hồ sơ trực tuyến</h1>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Nguyễn Văn An\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"0900000001\"", html, StringComparison.Ordinal);
        Assert.Contains("1. Tờ khai đăng ký khai sinh <span class=\"required\">(bắt buộc)</span>", html, StringComparison.Ordinal);
        Assert.Contains("3. Văn bản ủy quyền (trường hợp ủy quyền đăng ký khai sinh) <span class=\"meta\">(nếu có)</span>", html, StringComparison.Ordinal);
        Assert.Contains("mẫu Tờ khai đăng ký khai sinh theo mẫu của Bộ Tư pháp", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"31135\">Phường Ninh Kiều</option>", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"File1\">", html, StringComparison.Ordinal);
        Assert.True(html.Length < 60_000, $"form is {html.Length} characters");

        var province = await citizen.GetStringAsync("/Dossiers/Submit/1.004222");
        Assert.DoesNotContain("name=\"CommuneCode\"", province, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync("/Dossiers/Submit/9.999999")).StatusCode);
    }

    [Theory, AllProviders]
    public async Task Submit_WithUploads_CreatesTheDossierItsFilesAndMyDocuments(DatabaseProvider provider)
    {
        await using var app = await MotCuaWebFactory.CreateAsync(provider);
        var citizen = await app.LoginAsync("congdan1");
        var id = PortalTestKit.SubmittedId(await PortalTestKit.SubmitBirthRegistrationAsync(citizen));

        var done = await citizen.GetStringAsync($"/Dossiers/Submitted/{id}");
        var dossier = await PortalTestKit.DossierAsync(app.Database, id);
        Assert.Equal(DossierStatus.Submitted, dossier.Status);
        Assert.StartsWith(PortalTestKit.NinhKieu + "-251124-", dossier.Code, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"code\" id=\"dossier-code\">{dossier.Code}</p>", done, StringComparison.Ordinal);

        var (applicant, submitted) = await PortalTestKit.QueryAsync(app.Database, async db => (
            await db.DossierApplicants.AsNoTracking().FirstAsync(a => a.DossierId == id),
            await db.EventLog.AsNoTracking().FirstAsync(e => e.StreamKind == StreamKind.Dossier && e.StreamId == id)));
        Assert.NotNull(applicant.UserId);
        Assert.False(applicant.VerifiedByEId);
        Assert.Equal("0912345678", applicant.Phone);
        var components = ((Submitted)DossierEventCodec.Deserialize(submitted.Type, submitted.Data)).Components;
        Assert.Equal(["TP1", "TP2"], components.Select(c => c.Code));
        Assert.All(components, c => Assert.Single(c.Files));
        Assert.All(components, c => Assert.False(c.Reused));
        Assert.Equal(2, PortalTestKit.StoredFiles(app.Database).Count);

        var documents = await PortalTestKit.QueryAsync(app.Database, db => db.CitizenDocuments.AsNoTracking().ToListAsync());
        Assert.Equal(2, documents.Count);
        Assert.All(documents, d => Assert.Equal(dossier.Code, d.DossierCode));
        Assert.Contains(documents, d => d.Title == "Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh" && d.FileName == "giay-chung-sinh.pdf");
    }

    [Fact]
    public async Task Submit_MissingRequiredPaper_ShowsTheErrorOnThatFieldAndStoresNothing()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var citizen = await app.LoginAsync("congdan1");
        var response = await PortalTestKit.SubmitBirthRegistrationAsync(citizen, new() { ["File0"] = ("to-khai.pdf", PortalTestKit.Pdf()) },
            new() { ["Phone"] = "12345" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Vui lòng tải lên hoặc chọn giấy tờ đã có: Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh.", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"File1-error\" class=\"error\">", html, StringComparison.Ordinal);
        Assert.Matches("id=\"File1\"[^>]*aria-invalid=\"true\" aria-describedby=\"files-hint File1-error\"", html);
        Assert.Contains("Số điện thoại không hợp lệ", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Phone\">", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Phường Ninh Kiều, TP Cần Thơ\"", html, StringComparison.Ordinal);
        Assert.Empty(PortalTestKit.StoredFiles(app.Database));
        Assert.Equal(0, await PortalTestKit.QueryAsync(app.Database, db => db.Dossiers.CountAsync()));
    }

    [Fact]
    public async Task Submit_SecondFileOfAWrongType_IsRefusedAndTheFirstFileIsDeleted()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var citizen = await app.LoginAsync("congdan1");
        var response = await PortalTestKit.SubmitBirthRegistrationAsync(citizen, new()
        {
            ["File0"] = ("to-khai.pdf", PortalTestKit.Pdf()),
            ["File1"] = ("giay-chung-sinh.pdf", PortalTestKit.Program),
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Tệp \"giay-chung-sinh.pdf\" không phải PDF, JPEG, PNG", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty(PortalTestKit.StoredFiles(app.Database));
        Assert.Equal(0, await PortalTestKit.QueryAsync(app.Database, db => db.Dossiers.CountAsync()));
        Assert.Equal(0, await PortalTestKit.QueryAsync(app.Database, db => db.CitizenDocuments.CountAsync()));
    }

    [Fact]
    public async Task Submit_RefusedAfterTheFilesWereStored_DeletesThem()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var citizen = await app.LoginAsync("congdan1");
        // Not a commune: the intake refuses after both files were stored.
        var response = await PortalTestKit.SubmitBirthRegistrationAsync(citizen, fields: new() { ["CommuneCode"] = "92.STP" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("thủ tục cấp xã cần chọn xã, phường giải quyết", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(PortalTestKit.StoredFiles(app.Database));
        Assert.Equal(0, await PortalTestKit.QueryAsync(app.Database, db => db.CitizenDocuments.CountAsync()));
    }

    [Fact]
    public async Task Submit_DiskFailsMidUpload_LeavesNoFileNoDocumentNoDossier()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var failing = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IFileStore>(sp => new FailingSecondSave(ActivatorUtilities.CreateInstance<LocalDiskFileStore>(sp)))));
        var citizen = failing.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await PortalTestKit.PostFormAsync(citizen, "/Account/Login", new() { ["UserName"] = "congdan1", ["Password"] = TestDatabase.DemoPassword });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        var response = await PortalTestKit.SubmitBirthRegistrationAsync(citizen);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Không lưu được tệp \"giay-chung-sinh.pdf\"", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty(PortalTestKit.StoredFiles(app.Database));
        Assert.Equal(0, await PortalTestKit.QueryAsync(app.Database, db => db.Dossiers.CountAsync()));
        Assert.Equal(0, await PortalTestKit.QueryAsync(app.Database, db => db.CitizenDocuments.CountAsync()));
    }

    [Fact]
    public async Task Submit_ReusingMyDocument_RecordsTheComponentAsReused()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var citizen = await app.LoginAsync("congdan1");
        var other = await app.LoginAsync("congdan2");
        Assert.Equal(HttpStatusCode.Redirect, (await PortalTestKit.PostMultipartAsync(citizen, "/Dossiers/Documents",
            new() { ["Title"] = "Giấy chứng sinh của bé Na" }, new() { ["file"] = ("chung-sinh.pdf", PortalTestKit.Pdf()) })).StatusCode);
        var documentId = (await PortalTestKit.QueryAsync(app.Database, db => db.CitizenDocuments.SingleAsync())).Id.ToString("N");

        var form = await citizen.GetStringAsync(FormUrl);
        Assert.Contains($"<option value=\"{documentId}\">Giấy chứng sinh của bé Na — chung-sinh.pdf", form, StringComparison.Ordinal);

        // Someone else's document cannot be reused, even by its id.
        var stolen = await PortalTestKit.SubmitBirthRegistrationAsync(other, new() { ["File0"] = ("to-khai.pdf", PortalTestKit.Pdf()) }, new() { ["Reuse1"] = documentId });
        Assert.Equal(HttpStatusCode.BadRequest, stolen.StatusCode);
        Assert.Contains("Không tìm thấy giấy tờ đã chọn trong kho giấy tờ của bạn.", await stolen.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var id = PortalTestKit.SubmittedId(await PortalTestKit.SubmitBirthRegistrationAsync(citizen,
            new() { ["File0"] = ("to-khai.pdf", PortalTestKit.Pdf()) }, new() { ["Reuse1"] = documentId }));
        var dossier = await PortalTestKit.DossierAsync(app.Database, id);
        Assert.True(dossier.HasReusedComponent);
        var submitted = await PortalTestKit.QueryAsync(app.Database, db => db.EventLog.AsNoTracking().FirstAsync(e => e.StreamKind == StreamKind.Dossier && e.StreamId == id));
        var reused = ((Submitted)DossierEventCodec.Deserialize(submitted.Type, submitted.Data)).Components.Single(c => c.Code == "TP2");
        Assert.True(reused.Reused);
        Assert.Equal("chung-sinh.pdf", Assert.Single(reused.Files).Name);
        Assert.Equal(2, PortalTestKit.StoredFiles(app.Database).Count);
    }

    /// <summary>A disk that fails on the second file of a request.</summary>
    private sealed class FailingSecondSave(IFileStore inner) : IFileStore
    {
        private int _saves;

        public async Task<FileRecord> SaveAsync(Stream content, string fileName, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _saves) % 2 == 0
                ? throw new IOException("No space left on device")
                : await inner.SaveAsync(content, fileName, cancellationToken);

        public Task<string> SaveSignatureAsync(Stream signature, string fileName, CancellationToken cancellationToken) =>
            inner.SaveSignatureAsync(signature, fileName, cancellationToken);

        public Stream? Open(string storageKey) => inner.Open(storageKey);

        public void Delete(string storageKey) => inner.Delete(storageKey);
    }
}
