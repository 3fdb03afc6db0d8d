using System.Net;
using System.Text.Json;
using MotCua.Data;
using MotCua.Testing;

namespace MotCua.Web.Tests.Features.Procedures;

public sealed class ProceduresPageTests
{
    [Theory, AllProviders]
    public async Task Catalog_Anonymous_FindsBirthRegistrationWithoutAccents(DatabaseProvider provider)
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(provider);
        var client = factory.NewClient();
        foreach (var query in new[] { "dang+ky+khai+sinh", "%C4%90%C4%82NG+K%C3%9D+KHAI+SINH" })
        {
            var response = await client.GetAsync($"/Procedures?q={query}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("<a href=\"/Procedures/1.001193\">Đăng ký khai sinh</a>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Đăng ký kết hôn", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Catalog_Filters_NarrowTheList()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var client = factory.NewClient();
        var html = await client.GetStringAsync("/Procedures?field=Ch%E1%BB%A9ng+th%E1%BB%B1c&level=commune");
        Assert.Contains("Tìm thấy 4 thủ tục.", html, StringComparison.Ordinal);
        var police = await client.GetStringAsync("/Procedures?agency=92.CA&online=full");
        Assert.Contains("Đăng ký thường trú", police, StringComparison.Ordinal);
        Assert.DoesNotContain("Đăng ký khai sinh", police, StringComparison.Ordinal);
        var partial = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/Procedures?q=khai+tu") { Headers = { { "HX-Request", "true" } } });
        var fragment = await partial.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", fragment, StringComparison.Ordinal);
        Assert.Contains("Đăng ký khai tử", fragment, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcedurePage_Anonymous_ShowsWhatACitizenNeeds()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var client = factory.NewClient();
        var html = await client.GetStringAsync("/Procedures/1.004222");
        Assert.Contains("<h1>Đăng ký thường trú</h1>", html, StringComparison.Ordinal);
        Assert.Contains("20.000 đồng", html, StringComparison.Ordinal);
        Assert.Contains("10.000 đồng", html, StringComparison.Ordinal);
        Assert.Contains("7 ngày làm việc", html, StringComparison.Ordinal);
        Assert.Contains("Mẫu CT01", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Dossiers/Submit/1.004222\">Nộp trực tuyến</a>", html, StringComparison.Ordinal);
        Assert.Contains("68/2020/QH14", html, StringComparison.Ordinal);
        Assert.True(html.Length < 30_000, $"page is {html.Length} characters");

        var counterOnly = await client.GetStringAsync("/Procedures/2.000884");
        Assert.DoesNotContain("Nộp trực tuyến</a>", counterOnly, StringComparison.Ordinal);
        Assert.Contains("10.000 đồng", counterOnly, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcedurePage_UnknownCodeOrBadDate_IsNotAnError500()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var client = factory.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Procedures/9.999999")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/Procedures/1.001193?on=01-07-2025")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Procedures/1.001193?on=2020-01-01")).StatusCode);
    }

    [Theory, AllProviders]
    public async Task Api_Search_IsPublicAndAccentInsensitive(DatabaseProvider provider)
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(provider);
        var client = factory.NewClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/procedures?q=DANG%20KY%20KHAI%20SINH&level=commune"));
        var items = json.RootElement.GetProperty("items");
        Assert.Contains(items.EnumerateArray(), i => i.GetProperty("code").GetString() == "1.001193");
        Assert.All(items.EnumerateArray(), i => Assert.Equal("commune", i.GetProperty("level").GetString()));
    }

    [Fact]
    public async Task Api_GetProcedure_ReturnsTheCatalogFormat()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var client = factory.NewClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/procedures/1.001193?on=2025-07-01"));
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        var procedure = root.GetProperty("procedure");
        Assert.Equal("Đăng ký khai sinh", procedure.GetProperty("name").GetString());
        Assert.Equal("working-days", procedure.GetProperty("processingTime").GetProperty("unit").GetString());
        Assert.Equal("2025-07-01", procedure.GetProperty("publication").GetProperty("effectiveFrom").GetString());
    }

    [Theory]
    [InlineData("/api/procedures/1.001193?on=2025-13-01", HttpStatusCode.BadRequest)]
    [InlineData("/api/procedures/1.001193?on=yesterday", HttpStatusCode.BadRequest)]
    [InlineData("/api/procedures?level=district", HttpStatusCode.BadRequest)]
    [InlineData("/api/procedures/9.999999", HttpStatusCode.NotFound)]
    [InlineData("/api/procedures/1.001193?on=2024-01-01", HttpStatusCode.NotFound)]
    public async Task Api_BadInput_IsProblemDetails(string url, HttpStatusCode expected)
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var response = await factory.NewClient().GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task OpenApi_DescribesTheNamedProcedureRoutes()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var document = await factory.NewClient().GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"operationId\": \"SearchProcedures\"", document, StringComparison.Ordinal);
        Assert.Contains("\"operationId\": \"GetProcedure\"", document, StringComparison.Ordinal);
        Assert.Contains("One procedure as in force today", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcedurePage_English_UsesEnglishLabels()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var html = await factory.NewClient().GetStringAsync("/Procedures/1.001193?culture=en");
        Assert.Contains("Papers to submit", html, StringComparison.Ordinal);
        Assert.Contains("Submit online", html, StringComparison.Ordinal);
    }
}
