using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Testing;
using MotCua.Web.Features.Units.Import;

namespace MotCua.Web.Tests.Features.Units;

public sealed class ImportUnitsTests
{
    private static async Task<UnitImportResult> ImportAsync(TestDatabase database, string json)
    {
        await using var scope = database.Services.CreateAsyncScope();
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return await scope.ServiceProvider.GetRequiredService<ImportUnits>().ImportAsync(stream, null, CancellationToken.None);
    }

    private static async Task<int> CountUnitsAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await db.Units.CountAsync();
    }

    [Theory, AllProviders]
    public async Task Import_GoodList_AddsUnitsUnderTheirParents(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var result = await ImportAsync(database, """
            [
              {"code":"HX.SNV","name":"Sở Nội vụ","kind":"department","parentCode":"HX"},
              {"code":"HX","name":"Tỉnh Hậu Xuyên","kind":"province","parentCode":null},
              {"code":"HX.TT","name":"Trung tâm Phục vụ hành chính công","kind":"centre","parentCode":"HX"},
              {"code":"HX.X1","name":"Xã Một","kind":"commune","parentCode":"HX"}
            ]
            """);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Equal(4, result.Added);
        await using var db = database.NewContext();
        var snv = await db.Units.Include(u => u.Parent).SingleAsync(u => u.Code == "HX.SNV");
        Assert.Equal("HX", snv.Parent!.Code);
        Assert.Equal("so noi vu", snv.NameKey);
    }

    [Theory, AllProviders]
    public async Task Import_SameFileTwice_ChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        const string json = """[{"code":"HX","name":"Tỉnh Hậu Xuyên","kind":"province"},{"code":"HX.A","name":"Sở A","kind":"department","parentCode":"HX"}]""";
        await ImportAsync(database, json);
        var again = await ImportAsync(database, json);
        Assert.True(again.Succeeded);
        Assert.Equal((0, 0, 2), (again.Added, again.Updated, again.Unchanged));
        Assert.Equal(2, await CountUnitsAsync(database));
    }

    [Theory, AllProviders]
    public async Task Import_RenamedUnit_IsUpdated(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ImportAsync(database, """[{"code":"HX","name":"Tỉnh Hậu Xuyên","kind":"province"}]""");
        var result = await ImportAsync(database, """[{"code":"HX","name":"Thành phố Hậu Xuyên","kind":"province"}]""");
        Assert.Equal(1, result.Updated);
        await using var db = database.NewContext();
        Assert.Equal("thanh pho hau xuyen", (await db.Units.SingleAsync()).NameKey);
    }

    public static TheoryData<DatabaseProvider, string, string> BadFiles()
    {
        var data = new TheoryData<DatabaseProvider, string, string>();
        (string Json, string Expected)[] cases =
        [
            ("""[{"code":"HX","name":"Tỉnh","kind":"province"},{"code":"HX.A","name":"Sở A","kind":"department","parentCode":"ZZ"}]""", "Bản ghi 2 (mã \"HX.A\"): đơn vị cha \"ZZ\""),
            ("""[{"code":"HX","name":"Tỉnh","kind":"province"},{"code":"HX","name":"Tỉnh 2","kind":"province"}]""", "Bản ghi 2 (mã \"HX\"): mã đơn vị trùng"),
            ("""[{"code":"HX","name":"Tỉnh","kind":"province"},{"code":"HX.A","name":"Huyện A","kind":"district","parentCode":"HX"}]""", "Bản ghi 2 (mã \"HX.A\"): loại đơn vị \"district\""),
            ("""[{"code":"HX","name":"Tỉnh","kind":"province"},{"name":"Sở","kind":"department","parentCode":"HX"}]""", "Bản ghi 2: thiếu mã"),
            ("""[{"code":"HX","name":"Tỉnh","kind":"province"},""", "Tệp: JSON không hợp lệ"),
            ("""{"code":"HX"}""", "Tệp: JSON không hợp lệ"),
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
        await using var database = await TestDatabase.CreateAsync(provider);
        var result = await ImportAsync(database, json);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.ToString().StartsWith(expected, StringComparison.Ordinal));
        Assert.Equal(0, await CountUnitsAsync(database));
    }

    [Theory, AllProviders]
    public async Task Import_ChangingTheKindOfAnExistingUnit_IsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var before = await CountUnitsAsync(database);
        var result = await ImportAsync(database, """[{"code":"92.STP","name":"Sở Tư pháp","kind":"centre","parentCode":"92"},{"code":"92.NEW","name":"Sở Mới","kind":"department","parentCode":"92"}]""");
        Assert.False(result.Succeeded);
        Assert.Equal(before, await CountUnitsAsync(database));
    }
}
