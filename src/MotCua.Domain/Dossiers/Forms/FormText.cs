using System.Globalization;
using NodaTime;

namespace MotCua.Domain.Dossiers.Forms;

/// <summary>
/// Dates, times and amounts as Vietnamese administrative documents write them, always in Asia/Ho_Chi_Minh.
/// Decree 30/2020/NĐ-CP (Appendix I, on the place and date of a document) writes a day below 10 and the months
/// 1 and 2 with a leading zero ("ngày 05 tháng 02 năm 2026", but "tháng 3"), so that they cannot be altered by
/// adding a digit.
/// </summary>
public static class FormText
{
    /// <summary>"ngày 25 tháng 11 năm 2026".</summary>
    public static string Date(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"ngày {date.Day:00} tháng {Month(date.Month)} năm {date.Year}");

    /// <summary>"08 giờ 30 phút, ngày 24 tháng 11 năm 2025" for an instant, in Vietnam's time zone.</summary>
    public static string DateTime(Instant instant)
    {
        var local = VietnamTime.ToLocal(instant);
        return string.Create(CultureInfo.InvariantCulture, $"{local.Hour:00} giờ {local.Minute:00} phút, {Date(local.Date)}");
    }

    /// <summary>"24/11/2025", for table cells.</summary>
    public static string ShortDate(LocalDate date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"24/11/2025 08:30", for table cells, in Vietnam's time zone.</summary>
    public static string ShortDateTime(Instant instant) => VietnamTime.ToLocal(instant).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"8.000 đồng" (whole VND, vi-VN digit grouping).</summary>
    public static string Amount(long vnd) => vnd.ToString("N0", VietnamTime.Culture) + " đồng";

    /// <summary>"Cần Thơ" for "Thành phố Cần Thơ", "Hậu Giang" for "Tỉnh Hậu Giang": the place written before the date.</summary>
    public static string Place(string provinceName)
    {
        foreach (var prefix in (string[])["Thành phố ", "Tỉnh ", "TP. ", "TP "])
        {
            if (provinceName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return provinceName[prefix.Length..];
            }
        }

        return provinceName;
    }

    /// <summary>Upper case the Vietnamese way (for the names of issuing bodies).</summary>
    public static string Upper(string text) => text.ToUpper(VietnamTime.Culture);

    private static string Month(int month) => month <= 2
        ? month.ToString("00", CultureInfo.InvariantCulture)
        : month.ToString(CultureInfo.InvariantCulture);
}
