using Microsoft.AspNetCore.Http.HttpResults;
using MotCua.Data;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Health;

/// <summary>The health answer: whether the database answers, which provider, and the newest migration.</summary>
public sealed record HealthReport(string Status, string Database, string? Migration);

public static class HealthApi
{
    public static void MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetHealthAsync)
            .WithName("Health")
            .WithSummary("Liveness and database status")
            .WithDescription("Returns {status, database, migration}; 503 when the database does not answer.")
            .AllowAnonymous();
    }

    private static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> GetHealthAsync(
        DatabaseInitializer database, DatabaseSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var migration = await database.AppliedMigrationAsync(cancellationToken);
            return TypedResults.Ok(new HealthReport("ok", settings.ProviderName, migration));
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return TypedResults.Json(new HealthReport("unavailable", settings.ProviderName, null), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
