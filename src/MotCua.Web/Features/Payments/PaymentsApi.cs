using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MotCua.Data.Identity;
using MotCua.Domain.Organization;
using MotCua.Domain.Payments;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Dossiers.Forms;
using MotCua.Web.Features.Payments.Notices;
using MotCua.Web.Features.Payments.Orders;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Payments;

/// <summary>The answer to a gateway's notice.</summary>
/// <param name="Result">applied, duplicate, out-of-order, refund-due.</param>
/// <param name="State">The order's state after it.</param>
/// <param name="Message">In Vietnamese.</param>
public sealed record NoticeReply(string Result, string? State, string Message);

/// <summary>A payment started: the order and where to send the payer.</summary>
public sealed record PaymentStarted(Guid OrderId, string RedirectUrl, NodaTime.Instant ExpiresAt);

/// <summary>Body of a payment start: the gateway's name ("national", "provincial").</summary>
public sealed record StartPaymentBody(string? Gateway);

/// <summary>
/// The payments API: the gateways' notice endpoint (anonymous — the signature is the authentication), a dossier's
/// payments for staff in scope and for its citizen, and starting an online payment.
/// </summary>
public static class PaymentsApi
{
    public static void MapPaymentsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/payments/notices/{gateway}", NoticeAsync).AllowAnonymous().WithTags("Payments")
            .WithName("PaymentNotice")
            .WithSummary("A gateway's signed notice about a payment order (form or JSON fields; HMAC-SHA256 signature, see docs/PAYMENTS.md)");

        app.MapGet("/api/dossiers/{id:guid}/payments", StaffPaymentsAsync).RequireAuthorization(WebHost.StaffPolicy).WithTags("Payments")
            .WithName("DossierPayments")
            .WithSummary("A dossier's fees, payment orders and receipts (staff in scope)");

        var citizen = app.MapGroup("/api/my/dossiers/{id:guid}/payments").WithTags("Citizen").RequireAuthorization(policy => policy.RequireRole(Roles.Citizen));
        citizen.MapGet("/", MinePaymentsAsync).WithName("MyDossierPayments").WithSummary("The fees, payment orders and receipts of one of the citizen's dossiers");
        citizen.MapPost("/", StartAsync).WithName("StartPayment").WithSummary("Start an online payment of a dossier waiting for its fees: returns the gateway address");
    }

    private static async Task<Results<Ok<NoticeReply>, ProblemHttpResult>> NoticeAsync(string gateway, HttpRequest request, PaymentNotices notices, CancellationToken ct)
    {
        var fields = await ReadFieldsAsync(request, ct);
        if (fields is null)
        {
            return TypedResults.Problem(statusCode: 400, title: "Thông báo thanh toán không đọc được.");
        }

        var answer = await notices.HandleAsync(gateway, fields, NoticeSource.Callback, ct);
        var state = answer.State is { } s ? PaymentText.Code(s) : null;
        return answer.Result switch
        {
            NoticeResult.Applied => TypedResults.Ok(new NoticeReply("applied", state, answer.Message)),
            NoticeResult.Duplicate => TypedResults.Ok(new NoticeReply("duplicate", state, answer.Message)),
            NoticeResult.OutOfOrder => TypedResults.Ok(new NoticeReply("out-of-order", state, answer.Message)),
            NoticeResult.RefundDue => TypedResults.Ok(new NoticeReply("refund-due", state, answer.Message)),
            NoticeResult.Forged => TypedResults.Problem(statusCode: 401, title: answer.Message),
            NoticeResult.Replayed => TypedResults.Problem(statusCode: 409, title: answer.Message),
            NoticeResult.UnknownGateway or NoticeResult.UnknownOrder => TypedResults.Problem(statusCode: 404, title: answer.Message),
            NoticeResult.Mismatch => TypedResults.Problem(statusCode: 422, title: answer.Message),
            _ => TypedResults.Problem(statusCode: 500, title: "Không xử lý được thông báo."),
        };
    }

    private static async Task<Results<Ok<DossierPayments>, ProblemHttpResult>> StaffPaymentsAsync(
        Guid id, ClaimsPrincipal user, CurrentStaff current, DossierStore store, DossierVisibility visibility, PaymentQueries queries, CancellationToken ct)
    {
        var staff = await current.GetAsync(user, ct);
        var dossier = staff is null ? null : await store.FindAsync(id, ct);
        return dossier is null || !visibility.CanSee(staff!, dossier) || await queries.ForDossierAsync(id, ct) is not { } payments
            ? TypedResults.Problem(statusCode: 404, title: "Không tìm thấy hồ sơ.")
            : TypedResults.Ok(payments);
    }

    private static async Task<Results<Ok<DossierPayments>, ProblemHttpResult>> MinePaymentsAsync(
        Guid id, ClaimsPrincipal user, UserManager<UserAccount> users, Dossiers.Queries.DossierQueries dossiers, PaymentQueries queries, CancellationToken ct) =>
        await dossiers.ForCitizenAsync(id, users.GetUserId(user)!, ct) is not null && await queries.ForDossierAsync(id, ct) is { } payments
            ? TypedResults.Ok(payments)
            : TypedResults.Problem(statusCode: 404, title: "Không tìm thấy hồ sơ.");

    private static async Task<Results<Created<PaymentStarted>, ProblemHttpResult>> StartAsync(
        Guid id, StartPaymentBody? body, HttpRequest request, ClaimsPrincipal user, UserManager<UserAccount> users, PaymentOrders orders, IOptions<FormOptions> options, CancellationToken ct)
    {
        var start = await orders.StartAsync(id, users.GetUserId(user)!, body?.Gateway ?? string.Empty, FormResponses.BaseUrl(request, options), ct);
        if (start.NotFound)
        {
            return TypedResults.Problem(statusCode: 404, title: start.Error);
        }

        return start.Order is { } order && start.RedirectUrl is { } url
            ? TypedResults.Created($"/api/my/dossiers/{id}/payments", new PaymentStarted(order.Id, url, order.ExpiresAt))
            : TypedResults.Problem(statusCode: 422, title: "Không bắt đầu được thanh toán", detail: start.Error);
    }

    /// <summary>A notice's fields from a form post or a flat JSON object (numbers and strings), or null.</summary>
    private static async Task<Dictionary<string, string?>?> ReadFieldsAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            return form.ToDictionary(f => f.Key, f => (string?)f.Value.ToString(), StringComparer.Ordinal);
        }

        try
        {
            using var json = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var property in json.RootElement.EnumerateObject())
            {
                fields[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Number => property.Value.GetRawText(),
                    JsonValueKind.Null => null,
                    _ => throw new JsonException("nested value"),
                };
            }

            return fields;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
