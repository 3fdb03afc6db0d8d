using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Data;
using MotCua.Testing;

namespace MotCua.Web.Tests.Features.Dossiers;

/// <summary>The dossier API over HTTP: the whole lifecycle, scope (another unit's dossier does not exist for
/// you), citizens see only their own, and the public lookup shows no personal data.</summary>
public sealed class DossiersApiTests
{
    private static readonly object Applicant = new { fullName = "Nguyễn Văn An", idNumber = "092080001234", phone = "0912345678", email = "an@example.vn" };

    private static async Task<JsonElement> IntakeAsync(HttpClient officer, string procedure = DossierTestKit.BirthRegistration)
    {
        var response = await officer.PostAsJsonAsync("/api/dossiers/intake", new { procedureCode = procedure, channel = "counter", applicant = Applicant });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Theory, AllProviders]
    public async Task Lifecycle_OverHttp_FromIntakeToReturn(DatabaseProvider provider)
    {
        await using var app = await MotCuaWebFactory.CreateAsync(provider);
        var counter = await app.LoginAsync("motcua.ninhkieu");
        var specialist = await app.LoginAsync("chuyenvien.ninhkieu");
        var leader = await app.LoginAsync("lanhdao.ninhkieu");
        var dossier = await IntakeAsync(counter);
        var id = dossier.GetProperty("id").GetGuid();
        Assert.Equal("Đang xử lý", dossier.GetProperty("statusText").GetString());

        async Task<JsonElement> Act(HttpClient who, string action, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
        {
            var response = await who.PostAsJsonAsync($"/api/dossiers/{id}/{action}", body ?? new { });
            Assert.True(expected == response.StatusCode, $"{action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        await Act(specialist, "assign");
        await Act(specialist, "request-supplement", new { items = new[] { "Bản sao giấy chứng sinh" }, reason = "Thiếu giấy chứng sinh" });
        // The province leader reads everything and acts on nothing; the rules refuse a step while the clock is paused.
        var refused = await Act(await app.LoginAsync("lanhdao"), "complete-step", expected: HttpStatusCode.Forbidden);
        Assert.False(string.IsNullOrEmpty(refused.GetProperty("title").GetString()));
        var paused = await Act(specialist, "complete-step", expected: HttpStatusCode.UnprocessableEntity);
        Assert.Contains("Yêu cầu bổ sung", paused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Act(counter, "complete-supplement");
        var view = await Act(specialist, "complete-step");
        while (view.GetProperty("status").GetString() == "processing" && view.GetProperty("stepNumber").GetInt32() < view.GetProperty("stepCount").GetInt32())
        {
            view = await Act(leader, "complete-step");
        }

        view = await Act(leader, "issue-result", new { documentNumber = "15/2025/GKS" });
        Assert.Equal("finished", view.GetProperty("status").GetString());
        await Act(counter, "return", new { method = "online" }, HttpStatusCode.UnprocessableEntity);
        view = await Act(counter, "return", new { method = "counter" });
        Assert.Equal("Đã trả kết quả", view.GetProperty("statusText").GetString());
        var types = view.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.Equal("Received", types[0]);
        Assert.Equal("Returned", types[^1]);
        Assert.Contains("SupplementRequested", types);
    }

    [Theory, AllProviders]
    public async Task OtherCommune_CannotSeeOrActOnTheDossier(DatabaseProvider provider)
    {
        await using var app = await MotCuaWebFactory.CreateAsync(provider);
        var ninhKieu = await app.LoginAsync("motcua.ninhkieu");
        var id = (await IntakeAsync(ninhKieu)).GetProperty("id").GetGuid();
        var viThanh = await app.LoginAsync("motcua.vithanh");
        Assert.Equal(HttpStatusCode.NotFound, (await viThanh.GetAsync($"/api/dossiers/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viThanh.PostAsJsonAsync($"/api/dossiers/{id}/withdraw", new { reason = "x" })).StatusCode);
        var queue = await viThanh.GetFromJsonAsync<JsonElement>("/api/dossiers/queues/unit");
        Assert.Equal(0, queue.GetProperty("items").GetArrayLength());
        // A department officer does not see a commune's dossier either; the province leader does.
        var justice = await app.LoginAsync("chuyenvien.stp");
        Assert.Equal(HttpStatusCode.NotFound, (await justice.GetAsync($"/api/dossiers/{id}")).StatusCode);
        var leader = await app.LoginAsync("lanhdao");
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/api/dossiers/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync($"/api/dossiers/{id}/complete-step", new { })).StatusCode);
    }

    [Fact]
    public async Task Citizen_SubmitsOnline_SeesOnlyOwnDossiers()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var citizen = await app.LoginAsync("congdan1");
        var response = await citizen.PostAsJsonAsync("/api/my/dossiers", new { procedureCode = DossierTestKit.BirthRegistration, communeCode = "31135", applicant = Applicant });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var mine = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("submitted", mine.GetProperty("status").GetString());
        var id = mine.GetProperty("id").GetGuid();
        Assert.Single((await citizen.GetFromJsonAsync<JsonElement>("/api/my/dossiers")).EnumerateArray());

        var other = await app.LoginAsync("congdan2");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/my/dossiers/{id}")).StatusCode);
        Assert.Empty((await other.GetFromJsonAsync<JsonElement>("/api/my/dossiers")).EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync($"/api/dossiers/{id}")).StatusCode);

        // The commune's one-stop officer sees it waiting to be received.
        var officer = await app.LoginAsync("motcua.ninhkieu");
        var toReceive = await officer.GetFromJsonAsync<JsonElement>("/api/dossiers/queues/toreceive");
        Assert.Equal(1, toReceive.GetProperty("counts").GetProperty("toreceive").GetInt32());
    }

    [Fact]
    public async Task PublicLookup_NeedsThePhoneOrId_AndShowsNoPersonalData()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var code = (await IntakeAsync(await app.LoginAsync("motcua.ninhkieu"))).GetProperty("code").GetString();
        var anonymous = app.NewClient();
        Task<HttpResponseMessage> Lookup(object body) => anonymous.PostAsJsonAsync("/api/public/dossiers/lookup", body);
        Assert.Equal(HttpStatusCode.NotFound, (await Lookup(new { code, phone = "0999999999" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Lookup(new { code })).StatusCode);
        var found = await Lookup(new { code, phone = "0912 345 678" });
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var text = await found.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Nguyễn Văn An", text, StringComparison.Ordinal);
        Assert.DoesNotContain("092080001234", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Huỳnh Văn Phúc", text, StringComparison.Ordinal); // the officer's name
        Assert.Equal(HttpStatusCode.OK, (await Lookup(new { code, idNumber = "092080001234" })).StatusCode);
        var malformed = await anonymous.PostAsync("/api/public/dossiers/lookup", new StringContent("{\"code\": ", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    [Fact]
    public async Task PublicLookup_TooManyWrongAttempts_Answers429EvenForTheRightKey()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var code = (await IntakeAsync(await app.LoginAsync("motcua.ninhkieu"))).GetProperty("code").GetString();
        var anonymous = app.NewClient();
        for (var i = 0; i < MotCua.Web.Features.Portal.Lookup.LookupThrottle.MaxWrong; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.PostAsJsonAsync("/api/public/dossiers/lookup", new { code, phone = $"090000000{i}" })).StatusCode);
        }

        var blocked = await anonymous.PostAsJsonAsync("/api/public/dossiers/lookup", new { code, phone = "0912 345 678" });
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.Equal("application/problem+json", blocked.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Intake_MalformedBody_IsProblemDetails()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var counter = await app.LoginAsync("motcua.ninhkieu");
        var response = await counter.PostAsync("/api/dossiers/intake", new StringContent("{\"procedureCode\": 12", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var invalid = await counter.PostAsJsonAsync("/api/dossiers/intake", new { procedureCode = DossierTestKit.BirthRegistration, applicant = new { fullName = "", phone = "12" } });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await invalid.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("FullName", out _));
    }
}
