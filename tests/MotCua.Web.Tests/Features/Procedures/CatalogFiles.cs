using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Testing;
using MotCua.Web.Features.Procedures.Import;

namespace MotCua.Web.Tests.Features.Procedures;

/// <summary>Small catalog files for tests, and a way to import them.</summary>
internal static class CatalogFiles
{
    /// <summary>A valid province procedure of the demo units, in MotCua's format, with a placeholder for changes.</summary>
    public static string Procedure(string code = "9.000001", string extra = "", string fee = "8000", string steps = DefaultSteps, string agency = "92.STP",
        string publication = """{"decision":"10/QĐ-UBND","date":"2025-08-01","effectiveFrom":"2025-08-01"}""") => $$"""
        {"code":"{{code}}","name":"Thủ tục thử nghiệm","field":"Thử nghiệm","level":"province","agencyCode":"{{agency}}",
         "targetGroup":"citizen","channels":["counter","online"],"processingTime":{"amount":3,"unit":"working-days"},
         "fees":[{"name":"Lệ phí","amount":{{fee}}}],
         "components":[{"code":"TP1","name":"Tờ khai","originals":1,"copies":0,"required":true}],
         "legalBasis":[{"code":"01/2025/TT-TEST","effectiveFrom":"2025-07-01"}],
         "issuesResultDocument":true,"onlineLevel":"partial","fullOnlineEligible":false,
         {{steps}}
         "publication":{{publication}}{{extra}}}
        """;

    public const string DefaultSteps = """
        "steps":[{"order":1,"name":"Tiếp nhận","unitCode":"92.TTPVHCC","role":"one-stop-officer","share":{"amount":4,"unit":"working-hours"}},
                 {"order":2,"name":"Thẩm định","role":"specialist","share":{"amount":2,"unit":"working-days"}},
                 {"order":3,"name":"Ký","role":"unit-leader","share":{"amount":4,"unit":"working-hours"}}],
        """;

    public static async Task<ProcedureImportResult> ImportAsync(TestDatabase database, string json, CatalogFileFormat format = CatalogFileFormat.MotCua)
    {
        await using var scope = database.Services.CreateAsyncScope();
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return await scope.ServiceProvider.GetRequiredService<ImportProcedures>().ImportAsync(stream, format, "test", CancellationToken.None);
    }

    public static string DemoFile() => Path.Combine(AppContext.BaseDirectory, "data", "demo", "procedures-92.json");
}
