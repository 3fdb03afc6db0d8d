using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Domain.Calendar;
using MotCua.Domain.Organization;
using MotCua.Domain.Procedures;
using MotCua.Testing;
using MotCua.Web.Features.Procedures.Catalog;
using MotCua.Web.Features.Procedures.Export;
using MotCua.Web.Features.Procedures.Import;
using NodaTime;

namespace MotCua.Web.Tests.Features.Procedures;

public sealed class ImportProceduresTests
{
    private static async Task<(int Procedures, int Versions)> CountAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return (await db.Procedures.CountAsync(), await db.ProcedureVersions.CountAsync());
    }

    [Theory, AllProviders]
    public async Task DemoProvince_HasTheDemoCatalog(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var demo = JsonSerializer.Deserialize<List<ProcedureJson>>(await File.ReadAllTextAsync(CatalogFiles.DemoFile()), CatalogFormat.ReadOptions)!;
        Assert.InRange(demo.Count, 40, 50);
        Assert.Equal((demo.Count, demo.Count), await CountAsync(database));
    }

    [Theory, AllProviders]
    public async Task ImportThenExport_RoundTripsTheDemoCatalogWithoutLoss(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        await using var scope = database.Services.CreateAsyncScope();
        await using var exported = new MemoryStream();
        await scope.ServiceProvider.GetRequiredService<ExportProcedures>().WriteJsonAsync(exported, null, CancellationToken.None);

        var original = Read(await File.ReadAllTextAsync(CatalogFiles.DemoFile()));
        var back = Read(System.Text.Encoding.UTF8.GetString(exported.ToArray()));
        Assert.Equal(original.Keys.Order(StringComparer.Ordinal), back.Keys);
        foreach (var (code, content) in original)
        {
            Assert.True(ProcedureDiff.AreSame(content, back[code]), $"{code}: {string.Join("; ", ProcedureDiff.Compare(content, back[code]))}");
        }

        // And the exported file imports again as "nothing changed".
        exported.Position = 0;
        var again = await scope.ServiceProvider.GetRequiredService<ImportProcedures>().ImportAsync(exported, CatalogFileFormat.MotCua, "test", CancellationToken.None);
        Assert.True(again.Succeeded, string.Join("; ", again.Problems));
        Assert.Equal((0, 0, original.Count), (again.Added, again.NewVersions, again.Unchanged));

        static Dictionary<string, ProcedureContent> Read(string json)
        {
            var items = JsonSerializer.Deserialize<List<ProcedureJson>>(json, CatalogFormat.ReadOptions)!;
            var problems = new List<string>();
            var result = items.Select(i => CatalogFormat.Read(i, problems)!).ToDictionary(c => c.Code, StringComparer.Ordinal);
            Assert.Empty(problems);
            return result;
        }
    }

    [Theory, AllProviders]
    public async Task Import_SameFileTwice_ChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var before = await CountAsync(database);
        var file = $"[{CatalogFiles.Procedure()}]";
        var first = await CatalogFiles.ImportAsync(database, file);
        Assert.True(first.Succeeded, string.Join("; ", first.Problems));
        Assert.Equal(1, first.Added);
        var second = await CatalogFiles.ImportAsync(database, file);
        Assert.Equal((0, 0, 1), (second.Added, second.NewVersions, second.Unchanged));
        Assert.Equal((before.Procedures + 1, before.Versions + 1), await CountAsync(database));
    }

    public static TheoryData<DatabaseProvider, string, string> BadFiles()
    {
        var data = new TheoryData<DatabaseProvider, string, string>();
        (string Json, string Expected)[] cases =
        [
            ($"[{CatalogFiles.Procedure(agency: "92.NOPE")}]", "Bản ghi 1 (mã \"9.000001\"): cơ quan thực hiện \"92.NOPE\""),
            ($"[{CatalogFiles.Procedure()},{CatalogFiles.Procedure()}]", "Bản ghi 2 (mã \"9.000001\"): mã thủ tục trùng với bản ghi 1"),
            ($"[{CatalogFiles.Procedure(fee: "-5000")}]", "Bản ghi 1 (mã \"9.000001\"): phí, lệ phí 1 có số tiền âm"),
            ($"[{CatalogFiles.Procedure().Replace("\"working-days\"}", "\"weeks\"}", StringComparison.Ordinal)}]", "Bản ghi 1 (mã \"9.000001\"): thời hạn giải quyết (processingTime) cần amount và unit"),
            ($"[{CatalogFiles.Procedure(steps: CatalogFiles.DefaultSteps.Replace("\"amount\":2", "\"amount\":1", StringComparison.Ordinal))}]", "Bản ghi 1 (mã \"9.000001\"): tổng thời gian các bước là 2 ngày làm việc"),
            ($"[{CatalogFiles.Procedure(steps: CatalogFiles.DefaultSteps.Replace("\"role\":\"specialist\",", "", StringComparison.Ordinal))}]", "Bản ghi 1 (mã \"9.000001\"): bước 2 \"Thẩm định\" chưa có người thực hiện"),
            ($"[{CatalogFiles.Procedure(publication: "null")}]", "Bản ghi 1 (mã \"9.000001\"): thiếu thông tin công bố"),
            ($"[{CatalogFiles.Procedure(publication: """{"decision":"1/QĐ","date":"01/08/2025"}""")}]", "Bản ghi 1 (mã \"9.000001\"): ngày quyết định công bố (publication.date) \"01/08/2025\" không đúng dạng"),
            ($"[{CatalogFiles.Procedure(extra: ",\"level\":\"district\"")}]", "Bản ghi 1 (mã \"9.000001\"): cấp thực hiện (level) \"district\""),
            ($"[{CatalogFiles.Procedure(fee: "\"free\"")}]", "Bản ghi 1 (mã \"9.000001\"): giá trị sai kiểu"),
            ($"[{CatalogFiles.Procedure()}", "Tệp: JSON không hợp lệ"),
            ("""{"code":"1"}""", "Tệp: cần một mảng JSON"),
        ];
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            foreach (var (json, expected) in cases)
            {
                data.Add(provider, json, expected);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Import_BadRecord_ImportsNothingAndNamesTheRecord(DatabaseProvider provider, string json, string expected)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var before = await CountAsync(database);
        var result = await CatalogFiles.ImportAsync(database, json);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.ToString().StartsWith(expected, StringComparison.Ordinal));
        Assert.Equal(before, await CountAsync(database));
    }

    [Theory, AllProviders]
    public async Task Import_BadRecordAfterAGoodOne_ImportsNeither(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var before = await CountAsync(database);
        var result = await CatalogFiles.ImportAsync(database, $"[{CatalogFiles.Procedure("9.000002")},{CatalogFiles.Procedure(fee: "-1")}]");
        Assert.False(result.Succeeded);
        Assert.Single(result.Problems);
        Assert.Equal(before, await CountAsync(database));
    }

    [Theory, AllProviders]
    public async Task Import_WithoutSteps_GetsOneStepByTheCompetentAgency(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var result = await CatalogFiles.ImportAsync(database, $"[{CatalogFiles.Procedure(steps: "")}]");
        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        await using var scope = database.Services.CreateAsyncScope();
        var details = await scope.ServiceProvider.GetRequiredService<ProcedureCatalog>().FindAsync("9.000001", new LocalDate(2025, 9, 1), CancellationToken.None);
        var step = Assert.Single(details!.Content.Steps);
        Assert.Equal(("92.STP", Deadline.WorkingDays(3)), (step.UnitCode, step.Share));
    }

    [Theory, AllProviders]
    public async Task Import_ChangedContent_AddsAVersionAndKeepsTheOldOneByDate(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        await CatalogFiles.ImportAsync(database, $"[{CatalogFiles.Procedure()}]");
        var changed = await CatalogFiles.ImportAsync(database, $"[{CatalogFiles.Procedure(fee: "10000", publication: """{"decision":"20/QĐ-UBND","date":"2025-12-20","effectiveFrom":"2026-01-01"}""")}]");
        Assert.Equal(1, changed.NewVersions);

        await using var scope = database.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<ProcedureCatalog>();
        var old = await catalog.FindAsync("9.000001", new LocalDate(2025, 12, 31), CancellationToken.None);
        var current = await catalog.FindAsync("9.000001", new LocalDate(2026, 1, 1), CancellationToken.None);
        Assert.Equal((1, 8000L), (old!.Number, old.Content.Fees[0].Amount));
        Assert.Equal((2, 10000L), (current!.Number, current.Content.Fees[0].Amount));
        Assert.NotEqual(old.VersionId, current.VersionId);
        Assert.Null(await catalog.FindAsync("9.000001", new LocalDate(2025, 7, 31), CancellationToken.None));

        var history = await catalog.HistoryAsync("9.000001", CancellationToken.None);
        Assert.Equal(2, history.Count);
        Assert.Contains(history[1].Changes, c => c.What == "Phí, lệ phí" && c.After == "Lệ phí: 10.000 đồng");
    }

    [Theory, AllProviders]
    public async Task Import_NewVersionStartingBeforeTheNewest_IsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        await CatalogFiles.ImportAsync(database, $"[{CatalogFiles.Procedure()}]");
        var result = await CatalogFiles.ImportAsync(database, $"[{CatalogFiles.Procedure(fee: "1", publication: """{"decision":"2/QĐ","date":"2025-07-15"}""")}]");
        Assert.False(result.Succeeded);
        Assert.Contains("trước ngày hiệu lực của phiên bản 1", result.Problems.Single().Message, StringComparison.Ordinal);
        await using var scope = database.Services.CreateAsyncScope();
        Assert.Single(await scope.ServiceProvider.GetRequiredService<ProcedureCatalog>().HistoryAsync("9.000001", CancellationToken.None));
    }

    [Theory, AllProviders]
    public async Task ImportNational_MapsWhatItCanAndReportsTheRest(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        const string national = """
            [{"code":"1.000178","name":"Thủ tục cấp phép thử nghiệm quốc gia","isProvince":true,"isWard":false,"isFullProcess":true,
              "categoriesDetails":[{"code":"G01-TP01","name":"Bồi thường nhà nước"}],
              "departmentsExecuting":[{"code":"000.00.13.G04","name":"Sở Tư pháp thành phố Cần Thơ"}],
              "executionMethods":[
                {"submissionMethod":"DIRECT","processingTime":15,"processingTimeUnit":"WORKING_DAY","fees":[{"name":"Lệ phí","amount":50000}]},
                {"submissionMethod":"ONLINE","processingTime":10,"processingTimeUnit":"WORKING_DAY","fees":[{"name":"Lệ phí","amount":25000}]},
                {"submissionMethod":"FAX","processingTime":15,"processingTimeUnit":"WORKING_DAY"}],
              "executionCases":[{"name":"Trường hợp thông thường","profileComponents":[{"name":"Đơn đề nghị","code":"A1","originalQty":1,"copyQty":0,"required":true,"hasElectronicForm":true}]}],
              "legalBasisesDetails":[{"code":"10/2017/QH14"}],
              "resultsDetails":[{"code":"KQ1","name":"Quyết định"}],
              "subjectTypesDetails":[{"name":"Công dân Việt Nam"},{"name":"Doanh nghiệp"}],
              "procedureProposal":{"decisionDate":"2025-06-20","issuingAgency":"Bộ Tư pháp"},
              "unexpectedField":1}]
            """;
        var result = await CatalogFiles.ImportAsync(database, national, CatalogFileFormat.National);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Contains(result.Notes, n => n.Message.Contains("FAX", StringComparison.Ordinal));
        Assert.Contains(result.Notes, n => n.Message.Contains("hasElectronicForm", StringComparison.Ordinal));
        Assert.Contains(result.Notes, n => n.Message.Contains("unexpectedField", StringComparison.Ordinal));

        await using var scope = database.Services.CreateAsyncScope();
        var details = (await scope.ServiceProvider.GetRequiredService<ProcedureCatalog>().FindAsync("1.000178", new LocalDate(2025, 7, 1), CancellationToken.None))!;
        var content = details.Content;
        Assert.Equal(("92.STP", ProcedureLevel.Province, "Bồi thường nhà nước"), (content.AgencyCode, content.Level, content.Field));
        Assert.Equal((Deadline.WorkingDays(15), (Deadline?)Deadline.WorkingDays(10)), (content.ProcessingTime, content.OnlineProcessingTime));
        Assert.Equal((OnlineLevel.Full, true, TargetGroup.Both), (content.OnlineLevel, content.FullOnlineEligible, content.TargetGroup));
        Assert.Equal([50000L, 25000L], content.Fees.Select(f => f.Amount));
        Assert.Equal("Đơn đề nghị", Assert.Single(content.Components).Name);
        Assert.Equal(new LocalDate(2025, 6, 20), content.Publication.Date);
        Assert.Single(content.Steps);
    }

    [Theory, AllProviders]
    public async Task ImportNational_UnknownAgencyOrMinistryLevel_IsAProblem(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        const string national = """
            [{"code":"1.1","name":"A","isProvince":true,"categoriesDetails":[{"name":"X"}],"departmentsExecuting":[{"name":"Sở Không Có"}],
              "executionMethods":[{"submissionMethod":"DIRECT","processingTime":5,"processingTimeUnit":"WORKING_DAY"}]},
             {"code":"1.2","name":"B","isMinistry":true,"categoriesDetails":[{"name":"X"}],
              "executionMethods":[{"submissionMethod":"DIRECT","processingTime":5,"processingTimeUnit":"WORKING_DAY"}]}]
            """;
        var result = await CatalogFiles.ImportAsync(database, national, CatalogFileFormat.National);
        Assert.Contains(result.Problems, p => p.ToString().StartsWith("Bản ghi 1 (mã \"1.1\"): không tìm thấy cơ quan thực hiện", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.ToString().StartsWith("Bản ghi 2 (mã \"1.2\"): thủ tục cấp trung ương", StringComparison.Ordinal));
    }

    [Theory, AllProviders]
    public async Task ExportXlsx_HasOneRowPerProcedureWithVietnameseHeaders(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        await using var scope = database.Services.CreateAsyncScope();
        var path = Path.Combine(database.DataFolder, "catalog.xlsx");
        await using (var file = File.Create(path))
        {
            await scope.ServiceProvider.GetRequiredService<ExportProcedures>().WriteXlsxAsync(file, null, CancellationToken.None);
        }

        var rows = MiniExcelLibs.MiniExcel.Query(path, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var (count, _) = await CountAsync(database);
        Assert.Equal(count, rows.Count);
        var birth = rows.Single(r => (string)r["Mã thủ tục"] == "1.001193");
        Assert.Equal("Đăng ký khai sinh", birth["Tên thủ tục"]);
        Assert.Equal("Cấp xã", birth["Cấp thực hiện"]);
    }

    [Theory, AllProviders]
    public async Task Import_CommuneProcedureForOneCommune_IsAllowedButNotForADepartment(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var forCommune = CatalogFiles.Procedure(agency: "31135", steps: "").Replace("\"level\":\"province\"", "\"level\":\"commune\"", StringComparison.Ordinal);
        Assert.True((await CatalogFiles.ImportAsync(database, $"[{forCommune}]")).Succeeded);
        var wrong = CatalogFiles.Procedure("9.000003", agency: "92.STP").Replace("\"level\":\"province\"", "\"level\":\"commune\"", StringComparison.Ordinal);
        var result = await CatalogFiles.ImportAsync(database, $"[{wrong}]");
        Assert.Contains(result.Problems, p => p.Message.Contains("không phải xã, phường", StringComparison.Ordinal));
        await using var db = database.NewContext();
        Assert.Equal(UnitKind.Commune, (await db.ProcedureVersions.Include(v => v.Agency).SingleAsync(v => v.Procedure!.Code == "9.000001")).Agency!.Kind);
    }
}
