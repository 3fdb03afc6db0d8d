using MotCua.Domain.Dossiers;
using MotCua.Domain.EventLog;
using MotCua.Domain.Payments;
using MotCua.Web.Features.Dossiers.Import;

namespace MotCua.Web.Features.Sync.Export;

/// <summary>
/// A dossier in the national sync layout (<c>DongBoHoSoMC</c>, DOMAIN.md §6): a pure mapping from the dossier's
/// projection, its applicant and its events, so it says exactly what the event log says. The same layout
/// <c>motcua import dossiers</c> reads (<see cref="NationalDossierRecord"/>), so an export re-imports into another
/// MotCua with the same facts: status, dates, channel, fees, payment channel (<c>DuocThanhToanTrucTuyen</c>),
/// digitized / reused / national-store components, supplements, results, and each processing step.
/// </summary>
public static class NationalDossierExport
{
    public static NationalDossierRecord Map(Dossier d, DossierApplicant? applicant, IReadOnlyList<LoggedEvent> events)
    {
        var parsed = events.OrderBy(e => e.Sequence).Select(e => (Logged: e, Event: DossierEventCodec.Deserialize(e.Type, e.Data))).ToList();
        return new NationalDossierRecord
        {
            MaHoSo = d.Code,
            MaTTHC = d.ProcedureCode,
            TenTTHC = d.ProcedureName,
            MaLinhVuc = d.Field,
            KenhThucHien = (int)d.Channel,
            ChuHoSo = applicant?.FullName,
            LoaiDoiTuong = applicant is null ? null : applicant.Kind == 1 ? 2 : 1,
            SoGiayToChuHoSo = applicant?.IdNumber,
            Email = applicant?.Email,
            SoDienThoai = applicant?.Phone,
            TrichYeuHoSo = d.ProcedureName,
            NgayNopHoSo = Date(d.SubmittedAt),
            NgayTiepNhan = Date(d.ReceivedAt),
            NgayHenTra = Date(d.DueAt),
            TrangThaiHoSo = (int)d.Status,
            NgayTra = Date(d.ReturnedAt),
            NgayKetThucXuLy = Date(d.Status == DossierStatus.Refused ? null : d.FinishedAt ?? d.ClosedAt),
            NgayTuChoi = Date(d.Status == DossierStatus.Refused ? d.ClosedAt : null),
            DonViXuLy = d.CompetentUnitCode,
            HoSoCoThanhPhanSoHoa = d.HasDigitizedComponent ? 1 : 0,
            TaiKhoanDuocXacThucVoiVNeID = applicant?.VerifiedByEId == true ? 1 : 0,
            DuocThanhToanTrucTuyen = d.OnlinePaymentChannel,
            TaiLieuNop = Documents(parsed.Select(p => p.Event)),
            DanhSachLePhi = Fees(d, parsed.Select(p => p.Event)),
            DanhSachHoSoBoSung = Supplements(parsed),
            DanhSachGiayToKetQua = Results(parsed.Select(p => p.Event)),
            QuaTrinhXuLy = Steps(parsed),
        };
    }

    /// <summary>The national date string (<c>yyyyMMddHHmmss</c>, UTC+7), or null.</summary>
    private static string? Date(NodaTime.Instant? instant) => instant is { } i ? NationalDates.Format(i) : null;

    /// <summary>One entry per file handed in (per component when it has none), with its digitized / reused / national
    /// store flags; a component handed in again (a supplement) keeps its latest entry.</summary>
    private static List<NationalDossierRecord.DocumentLine> Documents(IEnumerable<IDossierEvent> events)
    {
        var components = new Dictionary<string, ComponentRecord>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            var handed = e switch
            {
                Submitted s => s.Components,
                Received r => r.Components,
                SupplementCompleted s => s.Components,
                _ => [],
            };
            foreach (var c in handed)
            {
                components[c.Code] = c;
            }
        }

