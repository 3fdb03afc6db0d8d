using System.Globalization;
using System.Text.Json.Serialization;
using MotCua.Domain;
using NodaTime;
using NodaTime.Text;

namespace MotCua.Web.Features.Dossiers.Import;

/// <summary>
/// A dossier in the national sync layout (DVCQG <c>DongBoHoSoMC</c>, DOMAIN.md §6), as exported by other
/// provincial systems: field names as in the national specification, dates as <c>yyyyMMddHHmmss</c> in UTC+7.
/// </summary>
public sealed class NationalDossierRecord
{
    public string? MaHoSo { get; set; }

    public string? MaTTHC { get; set; }

    public string? TenTTHC { get; set; }

    public string? MaLinhVuc { get; set; }

    /// <summary>1 counter, 2 online, 3 post.</summary>
    public int? KenhThucHien { get; set; }

    public string? ChuHoSo { get; set; }

    /// <summary>1 citizen, 2 organisation.</summary>
    public int? LoaiDoiTuong { get; set; }

    public string? SoGiayToChuHoSo { get; set; }

    public string? Email { get; set; }

    public string? SoDienThoai { get; set; }

    public string? TrichYeuHoSo { get; set; }

    public string? NgayNopHoSo { get; set; }

    public string? NgayTiepNhan { get; set; }

    public string? NgayHenTra { get; set; }

    public string? NgayKetThucXuLy { get; set; }

    public string? NgayTra { get; set; }

    public string? NgayTuChoi { get; set; }

    /// <summary>National status 1–10 (a number or a numeric string).</summary>
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public int? TrangThaiHoSo { get; set; }

    /// <summary>A MotCua unit code.</summary>
    public string? DonViXuLy { get; set; }

    /// <summary>0 no, 1 national payment platform, 2 provincial gateway.</summary>
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public int? DuocThanhToanTrucTuyen { get; set; }

    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public int? HoSoCoThanhPhanSoHoa { get; set; }

    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public int? TaiKhoanDuocXacThucVoiVNeID { get; set; }

    public List<FeeLine>? DanhSachLePhi { get; set; }

    public List<DocumentLine>? TaiLieuNop { get; set; }

    public List<SupplementLine>? DanhSachHoSoBoSung { get; set; }

    public List<ResultLine>? DanhSachGiayToKetQua { get; set; }

    public List<ProcessLine>? QuaTrinhXuLy { get; set; }

    public sealed class FeeLine
    {
        public string? TenPhiLePhi { get; set; }

        public string? MaPhiLePhi { get; set; }

        [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
        public long? Gia { get; set; }
    }

    public sealed class DocumentLine
    {
        public string? MaThanhPhanHoSo { get; set; }

        public string? TenTepDinhKem { get; set; }

        public string? DuongDanTaiTepTin { get; set; }

        [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
        public int? DuocSoHoa { get; set; }

        [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
        public int? DuocTaiSuDung { get; set; }

        [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
        public int? DuocLayTuKhoDMQG { get; set; }
    }

    public sealed class SupplementLine
    {
        public string? NgayBoSung { get; set; }

        public string? NgayTiepNhanBoSung { get; set; }

        public string? NoiDungBoSung { get; set; }
    }

    public sealed class ResultLine
    {
        public string? TenGiayTo { get; set; }

        public string? MaGiayToKetQua { get; set; }

        public string? DuongDanTepTinKetQua { get; set; }
    }

    public sealed class ProcessLine
    {
        public string? NguoiXuLy { get; set; }

        public string? ChucDanh { get; set; }

        public string? ThoiDiemXuLy { get; set; }

        public string? PhongBanXuLy { get; set; }

        public string? NoiDungXuLy { get; set; }

        [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
        public int? TrangThai { get; set; }

        public string? NgayBatDau { get; set; }

        public string? NgayKetThucTheoQuyDinh { get; set; }
    }
}

/// <summary>National date strings <c>yyyyMMddHHmmss</c> in UTC+7.</summary>
public static class NationalDates
{
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("yyyyMMddHHmmss");

    /// <summary>Parses a national date; null when absent; throws <see cref="FormatException"/> naming the field when malformed.</summary>
    public static Instant? Parse(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var result = Pattern.Parse(value.Trim());
        return result.Success
            ? VietnamTime.ToInstant(result.Value)
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{field} \"{value}\" không đúng dạng yyyyMMddHHmmss"));
    }

    public static string Format(Instant instant) => Pattern.Format(VietnamTime.ToLocal(instant));
}
