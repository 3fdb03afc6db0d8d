using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using MotCua.Data;
using MotCua.Testing;

namespace MotCua.Web.Tests.Features.Reform;

public sealed partial class ExtractPageTests
{
    private const string Directive = """
        1. Giao Sở Nội vụ phối hợp Sở Kế hoạch và Đầu tư rà soát quy chế, hoàn thành trong tháng 12/2024.
        2. Đề nghị Văn phòng UBND tỉnh tổng hợp, báo cáo hằng tháng.
        """;

    [Fact]
    public async Task ExtractPage_Anonymous_RedirectsToLogin()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var response = await factory.NewClient().GetAsync("/Reform/Extract");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractPage_Citizen_IsForbidden()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var client = await factory.LoginAsync("congdan1");
        var response = await client.GetAsync("/Reform/Extract");
        Assert.StartsWith("/Account/Denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory, AllProviders]
    public async Task ExtractPage_PastedDirective_ShowsProposalsNextToHighlightedSource(DatabaseProvider provider)
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(provider);
        var client = await factory.LoginAsync("chuyenvien.stp");
        var page = await client.GetStringAsync("/Reform/Extract");
        Assert.Contains("chưa lưu nhiệm vụ nào", page, StringComparison.Ordinal);
        var html = await PostAsync(client, "/Reform/Extract?handler=Read", page, new() { ["Source"] = Directive });
        Assert.Contains("Đề xuất nhiệm vụ (2)", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"hl-lead\"", html, StringComparison.Ordinal);
        Assert.Contains(">Sở Nội vụ</mark>", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"hl-deadline\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"src-1\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2024-12-31\"", html, StringComparison.Ordinal);
        Assert.Contains("Văn phòng Ủy ban nhân dân thành phố (92.VP)", html, StringComparison.Ordinal);
        Assert.Contains("nay là Sở Tài chính", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"monthly\" selected=\"selected\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractPage_UploadedDocx_IsRead()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var client = await factory.LoginAsync("chuyenvien.stp");
        var page = await client.GetStringAsync("/Reform/Extract");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(MotCuaWebFactory.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(DirectiveTestFiles.Docx()), "Upload", "chi-dao.docx" },
        };
        var html = await (await client.PostAsync("/Reform/Extract?handler=Read", form)).Content.ReadAsStringAsync();
        Assert.Contains("Đề xuất nhiệm vụ (4)", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("virus.exe", new byte[] { 0x4D, 0x5A, 0x90 }, "Chỉ nhận tệp .txt, .docx hoặc .pdf.")]
    [InlineData("binary.txt", new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x00 }, "tệp nhị phân")]
    [InlineData("empty.txt", new byte[] { 0x20 }, "không có chữ")]
    public async Task ExtractPage_BadUpload_SaysWhyInVietnamese(string name, byte[] content, string message)
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var client = await factory.LoginAsync("chuyenvien.stp");
        var page = await client.GetStringAsync("/Reform/Extract");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(MotCuaWebFactory.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "Upload", name },
        };
        var response = await client.PostAsync("/Reform/Extract?handler=Read", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractPage_CheckEditedProposals_ValidatesInVietnameseThenListsThem()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var client = await factory.LoginAsync("chuyenvien.stp");
        var page = await client.GetStringAsync("/Reform/Extract");
        var read = await PostAsync(client, "/Reform/Extract?handler=Read", page, new() { ["Source"] = Directive });
        var source = WebUtility.HtmlDecode(SourceField().Match(read).Groups[1].Value);
        var fields = new Dictionary<string, string>
        {
            ["Source"] = source,
            ["Drafts[0].Number"] = "1", ["Drafts[0].Include"] = "true", ["Drafts[0].Text"] = "Rà soát quy chế",
            ["Drafts[0].Lead"] = "", ["Drafts[0].Coordinators"] = "Sở Tài chính", ["Drafts[0].Deadline"] = "2024-13-40", ["Drafts[0].Recurrence"] = "",
            ["Drafts[1].Number"] = "2", ["Drafts[1].Include"] = "false", ["Drafts[1].Text"] = "x", ["Drafts[1].Lead"] = "Sở Y tế",
        };
        var invalid = await PostAsync(client, "/Reform/Extract?handler=Check", read, fields);
        Assert.Contains("Nhập một cơ quan chủ trì.", invalid, StringComparison.Ordinal);
        Assert.Contains("Thời hạn không đúng dạng ngày", invalid, StringComparison.Ordinal);
        Assert.DoesNotContain("Danh sách nhiệm vụ đã kiểm tra", invalid, StringComparison.Ordinal);

        fields["Drafts[0].Lead"] = "Văn phòng UBND tỉnh";
        fields["Drafts[0].Deadline"] = "2025-03-31";
        var valid = await PostAsync(client, "/Reform/Extract?handler=Check", read, fields);
        Assert.Contains("Danh sách nhiệm vụ đã kiểm tra (1)", valid, StringComparison.Ordinal);
        Assert.Contains("CHƯA được lưu", valid, StringComparison.Ordinal);
        Assert.Contains("mã 92.VP", valid, StringComparison.Ordinal);
        Assert.Contains("31/03/2025", valid, StringComparison.Ordinal);
        Assert.DoesNotContain("Sở Y tế</td>", valid, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReformApi_Extract_ReturnsProposalsWithSpans()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var client = await factory.LoginAsync("chuyenvien.stp");
        var response = await client.PostAsJsonAsync("/api/reform/directives/extract", new { text = Directive });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"unitCode\":\"92.SNV\"", json, StringComparison.Ordinal);
        Assert.Contains("\"date\":\"2024-12-31\"", json, StringComparison.Ordinal);

        var empty = await client.PostAsJsonAsync("/api/reform/directives/extract", new { text = " " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("application/problem+json", empty.Content.Headers.ContentType!.MediaType);
    }

    private static async Task<string> PostAsync(HttpClient client, string url, string page, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = MotCuaWebFactory.AntiforgeryToken(page);
        var response = await client.PostAsync(url, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"Source\" value=\"([^\"]*)\"")]
    private static partial Regex SourceField();
}
