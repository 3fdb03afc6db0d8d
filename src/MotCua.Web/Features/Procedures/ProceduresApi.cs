using Microsoft.AspNetCore.Http.HttpResults;
using MotCua.Domain.Procedures;
using MotCua.Web.Features.Procedures.Catalog;
using NodaTime;
using NodaTime.Text;

namespace MotCua.Web.Features.Procedures;

/// <summary>One procedure as the API returns it: the version's identity and, in MotCua's catalog format
/// (docs/CATALOG.md), what it says.</summary>
/// <param name="VersionId">Stable id of the version (what a dossier records).</param>
/// <param name="Version">Version number of the procedure (1, 2…).</param>
/// <param name="VersionCount">How many versions the procedure has.</param>
/// <param name="EffectiveTo">Last day in force (yyyy-MM-dd), null while current.</param>
/// <param name="AgencyName">Competent agency, in words.</param>
/// <param name="MissingParts">Parts index indicator 1.3 requires that this version lacks.</param>
/// <param name="Procedure">The content.</param>
public sealed record ProcedureApiDetails(int VersionId, int Version, int VersionCount, string? EffectiveTo, string AgencyName, IReadOnlyList<string> MissingParts, ProcedureJson Procedure);

/// <summary>The public catalog API (no sign-in): search and one procedure, as in force today or on a date.</summary>
public static class ProceduresApi
{
    public static void MapProceduresApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/procedures")
            .WithTags("Procedures")
            .AllowAnonymous();

        group.MapGet("/", SearchAsync)
            .WithName("SearchProcedures")
            .WithSummary("Search the procedures in force by accent-insensitive text or code, field, agency, level and online level")
            .WithDescription("q: words with or without accents; field: field name; agency: unit code; level: province|commune; online: full|partial|none; on: yyyy-MM-dd (default today); limit: 1–200 (default 50).");

        group.MapGet("/{code}", GetAsync)
            .WithName("GetProcedure")
            .WithSummary("One procedure as in force today, or on ?on=yyyy-MM-dd")
            .WithDescription("400 ProblemDetails for a malformed date, 404 when the code is unknown or not in force on that date.");
    }

    private static async Task<Results<Ok<ProcedureSearchResult>, ValidationProblem>> SearchAsync(
        string? q, string? field, string? agency, string? level, string? online, string? on, int? limit,
        ProcedureCatalog catalog, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (level is not null && ProcedureVocabulary.ParseLevel(level) is null)
        {
            errors["level"] = ["Cấp thực hiện chỉ nhận province hoặc commune."];
        }

        if (online is not null && ProcedureVocabulary.ParseOnlineLevel(online) is null)
        {
            errors["online"] = ["Mức độ trực tuyến chỉ nhận full, partial hoặc none."];
        }

        var date = ParseDate(on, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Tham số không hợp lệ");
        }

        return TypedResults.Ok(await catalog.SearchAsync(new ProcedureQuery(q, field, agency, level, online), date, Math.Clamp(limit ?? 50, 1, 200), cancellationToken));
    }

    private static async Task<Results<Ok<ProcedureApiDetails>, ValidationProblem, ProblemHttpResult>> GetAsync(
        string code, string? on, ProcedureCatalog catalog, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var date = ParseDate(on, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Tham số không hợp lệ");
        }

        var details = code.Length <= ProcedureRules.MaxCodeLength ? await catalog.FindAsync(code, date, cancellationToken) : null;
        if (details is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy thủ tục",
                detail: date is null ? $"Không có thủ tục mã \"{code}\"." : $"Không có thủ tục mã \"{code}\" có hiệu lực vào ngày {on}.");
        }

        return TypedResults.Ok(new ProcedureApiDetails(details.VersionId, details.Number, details.VersionCount,
            details.EffectiveTo is { } to ? CatalogFormat.Iso(to) : null, details.AgencyName, details.MissingParts, CatalogFormat.Write(details.Content)));
    }

    private static LocalDate? ParseDate(string? on, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(on))
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(on.Trim());
        if (!parsed.Success)
        {
            errors["on"] = [$"Ngày \"{on}\" không đúng dạng yyyy-MM-dd."];
            return null;
        }

        return parsed.Value;
    }
}
