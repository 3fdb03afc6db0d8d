using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Testing;
using MotCua.Web.Features.Dossiers.Import;

namespace MotCua.Web.Tests.Features.Dossiers;

public sealed class ImportDossiersTests
{
    private const string Returned = """{"MaHoSo":"31135-250310-0007","MaTTHC":"1.001193","TenTTHC":"Đăng ký khai sinh","DonViXuLy":"31135","KenhThucHien":2,"ChuHoSo":"Lê Thị Hoa","SoGiayToChuHoSo":"092180009999","SoDienThoai":"0987654321","NgayNopHoSo":"20250310080000","NgayTiepNhan":"20250311090000","NgayHenTra":"20250312090000","NgayKetThucXuLy":"20250311150000","NgayTra":"20250311160000","TrangThaiHoSo":"10","DanhSachHoSoBoSung":[],"DanhSachGiayToKetQua":[{"TenGiayTo":"Giấy khai sinh","MaGiayToKetQua":"GKS-1","DuongDanTepTinKetQua":"https://old/ks.pdf"}]}""";
    private const string WithSupplement = """{"MaHoSo":"31135-250312-0001","MaTTHC":"1.001193","DonViXuLy":"31135","KenhThucHien":1,"ChuHoSo":"Phạm Văn Bình","SoDienThoai":"0912000111","NgayTiepNhan":"20250312080000","NgayHenTra":"20250313080000","NgayKetThucXuLy":"20250318090000","TrangThaiHoSo":9,"DanhSachHoSoBoSung":[{"NgayBoSung":"20250312100000","NgayTiepNhanBoSung":"20250314090000","NoiDungBoSung":"Bản sao giấy chứng sinh"},{"NgayBoSung":"20250314100000","NgayTiepNhanBoSung":"20250317090000","NoiDungBoSung":"Xác nhận cư trú"}]}""";
    private const string Withdrawn = """{"MaHoSo":"OLD-1","MaTTHC":"1.001193","DonViXuLy":"31135","ChuHoSo":"Ngô Văn C","SoGiayToChuHoSo":"092080000001","NgayTiepNhan":"20250401080000","NgayHenTra":"20250402080000","NgayKetThucXuLy":"20250401150000","TrangThaiHoSo":7}""";

    private static async Task<DossierImportReport> ImportAsync(TestDatabase db, string text, bool skipInvalid = false)
    {
        await using var scope = db.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ImportDossiers>().ImportAsync(new StringReader(text), skipInvalid, CancellationToken.None);
    }

    [Theory, AllProviders]
    public async Task Import_GoodFile_DerivesEventsFromTheDates(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var report = await ImportAsync(db, string.Join('\n', Returned, WithSupplement, Withdrawn));
        Assert.Equal((3, 0), (report.Imported, report.Rejected.Count));

        await using var context = db.NewContext();
        var returned = await context.Dossiers.SingleAsync(d => d.Code == "31135-250310-0007");
        Assert.Equal(DossierStatus.Returned, returned.Status);
        Assert.True(returned.ReceivedLate); // received 9 working hours after submission (7 h on Monday, 2 h on Tuesday)
        Assert.True(returned.ElectronicResult);
        Assert.True(returned.Imported);
        var types = await context.EventLog.Where(e => e.StreamId == returned.Id).OrderBy(e => e.Sequence).Select(e => e.Type).ToListAsync();
        Assert.Equal(["Submitted", "Received", "ResultIssued", "Returned"], types);
        Assert.True(await context.EventLog.Where(e => e.StreamId == returned.Id).AllAsync(e => e.Imported));

        var supplemented = await context.Dossiers.SingleAsync(d => d.Code == "31135-250312-0001");
        Assert.Equal((DossierStatus.Finished, 2), (supplemented.Status, supplemented.SupplementCount));
        Assert.Equal(Timeliness.Late, supplemented.TimelinessAt(supplemented.FinishedAt!.Value));
        Assert.Equal(Domain.VietnamTime.ToInstant(new NodaTime.LocalDateTime(2025, 3, 13, 8, 0)), supplemented.DueAt);

        var withdrawn = await context.Dossiers.SingleAsync(d => d.Code == "OLD-1");
        Assert.Equal(DossierStatus.Withdrawn, withdrawn.Status);
        Assert.Equal("092080000001", (await context.DossierApplicants.SingleAsync(a => a.DossierId == withdrawn.Id)).IdNumber);
    }

    [Theory, AllProviders]
    public async Task Import_SameFileTwice_AddsNothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        await ImportAsync(db, Returned + "\n" + Withdrawn);
        var again = await ImportAsync(db, Returned + "\n" + Withdrawn);
        Assert.Equal((0, 2), (again.Imported, again.AlreadyPresent));
        await using var context = db.NewContext();
        Assert.Equal(2, await context.Dossiers.CountAsync());
    }

    [Theory, AllProviders]
    public async Task Import_ImportedCode_IsNotReusedByANewIntake(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        await ImportAsync(db, Returned.Replace("31135-250310-0007", "31135-251124-0005", StringComparison.Ordinal));
        var next = await DossierTestKit.ReceiveAtNinhKieuAsync(db);
        Assert.Equal("31135-251124-0006", next.Code);
    }

    public static TheoryData<string, string> BadLines() => new()
    {
        { "{not json", "JSON không hợp lệ" },
        { """{"MaTTHC":"1.001193"}""", "thiếu MaHoSo" },
        { Returned.Replace("\"1.001193\"", "\"9.999999\"", StringComparison.Ordinal), "chưa có trong danh mục" },
        { Returned.Replace("\"DonViXuLy\":\"31135\"", "\"DonViXuLy\":\"NOPE\"", StringComparison.Ordinal), "DonViXuLy" },
        { Returned.Replace("20250311090000", "2025-03-11", StringComparison.Ordinal), "yyyyMMddHHmmss" },
        { Returned.Replace("\"NgayTra\":\"20250311160000\"", "\"NgayTra\":\"20250301140000\"", StringComparison.Ordinal), "NgayTra" },
        { Returned.Replace("\"TrangThaiHoSo\":\"10\"", "\"TrangThaiHoSo\":\"42\"", StringComparison.Ordinal), "TrangThaiHoSo" },
        { Returned.Replace("\"NgayHenTra\":\"20250312090000\",", string.Empty, StringComparison.Ordinal), "thiếu NgayHenTra" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public async Task Import_BadLine_IsReportedWithItsNumber_AndNothingIsImported(string bad, string reason)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, Seed.Demo);
        var report = await ImportAsync(db, Withdrawn + "\n\n" + bad);
        var rejected = Assert.Single(report.Rejected);
        Assert.Equal(3, rejected.Line);
        Assert.Contains(reason, rejected.Reason, StringComparison.Ordinal);
        Assert.False(report.Written);
        await using var context = db.NewContext();
        Assert.Equal(0, await context.Dossiers.CountAsync());
    }

    [Theory, AllProviders]
    public async Task Import_SkipInvalid_ImportsTheGoodLines(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var report = await ImportAsync(db, Withdrawn + "\n{broken\n" + Withdrawn, skipInvalid: true);
        Assert.Equal(1, report.Imported);
        Assert.Equal([2, 3], report.Rejected.Select(r => r.Line));
        Assert.Contains("trùng", report.Rejected[1].Reason, StringComparison.Ordinal);
    }
}
