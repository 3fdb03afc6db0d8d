using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Payments;
using MotCua.Testing;
using MotCua.Web.Features.Dossiers.Import;
using MotCua.Web.Features.Dossiers.Intake;
using MotCua.Web.Features.Sync.Export;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Features.Payments;
using NodaTime;

namespace MotCua.Web.Tests.Features.Sync;

/// <summary>The national sync export: the payment facts it shows, and a round trip through <c>import dossiers</c>.</summary>
public sealed class ExportDossiersTests
{
    private static readonly FeeAdjustment Halved = new(FeeAdjustmentKind.Reduction, 50, "Nghị quyết 15/2023/NQ-HĐND");

    /// <summary>Dossiers in every state that matters, by name.</summary>
    private static async Task<Dictionary<string, Dossier>> MakeDossiersAsync(TestDatabase db)
    {
        var made = new Dictionary<string, Dossier>(StringComparer.Ordinal);
        void Later() => db.Clock.Advance(Duration.FromMinutes(7));

        made["paidOnline"] = await PaymentTestKit.WaitingForPaymentAsync(db);
        var order = await PaymentTestKit.StartAsync(db, made["paidOnline"].Id, "provincial");
        Later();
        await PaymentTestKit.NotifyAsync(db, "provincial", PaymentTestKit.Signed(db, order, PaymentState.Paid));
        Later();
        made["waitingReduced"] = await PaymentTestKit.WaitingForPaymentAsync(db, owner: null, adjustment: Halved);
        Later();
        made["paidAtCounter"] = await PaymentTestKit.WaitingForPaymentAsync(db, owner: null);
        Later();
        await TestDossiers.ActAsync(db, "motcua.ninhkieu", made["paidAtCounter"].Id, (x, now, cal) => DossierLifecycle.CompletePayment(x, 8_000, 0, now, cal));
        made["exempted"] = await TestDossiers.ReceiveAsync(db);
        Later();
        await TestDossiers.ActAsync(db, "chuyenvien.ninhkieu", made["exempted"].Id, (x, _, _) =>
            DossierLifecycle.RequestPayment(x, FeeRules.Assess(x.Terms!.Fees, new FeeAdjustment(FeeAdjustmentKind.Exemption, 100, "Điều 11 Luật Hộ tịch 2014")).Assessment!));
        made["supplement"] = await TestDossiers.ReceiveAsync(db);
        Later();
        await TestDossiers.ActAsync(db, "chuyenvien.ninhkieu", made["supplement"].Id, (x, _, _) => DossierLifecycle.RequestSupplement(x, ["Bản sao giấy chứng sinh"], "Thiếu giấy chứng sinh"));
        made["returned"] = await TestDossiers.ReceiveAsync(db);
        Later();
        await TestDossiers.ActAsync(db, "chuyenvien.ninhkieu", made["returned"].Id, (x, now, cal) => DossierLifecycle.CompleteStep(x, now, cal));
        Later();
        await TestDossiers.ActAsync(db, "lanhdao.ninhkieu", made["returned"].Id, (x, _, _) => DossierLifecycle.IssueResult(x, false, "GKS-01", []));
        Later();
        await TestDossiers.ActAsync(db, "motcua.ninhkieu", made["returned"].Id, (x, _, _) => DossierLifecycle.Return(x, ReturnMethod.Counter));
        made["submitted"] = await TestDossiers.SubmitAsync(db);
        made["withdrawn"] = await TestDossiers.ReceiveAsync(db);
        Later();
        await TestDossiers.ActAsync(db, "motcua.ninhkieu", made["withdrawn"].Id, (x, _, _) => DossierLifecycle.Withdraw(x, "Công dân xin rút"));

        var officer = await DossierTestKit.StaffAsync(db, "motcua.ninhkieu");
        await using var scope = db.Services.CreateAsyncScope();
        var digitized = await scope.ServiceProvider.GetRequiredService<DossierIntake>().ReceiveAsync(
            new IntakeRequest(DossierTestKit.BirthRegistration, "31135", Channel.Counter, DossierTestKit.Applicant,
            [
                new ComponentRecord("TP1", "Tờ khai đăng ký khai sinh", [new FileRecord("to-khai.pdf", "files/ab/cd", new string('a', 64), 1200)], Digitized: true),
                new ComponentRecord("TP2", "Giấy chứng sinh", [], Reused: true),
                new ComponentRecord("TP3", "Thông tin cư trú", [], FromNationalStore: true),
            ]),
            officer.Actor, officer.UnitCode, CancellationToken.None);
        made["digitized"] = digitized.Dossier!;
        return made;
    }

    private static async Task<string> ExportAsync(TestDatabase db, LocalDate? from = null, LocalDate? to = null)
    {
        await using var scope = db.Services.CreateAsyncScope();
        await using var writer = new StringWriter();
        await scope.ServiceProvider.GetRequiredService<ExportDossiers>().WriteAsync(writer, from, to, CancellationToken.None);
        return writer.ToString();
    }

