using System.Globalization;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using NodaTime;

namespace MotCua.Web.Features.Portal;

/// <summary>Formatting shared by the portal's pages: Vietnam time, vi-VN or English words.</summary>
public static class PortalFormat
{
    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>"14:30 25/11/2025" in Vietnam time.</summary>
    public static string Time(Instant? instant) =>
        instant is { } i ? VietnamTime.ToLocal(i).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture) : "—";

    /// <summary>ISO form for &lt;time datetime&gt;.</summary>
    public static string Iso(Instant instant) => VietnamTime.ToLocal(instant).ToString("uuuu-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) + "+07:00";

    public static string Status(DossierStatus status) => English ? DossierStatusText.English(status) : DossierStatusText.Vietnamese(status);

    /// <summary>A duration as days and hours ("2 ngày 3 giờ"; "45 phút" under an hour).</summary>
    public static string Left(Duration left)
    {
        var days = (int)left.TotalDays;
        var hours = left.Hours;
        var minutes = left.Minutes;
        var (d, h, m) = English ? ("days", "hours", "minutes") : ("ngày", "giờ", "phút");
        return days > 0 ? string.Create(CultureInfo.InvariantCulture, $"{days} {d} {hours} {h}")
            : hours > 0 ? string.Create(CultureInfo.InvariantCulture, $"{hours} {h} {minutes} {m}")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes} {m}");
    }

    /// <summary>A file size in KB or MB.</summary>
    public static string Size(long bytes) =>
        bytes >= 1024 * 1024 ? (bytes / 1024d / 1024d).ToString("0.0", VietnamTime.Culture) + " MB" : Math.Max(1, bytes / 1024).ToString(CultureInfo.InvariantCulture) + " KB";
}
