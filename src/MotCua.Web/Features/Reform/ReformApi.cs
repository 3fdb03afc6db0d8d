using Microsoft.AspNetCore.Http.HttpResults;
using MotCua.Domain.Reform;
using MotCua.Web.Features.Reform.Extract;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Reform;

/// <summary>JSON API of directive reading (staff only). Nothing is saved.</summary>
public static class ReformApi
{
    /// <summary>The body of <c>POST /api/reform/directives/extract</c>.</summary>
    public sealed record ExtractRequest(string? Text, int? Year);

    public static void MapReformApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reform")
            .WithTags("Reform")
            .RequireAuthorization(WebHost.StaffPolicy);

        group.MapPost("/directives/extract", async Task<Results<Ok<DirectiveExtraction>, ValidationProblem>> (ExtractRequest request, ExtractDirective extract, CancellationToken ct) =>
            {
                var text = DirectiveFileText.Pasted(request.Text);
                if (!text.Succeeded)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [text.Error!] }, title: "Không đọc được văn bản");
                }

                if (request.Year is < 2000 or > 2100)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["year"] = ["Năm phải từ 2000 đến 2100."] }, title: "Không đọc được văn bản");
                }

                var reading = extract.Read(text.Text!, await extract.AgenciesAsync(ct), request.Year);
                return TypedResults.Ok(reading.Extraction!);
            })
            .WithName("ExtractDirectiveTasks")
            .WithSummary("Propose the tasks of a directive's text, with the words and rule behind every field (nothing is saved)");
    }
}