    private static Dictionary<string, NationalDossierRecord> Records(string jsonl) =>
        jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonSerializer.Deserialize<NationalDossierRecord>(l)!)
            .ToDictionary(r => r.MaHoSo!, StringComparer.Ordinal);

    [Theory, AllProviders]
    public async Task Export_ShowsThePaymentFacts(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var made = await MakeDossiersAsync(db);

        var records = Records(await ExportAsync(db));

        Assert.Equal(made.Count, records.Count);
        var online = records[made["paidOnline"].Code];
        Assert.Equal((2, 4, 1), (online.DuocThanhToanTrucTuyen, online.TrangThaiHoSo, online.KenhThucHien));
        Assert.Equal(8_000, Assert.Single(online.DanhSachLePhi!).Gia);
        var waiting = records[made["waitingReduced"].Code];
        Assert.Equal((0, 6), (waiting.DuocThanhToanTrucTuyen, waiting.TrangThaiHoSo));
        Assert.Equal(4_000, Assert.Single(waiting.DanhSachLePhi!).Gia);
        var counter = records[made["paidAtCounter"].Code];
        Assert.Equal((0, 4), (counter.DuocThanhToanTrucTuyen, counter.TrangThaiHoSo));
        Assert.Equal(0, Assert.Single(records[made["exempted"].Code].DanhSachLePhi!).Gia);
        var supplement = Assert.Single(records[made["supplement"].Code].DanhSachHoSoBoSung!);
        Assert.Equal(("Bản sao giấy chứng sinh", null), (supplement.NoiDungBoSung, supplement.NgayTiepNhanBoSung));
        var digitized = records[made["digitized"].Code];
        Assert.Equal(1, digitized.HoSoCoThanhPhanSoHoa);
        Assert.Equal([(1, 0, 0, "files/ab/cd"), (0, 1, 0, null), (0, 0, 1, null)],
            digitized.TaiLieuNop!.Select(t => (t.DuocSoHoa!.Value, t.DuocTaiSuDung!.Value, t.DuocLayTuKhoDMQG!.Value, t.DuongDanTaiTepTin)));
        Assert.Equal("GKS-01", Assert.Single(records[made["returned"].Code].DanhSachGiayToKetQua!).MaGiayToKetQua);
        Assert.Equal(1, records[made["submitted"].Code].TrangThaiHoSo);
        Assert.Null(records[made["submitted"].Code].NgayTiepNhan);
    }

    [Theory, AllProviders]
    public async Task Export_ThenImportIntoAFreshDatabase_KeepsTheFacts(DatabaseProvider provider)
    {
        await using var source = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var made = await MakeDossiersAsync(source);
        var exported = await ExportAsync(source);

        await using var target = await TestDatabase.CreateAsync(provider, Seed.Demo);
        DossierImportReport report;
        await using (var scope = target.Services.CreateAsyncScope())
        {
            report = await scope.ServiceProvider.GetRequiredService<ImportDossiers>().ImportAsync(new StringReader(exported), skipInvalid: false, CancellationToken.None);
        }

        Assert.Empty(report.Rejected);
        Assert.Equal(made.Count, report.Imported);
        await using var before = source.NewContext();
        await using var after = target.NewContext();
        foreach (var (name, d) in made)
        {
            var original = Facts(await before.Dossiers.SingleAsync(x => x.Id == d.Id), await before.DossierApplicants.SingleAsync(a => a.DossierId == d.Id));
            var copy = await after.Dossiers.SingleAsync(x => x.Code == d.Code);
            Assert.True(copy.Imported);
            Assert.Equal((name, original), (name, Facts(copy, await after.DossierApplicants.SingleAsync(a => a.DossierId == copy.Id))));
        }

        // And the copy exports the same payment facts.
        var again = Records(await ExportAsync(target));
        foreach (var (code, record) in Records(exported))
        {
            Assert.Equal((code, record.TrangThaiHoSo, record.DuocThanhToanTrucTuyen, record.DanhSachLePhi!.Sum(f => f.Gia)),
                (code, again[code].TrangThaiHoSo, again[code].DuocThanhToanTrucTuyen, again[code].DanhSachLePhi!.Sum(f => f.Gia)));
        }
    }

    [Theory, AllProviders]
    public async Task Export_Period_KeepsOnlyDossiersSubmittedInIt(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Seed.Demo);
        var today = await TestDossiers.ReceiveAsync(db);
        db.Clock.Advance(Duration.FromDays(2));
        var later = await TestDossiers.ReceiveAsync(db);

        var first = Records(await ExportAsync(db, new LocalDate(2025, 11, 24), new LocalDate(2025, 11, 24)));
        var second = Records(await ExportAsync(db, from: new LocalDate(2025, 11, 25)));

        Assert.Equal([today.Code], first.Keys);
        Assert.Equal([later.Code], second.Keys);
    }

    private static string Facts(Dossier d, DossierApplicant a) => string.Join(" | ",
        d.Code, d.ProcedureCode, d.Channel, d.Status, d.SubmittedAt, d.ReceivedAt, d.DueAt, d.FinishedAt, d.ReturnedAt, d.ClosedAt,
        d.FeeTotal, d.OnlinePaymentChannel, d.SupplementCount, d.HasDigitizedComponent, d.HasReusedComponent, d.HasNationalStoreComponent,
        d.ReceivingUnitCode, d.CompetentUnitCode, a.FullName, a.IdNumber, a.Phone, a.Email);
}
