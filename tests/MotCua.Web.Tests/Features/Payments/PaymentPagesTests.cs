using System.Net;
using System.Net.Http.Json;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Payments;
using MotCua.Testing;
using static MotCua.Web.Tests.Features.Payments.PaymentTestKit;

namespace MotCua.Web.Tests.Features.Payments;

/// <summary>The payment pages and the notice endpoint through the real web application.</summary>
public sealed class PaymentPagesTests
{
    private static Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string token, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = token;
        return client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    [Theory, AllProviders]
    public async Task PayPage_OwnerPaysAtTheSimulatedBank_DossierIsPaidAndTheReceiptShows(DatabaseProvider provider)
    {
        await using var app = await MotCuaWebFactory.CreateAsync(provider);
        var d = await WaitingForPaymentAsync(app.Database);
        var citizen = await app.LoginAsync(Citizen);

        var page = await citizen.GetStringAsync($"/Payments/Dossiers/{d.Id}");
        Assert.Contains("8.000", page, StringComparison.Ordinal);
        Assert.Contains("Nền tảng thanh toán của Cổng Dịch vụ công quốc gia", page, StringComparison.Ordinal);
        var toBank = await PostFormAsync(citizen, $"/Payments/Dossiers/{d.Id}", MotCuaWebFactory.AntiforgeryToken(page), new() { ["Gateway"] = "national" });
        Assert.Equal(HttpStatusCode.Redirect, toBank.StatusCode);
        var bankUrl = toBank.Headers.Location!.OriginalString;
        Assert.StartsWith("/Payments/Gateway/national/QG", bankUrl, StringComparison.Ordinal);

        var bankPage = await citizen.GetStringAsync(bankUrl);
        Assert.Contains("mô phỏng", bankPage, StringComparison.Ordinal);
        var back = await PostFormAsync(citizen, bankUrl, MotCuaWebFactory.AntiforgeryToken(bankPage), new() { ["action"] = "pay" });
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        var returnUrl = back.Headers.Location!;
        Assert.Equal("/Payments/Return/national", returnUrl.AbsolutePath);
        // The bank's server notice already settled the payment; the browser's copy is a duplicate.
        Assert.Equal(DossierStatus.Processing, (await SnapshotAsync(app.Database, d.Id)).Status);

        var landed = await citizen.GetAsync(returnUrl.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, landed.StatusCode);
        Assert.Equal($"/Payments/Dossiers/{d.Id}", landed.Headers.Location!.OriginalString);
        var after = await citizen.GetStringAsync($"/Payments/Dossiers/{d.Id}");
        Assert.Contains("Thanh toán thành công", after, StringComparison.Ordinal);
        Assert.Contains("Biên lai ký hiệu MC-25E số 0000001", after, StringComparison.Ordinal);
        // Opening the same return address again changes nothing and lands on the same page.
        Assert.Equal($"/Payments/Dossiers/{d.Id}", (await citizen.GetAsync(returnUrl.PathAndQuery)).Headers.Location!.OriginalString);

        var snapshot = await SnapshotAsync(app.Database, d.Id);
        Assert.Equal((1, 1, 1), (snapshot.OnlinePaymentChannel, snapshot.PaymentEvents, snapshot.Receipts));
        await using var context = app.Database.NewContext();
        var receiptId = context.Set<PaymentReceipt>().Single().Id;
        var receipt = await citizen.GetStringAsync($"/Payments/Receipts/{receiptId}");
        Assert.Contains("BIÊN LAI THU PHÍ, LỆ PHÍ", receipt, StringComparison.Ordinal);
        Assert.Contains("Tám nghìn đồng", receipt, StringComparison.Ordinal);
        Assert.Contains(TestDossiers.Applicant.FullName!, receipt, StringComparison.Ordinal);
        var pdf = await citizen.GetAsync($"/Payments/Receipts/{receiptId}?format=pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync())[..4], StringComparison.Ordinal);
    }

    [Theory, AllProviders]
    public async Task PaymentPages_OthersDoNotSeeTheDossier(DatabaseProvider provider)
    {
        await using var app = await MotCuaWebFactory.CreateAsync(provider);
        var d = await WaitingForPaymentAsync(app.Database);
        await TestDossiers.ActAsync(app.Database, "motcua.ninhkieu", d.Id, (x, now, cal) => DossierLifecycle.CompletePayment(x, 8_000, 0, now, cal));

        await using var context = app.Database.NewContext();
        var receiptId = context.Set<PaymentReceipt>().Single().Id;

        var other = await app.LoginAsync("congdan2");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Payments/Dossiers/{d.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Payments/Receipts/{receiptId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/my/dossiers/{d.Id}/payments")).StatusCode);

        var ownStaff = await app.LoginAsync("motcua.ninhkieu");
        Assert.Contains("Huỳnh Văn Phúc", await ownStaff.GetStringAsync($"/Payments/Receipts/{receiptId}"), StringComparison.Ordinal);
        var staffPage = await ownStaff.GetStringAsync($"/Workspace/Dossiers/{d.Id}");
        Assert.Contains("Phí, lệ phí và thanh toán", staffPage, StringComparison.Ordinal);
        Assert.Contains("Biên lai ký hiệu MC-25E số 0000001", staffPage, StringComparison.Ordinal);
        var otherStaff = await app.LoginAsync("motcua.vithanh");
        Assert.Equal(HttpStatusCode.NotFound, (await otherStaff.GetAsync($"/Payments/Receipts/{receiptId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherStaff.GetAsync($"/api/dossiers/{d.Id}/payments")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ownStaff.GetAsync($"/Payments/Dossiers/{d.Id}")).StatusCode);
        var anonymous = app.NewClient();
        Assert.StartsWith("/Account/Login", (await anonymous.GetAsync($"/Payments/Receipts/{receiptId}")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PortalDossierPage_WaitingForPayment_LinksToThePayPageUntilPaid()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var d = await WaitingForPaymentAsync(app.Database);
        var citizen = await app.LoginAsync(Citizen);

        var waiting = await citizen.GetStringAsync($"/Dossiers/{d.Id}");
        Assert.Contains("Hồ sơ đang chờ nộp phí, lệ phí", waiting, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Payments/Dossiers/{d.Id}\"", waiting, StringComparison.Ordinal);

        await TestDossiers.ActAsync(app.Database, "motcua.ninhkieu", d.Id, (x, now, cal) => DossierLifecycle.CompletePayment(x, 8_000, 0, now, cal));
        var paid = await citizen.GetStringAsync($"/Dossiers/{d.Id}");
        Assert.DoesNotContain($"/Payments/Dossiers/{d.Id}", paid, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReturnAddress_ForgedResult_Is400AndChangesNothing()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var d = await WaitingForPaymentAsync(app.Database);
        var order = await StartAsync(app.Database, d.Id);
        var before = await SnapshotAsync(app.Database, d.Id);
        var fields = Signed(app.Database, order, PaymentState.Paid);
        fields["signature"] = new string('0', 64);
        var query = string.Join('&', fields.Select(f => f.Key + "=" + Uri.EscapeDataString(f.Value ?? string.Empty)));

        var response = await app.NewClient().GetAsync($"/Payments/Return/national?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("không hợp lệ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(app.Database, d.Id));
    }

    [Fact]
    public async Task WorkspacePage_RequestPaymentWithReduction_AsksForTheReducedFee()
    {
        await using var app = await MotCuaWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var d = await TestDossiers.ReceiveAsync(app.Database);
        var specialist = await app.LoginAsync("chuyenvien.ninhkieu");
        var page = await specialist.GetStringAsync($"/Workspace/Dossiers/{d.Id}");
        Assert.Contains("Căn cứ pháp lý miễn, giảm", page, StringComparison.Ordinal);

        var response = await PostFormAsync(specialist, $"/Workspace/Dossiers/{d.Id}?handler=Act", MotCuaWebFactory.AntiforgeryToken(page), new()
        {
            ["action"] = "request-payment",
            ["adjustment"] = "reduction",
            ["percent"] = "50",
            ["legalBasis"] = "Nghị quyết 15/2023/NQ-HĐND",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var snapshot = await SnapshotAsync(app.Database, d.Id);
        Assert.Equal((DossierStatus.WaitingPayment, 4_000L), (snapshot.Status, snapshot.FeeTotal));
        var after = await specialist.GetStringAsync($"/Workspace/Dossiers/{d.Id}");
        Assert.Contains("Nghị quyết 15/2023/NQ-HĐND", after, StringComparison.Ordinal);
        Assert.Contains("được giảm 50%", after, StringComparison.Ordinal);
    }

    [Theory, AllProviders]
    public async Task NoticeEndpoint_AnswersEachCaseWithItsStatus(DatabaseProvider provider)
    {
        await using var app = await MotCuaWebFactory.CreateAsync(provider);
        var d = await WaitingForPaymentAsync(app.Database);
        var order = await StartAsync(app.Database, d.Id, "provincial");
        var gateway = app.NewClient();
        var paid = Signed(app.Database, order, PaymentState.Paid);
        var forged = new Dictionary<string, string?>(paid) { ["state"] = "failed" };

        Assert.Equal(HttpStatusCode.Unauthorized, (await gateway.PostAsJsonAsync("/api/payments/notices/provincial", forged)).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await gateway.PostAsJsonAsync("/api/payments/notices/provincial", Signed(app.Database, order, PaymentState.Paid, amount: 1))).StatusCode);
        var applied = await gateway.PostAsync("/api/payments/notices/provincial", new FormUrlEncodedContent(paid.ToDictionary(f => f.Key, f => f.Value ?? string.Empty)));
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.Contains("\"applied\"", await applied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await gateway.PostAsJsonAsync("/api/payments/notices/provincial", paid)).StatusCode);
        var duplicate = await gateway.PostAsJsonAsync("/api/payments/notices/provincial", Signed(app.Database, order, PaymentState.Paid));
        Assert.Contains("\"duplicate\"", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await gateway.PostAsJsonAsync("/api/payments/notices/nowhere", paid)).StatusCode);
        var problem = await gateway.PostAsync("/api/payments/notices/provincial", new StringContent("[1,2]", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, problem.StatusCode);
        Assert.Equal("application/problem+json", problem.Content.Headers.ContentType!.MediaType);

        var snapshot = await SnapshotAsync(app.Database, d.Id);
        Assert.Equal((2, 1, 1), (snapshot.OnlinePaymentChannel, snapshot.PaymentEvents, snapshot.Receipts));
    }
}
