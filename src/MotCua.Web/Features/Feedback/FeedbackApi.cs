using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using MotCua.Domain.Feedback;
using MotCua.Web.Features.Feedback.Queries;
using MotCua.Web.Infrastructure;
using NodaTime;

namespace MotCua.Web.Features.Feedback;

/// <summary>JSON API of feedback (PAKN): the public list of published answers (no personal data, no sign-in), and the
/// staff queue with the figures of indicators 5.1 and 5.2. Sending and following feedback are form pages (the sender
/// proves who she is with the code and her contact, which must not travel in URLs).</summary>
public static class FeedbackApi
{
    /// <summary>A published answer.</summary>
    public sealed record PublishedJson(Guid Id, string Title, string Question, string Answer, string Subject, string? ProcedureCode, string? ProcedureName,
        string Unit, Instant SubmittedAt, Instant? AnsweredAt, Instant? PublishedAt);

    public sealed record PublishedPageJson(IReadOnlyList<PublishedJson> Items, int Page, bool More);

    public sealed record FeedbackLineJson(Guid Id, string Code, string Title, string Subject, string State, string UnitCode, string Unit, Instant SubmittedAt, Instant DueAt, bool Overdue, bool Paused, bool Published);

    public sealed record QueueJson(IReadOnlyList<FeedbackLineJson> Items, IReadOnlyDictionary<string, int> Counts, FeedbackTally Tally);

    public static void MapFeedbackApi(this IEndpointRouteBuilder app)
    {
        var pub = app.MapGroup("/api/feedback/published").WithTags("Feedback");

        pub.MapGet("/", async (string? q, int? page, FeedbackQueries queries, CancellationToken ct) =>
            {
                var current = Math.Clamp(page ?? 1, 1, 10_000);
                var (items, more) = await queries.PublishedAsync(q, current, ct);
                return TypedResults.Ok(new PublishedPageJson([.. items.Select(Json)], current, more));
            })
            .WithName("ListPublishedFeedback")
            .WithSummary("Answered and published feedback, newest first, searched without accents (q), 20 per page; no personal data");

        pub.MapGet("/{id:guid}", async Task<Results<Ok<PublishedJson>, ProblemHttpResult>> (Guid id, FeedbackQueries queries, CancellationToken ct) =>
                await queries.PublishedItemAsync(id, ct) is { } item
                    ? TypedResults.Ok(Json(item))
                    : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy phản ánh đã công khai"))
            .WithName("GetPublishedFeedback")
            .WithSummary("One published answer");

        app.MapGet("/api/feedback", async Task<Results<Ok<QueueJson>, ProblemHttpResult>> (string? queue, string? q, ClaimsPrincipal user, CurrentStaff currentStaff, FeedbackQueries queries, CancellationToken ct) =>
            {
                if (await currentStaff.GetAsync(user, ct) is not { } staff)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Không có quyền truy cập");
                }

                var chosen = FeedbackQueue.Open;
                if (queue is not null && (!Enum.TryParse(queue, ignoreCase: true, out chosen) || !Enum.IsDefined(chosen)))
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Hàng đợi không hợp lệ",
                        detail: "queue: " + string.Join(", ", Enum.GetNames<FeedbackQueue>()));
                }

                var (items, counts, tally) = await queries.QueueAsync(staff, chosen, q, 200, ct);
                return TypedResults.Ok(new QueueJson(
                    [.. items.Select(i => new FeedbackLineJson(i.Id, i.Code, i.Title, Camel(i.Subject.ToString()), Camel(i.State.ToString()), i.UnitCode, i.UnitName, i.SubmittedAt, i.DueAt, i.Overdue, i.Paused, i.Published))],
                    counts.ToDictionary(c => Camel(c.Key.ToString()), c => c.Value, StringComparer.Ordinal),
                    tally));
            })
            .RequireAuthorization(WebHost.StaffPolicy)
            .WithTags("Feedback")
            .WithName("FeedbackQueue")
            .WithSummary("The feedback a staff member may see, by queue (open, toRoute, waitingInformation, overdue, answered, refused), with counts and the 5.1/5.2 figures of this year");
    }

    private static PublishedJson Json(PublishedFeedback p) =>
        new(p.Id, p.Title, p.Question, p.Answer, Camel(p.Subject.ToString()), p.ProcedureCode, p.ProcedureName, p.UnitName, p.SubmittedAt, p.AnsweredAt, p.PublishedAt);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
