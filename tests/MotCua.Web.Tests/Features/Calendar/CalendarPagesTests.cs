using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Data;
using MotCua.Testing;

namespace MotCua.Web.Tests.Features.Calendar;

public sealed class CalendarPagesTests
{
    [Theory, AllProviders]
    public async Task MonthPage_Anonymous_ShowsTet2026WithReasonsAndLunarDates(DatabaseProvider provider)
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(provider);
        var html = WebUtility.HtmlDecode(await factory.NewClient().GetStringAsync("/Calendar?year=2026&month=2"));
        Assert.Contains("Tháng 2 năm 2026", html, StringComparison.Ordinal);
        Assert.Contains("Tết Nguyên đán Bính Ngọ (mùng 1 Tết)", html, StringComparison.Ordinal);
        Assert.Contains("29/12", html, StringComparison.Ordinal); // 16/2/2026 is the 29th of the 12th lunar month
        Assert.Contains("href=\"/Calendar?year=2026&month=1\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Calendar?year=2026&month=3\"", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\"><abbr title=\"Thứ Hai\">T2</abbr></th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MonthPage_MakeupSaturdayAndUnpublishedYear_AreShown()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var client = factory.NewClient();
        var april = WebUtility.HtmlDecode(await client.GetStringAsync("/Calendar?year=2025&month=4"));
        Assert.Contains("Làm bù cho thứ Sáu 02/5/2025", april, StringComparison.Ordinal);
        Assert.Contains("class=\"makeup\"", april, StringComparison.Ordinal);
        var future = WebUtility.HtmlDecode(await client.GetStringAsync("/Calendar?year=2027&month=2"));
        Assert.Contains("Năm 2027 chưa có lịch nghỉ lễ được công bố", future, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Calendar?year=2026&month=13")).StatusCode);
    }

    [Fact]
    public async Task MonthPage_LunarLookup_ConvertsTheDate()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var html = WebUtility.HtmlDecode(await factory.NewClient().GetStringAsync("/Calendar?date=2025-07-25"));
        Assert.Contains("Ngày âm lịch của 25/07/2025: 1/6 nhuận (năm Ất Tỵ).", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MonthPage_English_UsesEnglishResources()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var html = WebUtility.HtmlDecode(await factory.NewClient().GetStringAsync("/Calendar?year=2026&month=2&culture=en"));
        Assert.Contains("February 2026", html, StringComparison.Ordinal);
        Assert.Contains("Working calendar", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminPages_AnonymousAndNonAdministrator_AreRefused()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var anonymous = await factory.NewClient().GetAsync("/Calendar/Admin");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/Account/Login", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var specialist = await factory.LoginAsync("chuyenvien.stp");
        var denied = await specialist.GetAsync("/Calendar/Admin/Year?scope=VN&year=2026");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/Account/Denied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory, AllProviders]
    public async Task AdminYear_ProposeEditPublish_ThroughTheForms(DatabaseProvider provider)
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(provider);
        var admin = await factory.LoginAsync("quantri");
        var page = await admin.GetStringAsync("/Calendar/Admin/Year?scope=VN&year=2027");
        Assert.Contains("Bản nháp chưa có ngày nào.", page, StringComparison.Ordinal);

        page = await PostAsync(admin, page, "Propose", new());
        Assert.Contains("Giỗ Tổ Hùng Vương (10/3 âm lịch)", WebUtility.HtmlDecode(page), StringComparison.Ordinal);

        page = await PostAsync(admin, page, "SaveDay", new() { ["DayDate"] = "2027-09-04", ["DayKind"] = "MakeupWorkday", ["DayReason"] = "Làm bù thử" });
        Assert.Contains("Làm bù thử", WebUtility.HtmlDecode(page), StringComparison.Ordinal);

        var refused = await PostRawAsync(admin, page, "SaveDay", new() { ["DayDate"] = "2027-09-06", ["DayKind"] = "MakeupWorkday", ["DayReason"] = "Sai" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("phải là thứ Bảy hoặc Chủ nhật", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var unconfirmed = await PostRawAsync(admin, page, "Publish", new());
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);

        page = await PostAsync(admin, page, "Publish", new() { ["Confirmed"] = "true" });
        Assert.Contains("Đã công bố lịch năm 2027", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains("Đề xuất theo luật", WebUtility.HtmlDecode(page), StringComparison.Ordinal);

        var month = WebUtility.HtmlDecode(await factory.NewClient().GetStringAsync("/Calendar?year=2027&month=9"));
        Assert.Contains("Làm bù thử", month, StringComparison.Ordinal);
        Assert.DoesNotContain("chưa có lịch nghỉ lễ được công bố", month, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminIndex_OfficeHours_AreSavedAndAudited()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var admin = await factory.LoginAsync("quantri");
        var page = await admin.GetStringAsync("/Calendar/Admin");
        var response = await admin.PostAsync("/Calendar/Admin?handler=Hours", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["HoursScope"] = "92",
            ["HoursText"] = "07:30-11:30, 13:30-17:00",
            ["__RequestVerificationToken"] = MotCuaWebFactory.AntiforgeryToken(page),
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = WebUtility.HtmlDecode(await admin.GetStringAsync("/Calendar/Admin"));
        Assert.Contains("value=\"07:30-11:30, 13:30-17:00\"", after, StringComparison.Ordinal);
        Assert.Contains("07:30–11:30, 13:30–17:00", after, StringComparison.Ordinal);
        var month = WebUtility.HtmlDecode(await factory.NewClient().GetStringAsync("/Calendar?year=2026&month=3"));
        Assert.Contains("Giờ làm việc: 07:30–11:30, 13:30–17:00.", month, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_Due_ComputesTheIssueExample()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var client = factory.NewClient();
        var answer = await client.GetFromJsonAsync<JsonElement>("/api/calendar/due?from=2025-01-24T15:00&amount=3&unit=working-days");
        Assert.Equal("2025-02-05T15:00", answer.GetProperty("local").GetString());
        Assert.Equal("2025-02-05T08:00:00Z", answer.GetProperty("due").GetString());

        var bad = await client.GetAsync("/api/calendar/due?from=yesterday&amount=3&unit=working-days");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Api_LunarAndMonth_AnswerJson()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var client = factory.NewClient();
        var lunar = await client.GetFromJsonAsync<JsonElement>("/api/calendar/lunar/2025-07-25");
        Assert.Equal("2025-06L-01", lunar.GetProperty("lunar").GetString());
        Assert.Equal("Ất Tỵ", lunar.GetProperty("yearName").GetString());
        var days = await client.GetFromJsonAsync<JsonElement>("/api/calendar/months/2025/5");
        var second = days.EnumerateArray().Single(d => d.GetProperty("date").GetString() == "2025-05-02");
        Assert.False(second.GetProperty("workingDay").GetBoolean());
        Assert.Equal("swap", second.GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/calendar/months/2025/13")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/calendar/lunar/2025-02-30")).StatusCode);
    }

    private static async Task<string> PostAsync(HttpClient client, string page, string handler, Dictionary<string, string> fields)
    {
        var response = await PostRawAsync(client, page, handler, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{handler}: {(int)response.StatusCode} {WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync())[..Math.Min(3000, (int)(response.Content.Headers.ContentLength ?? 3000))]}");
        return await client.GetStringAsync(response.Headers.Location);
    }

    private static Task<HttpResponseMessage> PostRawAsync(HttpClient client, string page, string handler, Dictionary<string, string> fields)
    {
        fields["Scope"] = "VN";
        fields["Year"] = "2027";
        fields["Version"] = System.Text.RegularExpressions.Regex.Match(page, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;
        fields["__RequestVerificationToken"] = MotCuaWebFactory.AntiforgeryToken(page);
        return client.PostAsync($"/Calendar/Admin/Year?handler={handler}", new FormUrlEncodedContent(fields));
    }
}
