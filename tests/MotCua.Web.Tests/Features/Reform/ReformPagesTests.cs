using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using MotCua.Data;
using MotCua.Testing;
using NodaTime;

namespace MotCua.Web.Tests.Features.Reform;

public sealed partial class ReformPagesTests
{
    private const string Directive = """
        1. Giao Sở Tư pháp phối hợp Sở Nội vụ rà soát thủ tục hộ tịch, hoàn thành trong tháng 12/2025.
        2. Đề nghị Sở Y tế báo cáo kết quả số hóa hằng tháng.
        """;

    private static async Task<string> ReadAsync(HttpClient client)
    {
        var page = await client.GetStringAsync("/Reform/Extract");
        return await PostAsync(client, "/Reform/Extract?handler=Read", page, new() { ["Source"] = Directive });
    }

    private static Dictionary<string, string> SaveFields(string read) => new()
    {
        ["Source"] = WebUtility.HtmlDecode(SourceField().Match(read).Groups[1].Value),
        ["Directive.Number"] = "456/UBND-KSTT",
        ["Directive.IssuedOn"] = "2025-11-20",
        ["Directive.Issuer"] = "UBND thành phố Cần Thơ",
        ["Directive.Title"] = "V/v cải cách thủ tục hành chính",
        ["Directive.Kind"] = "OfficialLetter",
        ["Drafts[0].Number"] = "1", ["Drafts[0].Include"] = "true", ["Drafts[0].Text"] = "Rà soát thủ tục hộ tịch",
        ["Drafts[0].Lead"] = "Sở Tư pháp", ["Drafts[0].Coordinators"] = "Sở Nội vụ", ["Drafts[0].Deadline"] = "2025-12-31",
        ["Drafts[0].WithinMonth"] = "true", ["Drafts[0].Target"] = "766:2.1", ["Drafts[0].Priority"] = "high",
        ["Drafts[1].Number"] = "2", ["Drafts[1].Include"] = "true", ["Drafts[1].Text"] = "Báo cáo kết quả số hóa",
        ["Drafts[1].Lead"] = "Sở Y tế", ["Drafts[1].Coordinators"] = "", ["Drafts[1].Deadline"] = "",
        ["Drafts[1].Recurrence"] = "monthly", ["Drafts[1].Target"] = "766:4.2", ["Drafts[1].Priority"] = "normal",
    };

    [Theory, AllProviders]
    public async Task ExtractPage_OfficeSaves_DirectiveAndTasksAreShown(DatabaseProvider provider)
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(provider);
        var client = await factory.LoginAsync(ReformTestKit.Office);
        var read = await ReadAsync(client);
        Assert.Contains("Lưu các nhiệm vụ", read, StringComparison.Ordinal);
        Assert.Contains("value=\"UBND Thành phố Cần Thơ\"", read, StringComparison.Ordinal);

