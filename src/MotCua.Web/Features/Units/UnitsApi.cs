using Microsoft.AspNetCore.Http.HttpResults;
using MotCua.Web.Features.Units.History;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Units;

/// <summary>JSON API of the unit tree (staff only).</summary>
public static class UnitsApi
{
    public static void MapUnitsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/units")
            .WithTags("Units")
            .RequireAuthorization(WebHost.StaffPolicy);

        group.MapGet("/", async (string? q, int? limit, UnitDirectory units, CancellationToken ct) =>
                TypedResults.Ok(await units.SearchAsync(q, Math.Clamp(limit ?? 50, 1, 500), ct)))
            .WithName("SearchUnits")
            .WithSummary("Search current units by accent-insensitive name or code");

        group.MapGet("/{code}", async Task<Results<Ok<UnitView>, ProblemHttpResult>> (string code, UnitDirectory units, CancellationToken ct) =>
                await units.FindAsync(code, ct) is { } unit
                    ? TypedResults.Ok(unit)
                    : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy đơn vị", detail: $"Không có đơn vị mã \"{code}\"."))
            .WithName("GetUnit")
            .WithSummary("One unit by code, current or retired");

        group.MapGet("/history/{code}", async (string code, UnitHistory history, CancellationToken ct) =>
                TypedResults.Ok(await history.FindAsync(code, ct)))
            .WithName("UnitHistory")
            .WithSummary("Which unit now holds an old (pre-2025 or retired) unit code");
    }
}