        return [.. components.Values.SelectMany(c => c.Files.Count == 0
            ? [Document(c, c.Name, null)]
            : c.Files.Select(f => Document(c, f.Name, f.StorageKey)))];
    }

    private static NationalDossierRecord.DocumentLine Document(ComponentRecord c, string name, string? path) => new()
    {
        MaThanhPhanHoSo = c.Code,
        TenTepDinhKem = name,
        DuongDanTaiTepTin = path,
        DuocSoHoa = c.Digitized ? 1 : 0,
        DuocTaiSuDung = c.Reused ? 1 : 0,
        DuocLayTuKhoDMQG = c.FromNationalStore ? 1 : 0,
    };

    /// <summary>The fees as charged: those of the latest payment request or exemption (after any reduction), else
    /// those of the procedure version received under.</summary>
    private static List<NationalDossierRecord.FeeLine> Fees(Dossier d, IEnumerable<IDossierEvent> events)
    {
        IReadOnlyList<FeeCharge>? charged = null;
        foreach (var e in events)
        {
            charged = e switch
            {
                PaymentRequested p => p.Lines is { Count: > 0 } lines ? lines : [new FeeCharge("Phí, lệ phí", null, p.Amount, p.Amount)],
                FeesExempted x => x.Lines,
                _ => charged,
            };
        }

        return charged is not null
            ? [.. charged.Select(f => new NationalDossierRecord.FeeLine { TenPhiLePhi = f.Name, MaPhiLePhi = f.Code, Gia = f.Due })]
            : [.. (d.Terms?.Fees ?? []).Select(f => new NationalDossierRecord.FeeLine { TenPhiLePhi = f.Name, MaPhiLePhi = f.Code, Gia = f.Amount })];
    }

    private static List<NationalDossierRecord.SupplementLine> Supplements(IReadOnlyList<(LoggedEvent Logged, IDossierEvent Event)> events)
    {
        var lines = new List<NationalDossierRecord.SupplementLine>();
        foreach (var (logged, e) in events)
        {
            switch (e)
            {
                case SupplementRequested s:
                    lines.Add(new NationalDossierRecord.SupplementLine { NgayBoSung = NationalDates.Format(logged.OccurredAt), NoiDungBoSung = string.Join("; ", s.Items) });
                    break;
                case SupplementCompleted when lines.Count > 0 && lines[^1].NgayTiepNhanBoSung is null:
                    lines[^1].NgayTiepNhanBoSung = NationalDates.Format(logged.OccurredAt);
                    break;
                default:
                    break;
            }
        }

        return lines;
    }

    private static List<NationalDossierRecord.ResultLine> Results(IEnumerable<IDossierEvent> events) =>
        [.. events.OfType<ResultIssued>().SelectMany(r => r.Files.Count == 0
            ? [new NationalDossierRecord.ResultLine { TenGiayTo = "Kết quả giải quyết", MaGiayToKetQua = r.DocumentNumber }]
            : r.Files.Select(f => new NationalDossierRecord.ResultLine { TenGiayTo = f.Name, MaGiayToKetQua = r.DocumentNumber, DuongDanTepTinKetQua = f.StorageKey }))];

    /// <summary>Each processing step started, as a status-4 entry (the import turns them back into steps).</summary>
    private static List<NationalDossierRecord.ProcessLine> Steps(IReadOnlyList<(LoggedEvent Logged, IDossierEvent Event)> events) =>
        [.. events.Where(p => p.Event is StepStarted).Select(p =>
        {
            var s = (StepStarted)p.Event;
            return new NationalDossierRecord.ProcessLine
            {
                NguoiXuLy = s.AssigneeName,
                ThoiDiemXuLy = NationalDates.Format(p.Logged.OccurredAt),
                PhongBanXuLy = s.UnitCode,
                NoiDungXuLy = s.StepName,
                TrangThai = (int)DossierStatus.Processing,
                NgayBatDau = NationalDates.Format(p.Logged.OccurredAt),
                NgayKetThucTheoQuyDinh = NationalDates.Format(s.DueAt),
            };
        })];

    /// <summary>One JSON line of the export.</summary>
    public static string ToJsonLine(NationalDossierRecord record) =>
        System.Text.Json.JsonSerializer.Serialize(record, LineOptions);

    private static readonly System.Text.Json.JsonSerializerOptions LineOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict,
    };
}
