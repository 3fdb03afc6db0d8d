using System.Net;
using MotCua.Data;
using MotCua.Testing;
using NodaTime;

namespace MotCua.Web.Tests.Features.Dossiers.Forms;

/// <summary>The register (Sổ theo dõi hồ sơ) of a receiving unit for a period.</summary>
public sealed class RegisterPageTests
{
    [Theory, AllProviders]
    public async Task Register_OneDay_ListsThatDaysDossiersOfTheUnitOnA4Landscape(DatabaseProvider provider)
    {
        await using var app = await FormTestKit.AppAsync(provider);
        var first = await TestDossiers.ReceiveAsync(app.Database);
        var second = await TestDossiers.ReceiveAsync(app.Database, applicant: TestDossiers.Applicant with { FullName = "Lê Văn Đức", Phone = "0987 654 321" });
        var elsewhere = await TestDossiers.ReceiveAsync(app.Database, officer: "motcua.vithanh");
        app.Database.Clock.Advance(Duration.FromDays(1));
        var nextDay = await TestDossiers.ReceiveAsync(app.Database);
        var client = await app.LoginAsync("motcua.ninhkieu");

        var html = FormTestKit.Words(await FormTestKit.HtmlAsync(client, "/Workspace/Units/31135/Register?from=2025-11-24&to=2025-11-24"));
        var pdf = FormTestKit.Saved(await FormTestKit.PdfAsync(client, "/Workspace/Units/31135/Register?from=2025-11-24&to=2025-11-24&format=pdf"), $"mau-07-register-{provider}");
        var text = FormTestKit.PdfText(pdf);
        foreach (var expected in (string[])["SỔ THEO DÕI HỒ SƠ", "Mẫu số 07 – Thông tư số 03/2025/TT-VPCP", "Từ ngày 24 tháng 11 năm 2025 đến ngày 24 tháng 11 năm 2025",
            "Mã hồ sơ", "Cơ quan chủ trì giải quyết", first.Code, second.Code, "Nguyễn Thị Hồng Nhung", "Lê Văn Đức", "0987654321", "24/11/2025 08:00", "27/11/2025 08:00"])
        {
            Assert.Contains(expected, html, StringComparison.Ordinal);
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(elsewhere.Code, text, StringComparison.Ordinal);
        Assert.DoesNotContain(nextDay.Code, text, StringComparison.Ordinal);
        Assert.All(FormTestKit.PageSizes(pdf), size => Assert.Equal((842, 595), size));
    }

    [Fact]
    public async Task Register_DefaultPeriod_IsThisMonthSoFar()
    {
        await using var app = await FormTestKit.AppAsync(DatabaseProvider.Sqlite);
        var d = await TestDossiers.ReceiveAsync(app.Database);
        var client = await app.LoginAsync("motcua.ninhkieu");
        var html = FormTestKit.Words(await FormTestKit.HtmlAsync(client, "/Workspace/Units/31135/Register"));
        Assert.Contains("Từ ngày 01 tháng 11 năm 2025 đến ngày 24 tháng 11 năm 2025", html, StringComparison.Ordinal);
        Assert.Contains(d.Code, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_ManyPagesOfDossiers_RepeatsTheHeaderAndNumbersThePages()
    {
        await using var app = await FormTestKit.AppAsync(DatabaseProvider.Sqlite);
        for (var i = 0; i < 40; i++)
        {
            await TestDossiers.ReceiveAsync(app.Database);
        }

        var client = await app.LoginAsync("motcua.ninhkieu");
        var pdf = FormTestKit.Saved(await FormTestKit.PdfAsync(client, "/Workspace/Units/31135/Register?from=2025-11-24&to=2025-11-24&format=pdf"), "mau-07-register-long");
        var pages = FormTestKit.PageSizes(pdf).Count;
        Assert.True(pages >= 2, $"{pages} page(s)");
        var text = FormTestKit.PdfText(pdf);
        Assert.Contains($"Trang {pages}/{pages}", text, StringComparison.Ordinal);
        Assert.Contains("31135-251124-0040", text, StringComparison.Ordinal);
        Assert.Equal(pages, text.Split("Cơ quan chủ trì giải quyết").Length - 1);
    }

    [Theory]
    [InlineData("from=2025-11-30&to=2025-11-01")]
    [InlineData("from=2024-01-01&to=2025-11-24")]
    [InlineData("from=24/11/2025&to=2025-11-24")]
    public async Task Register_BadPeriod_IsABadRequestInVietnamese(string query)
    {
        await using var app = await FormTestKit.AppAsync(DatabaseProvider.Sqlite);
        var client = await app.LoginAsync("motcua.ninhkieu");
        var response = await client.GetAsync($"/Workspace/Units/31135/Register?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches("role=\"alert\">(Ngày kết thúc phải sau|Mỗi lần chỉ in được sổ|Ngày không hợp lệ)", html);
    }
}