        var fields = SaveFields(read);
        fields["__RequestVerificationToken"] = MotCuaWebFactory.AntiforgeryToken(read);
        var response = await client.PostAsync("/Reform/Extract?handler=Save", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Reform/Directives/", location, StringComparison.Ordinal);

        var page = await client.GetStringAsync(location);
        Assert.Contains("Đã lưu văn bản 456/UBND-KSTT và 2 nhiệm vụ.", page, StringComparison.Ordinal);
        Assert.Contains("Rà soát thủ tục hộ tịch", page, StringComparison.Ordinal);
        Assert.Contains("Trong tháng 12/2025", page, StringComparison.Ordinal);
        Assert.Contains("Hằng tháng, kỳ tới 30/11/2025", page, StringComparison.Ordinal);
        Assert.Contains("1. Giao Sở Tư pháp", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractPage_SaveWithProblems_KeepsWhatWasTypedAndSavesNothing()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var client = await factory.LoginAsync(ReformTestKit.Office);
        var read = await ReadAsync(client);
        var fields = SaveFields(read);
        fields["Directive.Number"] = "";
        fields["Drafts[1].Lead"] = "các sở, ban, ngành tỉnh";
        var html = await PostAsync(client, "/Reform/Extract?handler=Save", read, fields);
        Assert.Contains("Nhập số, ký hiệu của văn bản", html, StringComparison.Ordinal);
        Assert.Contains("nhóm cơ quan", html, StringComparison.Ordinal);
        Assert.Contains("Rà soát thủ tục hộ tịch", html, StringComparison.Ordinal);
        Assert.Contains("Chưa có văn bản nào.", await client.GetStringAsync("/Reform/Directives"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractPage_NotTheOffice_CannotSave()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var client = await factory.LoginAsync(ReformTestKit.JusticeOfficer);
        var read = await ReadAsync(client);
        Assert.DoesNotContain("formaction=\"/Reform/Extract?handler=Save\"", read, StringComparison.Ordinal);
        Assert.Contains("Chỉ Văn phòng UBND lưu và giao nhiệm vụ", read, StringComparison.Ordinal);
        var html = await PostAsync(client, "/Reform/Extract?handler=Save", read, SaveFields(read));
        Assert.Contains("Chỉ Văn phòng UBND giao nhiệm vụ cải cách hành chính.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskPage_LeadReportsWithEvidenceAndTheOfficeAccepts()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var id = await ReformTestKit.JusticeTaskAsync(factory.Database, new LocalDate(2025, 12, 31));
        var lead = await factory.LoginAsync(ReformTestKit.JusticeOfficer);
        var page = await lead.GetStringAsync($"/Reform/Tasks/{id}");
        Assert.Contains("Báo cáo tiến độ (cơ quan chủ trì)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Nghiệm thu (Văn phòng)", page, StringComparison.Ordinal);

        using (var form = new MultipartFormDataContent
        {
            { new StringContent(MotCuaWebFactory.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent("60"), "Percent" },
            { new StringContent("Đã rà soát 18/30 thủ tục"), "ReportText" },
            { new ByteArrayContent("%PDF-1.4 bảng rà soát"u8.ToArray()), "Evidence", "bang-ra-soat.pdf" },
        })
        {
            var response = await lead.PostAsync($"/Reform/Tasks/{id}?handler=Report", form);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        page = await lead.GetStringAsync($"/Reform/Tasks/{id}");
        Assert.Contains("Đã gửi báo cáo tiến độ.", page, StringComparison.Ordinal);
        Assert.Contains("Báo cáo tiến độ 60%", page, StringComparison.Ordinal);
        var link = WebUtility.HtmlDecode(FileLink().Match(page).Groups[1].Value);
        var file = await lead.GetAsync(link);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal("%PDF-1.4 bảng rà soát", await file.Content.ReadAsStringAsync());

        // Another agency cannot see the task or its files.
        var outsider = await factory.LoginAsync("chuyenvien.ninhkieu");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Reform/Tasks/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(link)).StatusCode);

        var done = await PostAsync(lead, $"/Reform/Tasks/{id}?handler=Report", page, new() { ["ReportText"] = "Đã hoàn thành", ["Done"] = "true" }, HttpStatusCode.Redirect);
        var office = await factory.LoginAsync(ReformTestKit.OfficeLeader);
        page = await office.GetStringAsync($"/Reform/Tasks/{id}");
        Assert.Contains("Nghiệm thu (Văn phòng)", page, StringComparison.Ordinal);
        await PostAsync(office, $"/Reform/Tasks/{id}?handler=Accept", page, [], HttpStatusCode.Redirect);
        page = await office.GetStringAsync($"/Reform/Tasks/{id}");
        Assert.Contains("Đã nghiệm thu nhiệm vụ.", page, StringComparison.Ordinal);
        Assert.Contains("Hoàn thành đúng hạn", page, StringComparison.Ordinal);
        Assert.Empty(done);
    }

    [Fact]
    public async Task TaskPage_RefusedAction_SaysWhyWithStatus400()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var id = await ReformTestKit.JusticeTaskAsync(factory.Database, null);
        var lead = await factory.LoginAsync(ReformTestKit.JusticeOfficer);
        var page = await lead.GetStringAsync($"/Reform/Tasks/{id}");
        var html = await PostAsync(lead, $"/Reform/Tasks/{id}?handler=Report", page, new() { ["Percent"] = "100", ["ReportText"] = "Xong" }, HttpStatusCode.BadRequest);
        Assert.Contains("Đã hoàn thành, đề nghị nghiệm thu", html, StringComparison.Ordinal);
        html = await PostAsync(lead, $"/Reform/Tasks/{id}?handler=Cancel", page, new() { ["Reason"] = "x" }, HttpStatusCode.BadRequest);
        Assert.Contains("Chỉ Văn phòng UBND nghiệm thu, trả lại hoặc hủy nhiệm vụ.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskList_Department_SeesItsTasksAndFilters()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        await ReformTestKit.JusticeTaskAsync(factory.Database, new LocalDate(2025, 11, 20));
        await ReformTestKit.SaveAsAsync(factory.Database, ReformTestKit.Office, ReformTestKit.Directive("2/UBND-VP"), ReformTestKit.Draft(1, "Số hóa hồ sơ y tế", "Sở Y tế", null));

        var justice = await factory.LoginAsync(ReformTestKit.JusticeOfficer);
        var list = await justice.GetStringAsync("/Reform");
        Assert.Contains("Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực hộ tịch", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Số hóa hồ sơ y tế", list, StringComparison.Ordinal);
        Assert.Contains("Quá hạn", list, StringComparison.Ordinal);

        var office = await factory.LoginAsync(ReformTestKit.Office);
        Assert.Contains("Số hóa hồ sơ y tế", await office.GetStringAsync("/Reform"), StringComparison.Ordinal);
        var overdue = await office.GetStringAsync("/Reform?status=overdue");
        Assert.DoesNotContain("Số hóa hồ sơ y tế", overdue, StringComparison.Ordinal);
        Assert.Contains("hộ tịch", overdue, StringComparison.Ordinal);
        Assert.Contains("hộ tịch", await office.GetStringAsync("/Reform?q=ho+tich"), StringComparison.Ordinal);

        var citizen = await factory.LoginAsync("congdan1");
        Assert.StartsWith("/Account/Denied", (await citizen.GetAsync("/Reform")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_ShowsTheRateAndExportsEachTableToXlsx()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        await ReformTestKit.JusticeTaskAsync(factory.Database, new LocalDate(2025, 11, 20));
        var client = await factory.LoginAsync("lanhdao");
        var page = await client.GetStringAsync("/Reform/Dashboard");
        Assert.Contains("Tỷ lệ hoàn thành đúng hạn", page, StringComparison.Ordinal);
        Assert.Contains("Sở Tư pháp", page, StringComparison.Ordinal);

        var response = await client.GetAsync("/Reform/Dashboard?handler=Export&table=agencies&year=2025");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var justice = rows.Single(r => (string)r["Cơ quan chủ trì"] == "Sở Tư pháp");
        Assert.Equal(("92.STP", 1.0, 0.0), ((string)justice["Mã"], Convert.ToDouble(justice["Quá hạn"], System.Globalization.CultureInfo.InvariantCulture),
            Convert.ToDouble(justice["Tỷ lệ hoàn thành đúng hạn"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("Toàn tỉnh", rows[^1]["Cơ quan chủ trì"]);

        foreach (var table in new[] { "directives", "indicators" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Reform/Dashboard?handler=Export&table={table}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Reform/Dashboard?handler=Export&table=secrets")).StatusCode);
    }

    [Fact]
    public async Task IndicatorsPage_OfficeAssignsATaskForAnIndicator()
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var office = await factory.LoginAsync(ReformTestKit.Office);
        var page = await office.GetStringAsync("/Reform/Indicators?target=766:2.1");
        Assert.Contains("Hồ sơ giải quyết trước hạn, đúng hạn", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"766:2.1\" selected=\"selected\">", page, StringComparison.Ordinal);
        Assert.Contains("trước ngày giao nhiệm vụ đầu tiên gắn với chỉ số đó", page, StringComparison.Ordinal);

        var fields = new Dictionary<string, string> { ["target"] = "766:2.1", ["Lead"] = "so tu phap", ["TaskText"] = "Giảm hồ sơ trễ hạn lĩnh vực hộ tịch", ["Deadline"] = "2026-03-31", ["Priority"] = "urgent" };
        fields["__RequestVerificationToken"] = MotCuaWebFactory.AntiforgeryToken(page);
        var response = await office.PostAsync("/Reform/Indicators?handler=Propose", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var task = await office.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Chỉ số 766 — 2.1 Hồ sơ giải quyết trước hạn, đúng hạn", task, StringComparison.Ordinal);
        Assert.Contains("Sở Tư pháp (92.STP)", task, StringComparison.Ordinal);
        Assert.Contains("Khẩn", task, StringComparison.Ordinal);

        var justice = await factory.LoginAsync(ReformTestKit.JusticeOfficer);
        Assert.DoesNotContain("Giao nhiệm vụ theo chỉ số", await justice.GetStringAsync("/Reform/Indicators"), StringComparison.Ordinal);
    }

    [Theory, AllProviders]
    public async Task IndicatorsPage_OfficeRecordsPublishedValues_AndTheTrendSinceTheTaskShows(DatabaseProvider provider)
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(provider);
        var office = await factory.LoginAsync(ReformTestKit.Office);
        async Task<HttpResponseMessage> Post(string handler, Dictionary<string, string> fields)
        {
            fields["__RequestVerificationToken"] = MotCuaWebFactory.AntiforgeryToken(await office.GetStringAsync("/Reform/Indicators"));
            return await office.PostAsync("/Reform/Indicators?handler=" + handler, new FormUrlEncodedContent(fields));
        }

        Dictionary<string, string> Reading(string period, string value, string source = "Quyết định công bố PAR INDEX") =>
            new() { ["ReadingTarget"] = "par:3", ["ReadingPeriod"] = period, ["ReadingValue"] = value, ["ReadingSource"] = source };

        // The value published before the task, the task, and the value published after it.
        Assert.Equal(HttpStatusCode.Redirect, (await Post("Record", Reading("2024-12-31", "78,5"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Post("Propose", new() { ["target"] = "par:3", ["Lead"] = "Sở Tư pháp", ["TaskText"] = "Rà soát, đơn giản hóa thủ tục", ["Priority"] = "normal" })).StatusCode);
        factory.Database.Clock.Advance(NodaTime.Duration.FromDays(60));
        Assert.Equal(HttpStatusCode.Redirect, (await Post("Record", Reading(factory.Database.Clock.GetCurrentInstant().InZone(MotCua.Domain.VietnamTime.Zone).Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "85.25"))).StatusCode);

        var page = await office.GetStringAsync("/Reform/Indicators");
        Assert.Matches(@"78,5 \(31/12/2024\) → 85,25 \(\d\d/\d\d/20\d\d\): <strong>\+6,75</strong>", page);

        // Bad input: a clear Vietnamese message per field, nothing recorded.
        var bad = await Post("Record", new() { ["ReadingTarget"] = "par:99", ["ReadingPeriod"] = "2999-01-01", ["ReadingValue"] = "nhiều", ["ReadingSource"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problems = await bad.Content.ReadAsStringAsync();
        Assert.Contains("Chọn chỉ số.", problems, StringComparison.Ordinal);
        Assert.Contains("không được sau ngày hôm nay", problems, StringComparison.Ordinal);
        Assert.Contains("Nhập giá trị là một số", problems, StringComparison.Ordinal);
        Assert.Contains("Ghi nguồn công bố", problems, StringComparison.Ordinal);
        await using (var db = factory.Database.NewContext())
        {
            Assert.Equal(2, await db.IndicatorReadings.CountAsync());
        }

        // Only the Office records values.
        var justice = await factory.LoginAsync(ReformTestKit.JusticeOfficer);
        var fields = Reading("2025-06-30", "80");
        fields["__RequestVerificationToken"] = MotCuaWebFactory.AntiforgeryToken(await justice.GetStringAsync("/Reform/Indicators"));
        var refused = await justice.PostAsync("/Reform/Indicators?handler=Record", new FormUrlEncodedContent(fields));
        Assert.StartsWith("/Account/Denied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        await using (var db = factory.Database.NewContext())
        {
            Assert.Equal(2, await db.IndicatorReadings.CountAsync());
        }
    }

    [Theory, AllProviders]
    public async Task Api_SaveListReportAcceptAndFigures(DatabaseProvider provider)
    {
        await using var factory = await MotCuaWebFactory.CreateAsync(provider);
        var office = await factory.LoginAsync(ReformTestKit.Office);
        var body = new
        {
            number = "77/KH-UBND", issuedOn = "2025-11-01", issuer = "UBND thành phố Cần Thơ", title = "Kế hoạch CCHC 2026", kind = "plan", text = "…",
            tasks = new object[]
            {
                new { text = "Công khai thủ tục", lead = "Sở Tư pháp", coordinators = new[] { "Sở Nội vụ" }, deadline = "2025-12-15", target = "766:1.3" },
                new { text = "Báo cáo định kỳ", lead = "Văn phòng UBND tỉnh", recurrence = "quarterly" },
            },
        };
        var created = await office.PostAsJsonAsync("/api/reform/directives", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var saved = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var taskId = saved.RootElement.GetProperty("tasks")[0].GetString();

        var bad = await office.PostAsJsonAsync("/api/reform/directives", new { number = "x", tasks = new[] { new { text = "", lead = "" } } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problems = await bad.Content.ReadAsStringAsync();
        Assert.Contains("\"tasks[0].lead\"", problems, StringComparison.Ordinal);
        Assert.Contains("\"issuedOn\"", problems, StringComparison.Ordinal);

        var justice = await factory.LoginAsync(ReformTestKit.JusticeOfficer);
        Assert.Equal(HttpStatusCode.Forbidden, (await justice.PostAsJsonAsync("/api/reform/directives", body)).StatusCode);
        var list = await justice.GetFromJsonAsync<JsonElement>("/api/reform/tasks");
        Assert.Equal(1, list.GetArrayLength());
        Assert.Equal("assigned", list[0].GetProperty("state").GetString());

        var report = await justice.PostAsJsonAsync($"/api/reform/tasks/{taskId}/progress", new { percent = 100, text = "Đã công khai", done = true });
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await justice.PostAsync($"/api/reform/tasks/{taskId}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await office.PostAsJsonAsync($"/api/reform/tasks/{taskId}/send-back", new { reason = "" })).StatusCode);
        var accept = await office.PostAsync($"/api/reform/tasks/{taskId}/accept", null);
        Assert.Equal(HttpStatusCode.OK, accept.StatusCode);
        Assert.Equal("accepted", (await accept.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());

        var detail = await justice.GetFromJsonAsync<JsonElement>($"/api/reform/tasks/{taskId}");
        Assert.True(detail.GetProperty("chainIntact").GetBoolean());
        Assert.Equal(["TaskAssigned", "ProgressReported", "ReportAccepted"], detail.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("type").GetString()));
        var outsider = await factory.LoginAsync("chuyenvien.ninhkieu");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/reform/tasks/{taskId}")).StatusCode);

        var figures = await office.GetFromJsonAsync<JsonElement>("/api/reform/dashboard/agencies");
        var stp = figures.EnumerateArray().Single(a => a.GetProperty("unitCode").GetString() == "92.STP");
        Assert.Equal(1.0, stp.GetProperty("completionRate").GetDouble());
    }

    private static async Task<string> PostAsync(HttpClient client, string url, string page, Dictionary<string, string> fields, HttpStatusCode expected = HttpStatusCode.OK)
    {
        fields["__RequestVerificationToken"] = MotCuaWebFactory.AntiforgeryToken(page);
        var response = await client.PostAsync(url, new FormUrlEncodedContent(fields));
        Assert.Equal(expected, response.StatusCode);
        return expected == HttpStatusCode.Redirect ? string.Empty : await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"Source\" value=\"([^\"]*)\"")]
    private static partial Regex SourceField();

    [GeneratedRegex("href=\"(/Reform/Tasks/[^\"]+handler=File[^\"]+)\"")]
    private static partial Regex FileLink();
}
