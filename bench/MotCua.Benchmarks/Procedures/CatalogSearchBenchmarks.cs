using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MotCua.Data;
using MotCua.Domain.Text;
using MotCua.Web.Features.Procedures.Catalog;
using MotCua.Web.Features.Procedures.Import;
using MotCua.Web.Features.Units.Import;
using MotCua.Web.Infrastructure;

namespace MotCua.Benchmarks.Procedures;

/// <summary>
/// Public catalog search over 2,000 procedures on SQLite (the demo database): the catalog's query on the
/// stored accent-insensitive keys (<see cref="ProcedureCatalog.SearchAsync"/>, one request's work: a scope, a
/// context, a count and the first 50 rows) against a naive scan that loads every procedure in force and
/// computes each name's key while matching (the baseline).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
[MaxColumn]
public class CatalogSearchBenchmarks
{
    public const int Procedures = 2_000;

    private ServiceProvider _services = null!;
    private string _folder = null!;

    [Params("dang ky khai sinh", "ĐĂNG KÝ", "giay phep xay dung")]
    public string Query { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public async Task<int> NaiveScan()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var today = scope.ServiceProvider.GetRequiredService<ProcedureCatalog>().Today;
        var all = await db.ProcedureVersions.AsNoTracking()
            .Where(v => v.EffectiveFrom <= today && (v.EffectiveTo == null || v.EffectiveTo >= today))
            .Select(v => new { v.Procedure!.Code, v.Name })
            .ToListAsync();
        var key = VietnameseText.SearchKey(Query);
        return all.Where(v => VietnameseText.MatchesKey(VietnameseText.SearchKey(v.Name), key))
            .OrderBy(v => VietnameseText.SearchKey(v.Name), StringComparer.Ordinal)
            .Take(50)
            .Count();
    }

    [Benchmark]
    public async Task<int> StoredKeys()
    {
        await using var scope = _services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ProcedureCatalog>().SearchAsync(new ProcedureQuery(Query), null, 50, CancellationToken.None);
        return result.Items.Count;
    }

    private async Task SetupAsync()
    {
        _folder = Path.Combine(Path.GetTempPath(), "motcua-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MotCua:DataFolder"] = _folder,
            ["MotCua:Demo:Enabled"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddMotCuaCore(configuration, _folder);
        _services = services.BuildServiceProvider();

        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        var units = """
            [{"code":"92","name":"Thành phố Cần Thơ","kind":"province"},
             {"code":"92.STP","name":"Sở Tư pháp","kind":"department","parentCode":"92"},
             {"code":"92.SXD","name":"Sở Xây dựng","kind":"department","parentCode":"92"},
             {"code":"92.SNNMT","name":"Sở Nông nghiệp và Môi trường","kind":"department","parentCode":"92"}]
            """;
        await scope.ServiceProvider.GetRequiredService<ImportUnits>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(units)), null, CancellationToken.None);
        var result = await scope.ServiceProvider.GetRequiredService<ImportProcedures>()
            .ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(Generate())), CatalogFileFormat.MotCua, "bench", CancellationToken.None);
        if (!result.Succeeded || result.Added != Procedures)
        {
            throw new InvalidOperationException("Benchmark catalog did not import: " + string.Join("; ", result.Problems.Take(3)));
        }
    }

    /// <summary>2,000 procedures with names built from the words real procedure names use (fixed seed).</summary>
    private static string Generate()
    {
        string[] verbs = ["Đăng ký", "Cấp", "Cấp lại", "Cấp đổi", "Gia hạn", "Điều chỉnh", "Xác nhận", "Thẩm định", "Công nhận", "Thu hồi", "Chứng thực", "Phê duyệt"];
        string[] objects = ["khai sinh", "kết hôn", "khai tử", "giấy phép xây dựng", "giấy chứng nhận quyền sử dụng đất", "hộ kinh doanh", "thường trú", "tạm trú",
            "giấy phép lao động", "chứng chỉ hành nghề", "phiếu lý lịch tư pháp", "giấy phép kinh doanh", "bản sao từ bản chính", "trợ cấp xã hội", "nuôi con nuôi",
            "giấy chứng nhận an toàn thực phẩm", "giấy phép môi trường", "quyết định giao đất", "hợp đồng, giao dịch", "tình trạng hôn nhân"];
        string[] qualifiers = ["", " cho công dân Việt Nam", " có yếu tố nước ngoài", " đối với doanh nghiệp", " tại cấp xã", " lưu động", " trong trường hợp bị mất", " đối với nhà ở riêng lẻ"];
        string[] agencies = ["92.STP", "92.SXD", "92.SNNMT"];
        var random = new Random(20_251_125);
        var list = new List<object>(Procedures);
        for (var i = 0; i < Procedures; i++)
        {
            var name = $"{verbs[random.Next(verbs.Length)]} {objects[random.Next(objects.Length)]}{qualifiers[random.Next(qualifiers.Length)]}";
            var commune = i % 3 == 0;
            list.Add(new
            {
                code = string.Create(CultureInfo.InvariantCulture, $"9.{i:D6}"),
                name,
                field = objects[i % objects.Length],
                level = commune ? "commune" : "province",
                agencyCode = commune ? null : agencies[i % agencies.Length],
                targetGroup = "citizen",
                channels = new[] { "counter", "online" },
                processingTime = new { amount = 1 + (i % 15), unit = "working-days" },
                fees = new[] { new { name = "Lệ phí", amount = (i % 5) * 10_000L } },
                components = new[] { new { name = "Tờ khai" } },
                legalBasis = new[] { new { code = "01/2025/TT" } },
                onlineLevel = "partial",
                publication = new { decision = "1/QĐ-UBND", date = "2025-07-01" },
            });
        }

        return JsonSerializer.Serialize(list);
    }
}
