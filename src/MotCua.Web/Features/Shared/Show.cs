using System.Globalization;
using MotCua.Domain;
using NodaTime;

namespace MotCua.Web.Features.Shared;

/// <summary>How pages show times, amounts and durations: vi-VN formats, Vietnam time.</summary>
public static class Show
{
    /// <summary>"14:30 25/11/2026" (Vietnam time), or "—".</summary>
    public static string Time(Instant? instant) =>
        instant is { } i ? i.InZone(VietnamTime.Zone).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture) : "—";

    /// <summary>"25/11/2026", or "—".</summary>
    public static string Date(Instant? instant) =>
        instant is { } i ? i.InZone(VietnamTime.Zone).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "—";

    /// <summary>ISO local date-time for the HTML time element.</summary>
    public static string Iso(Instant? instant) =>
        instant is { } i ? i.InZone(VietnamTime.Zone).ToString("uuuu-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>Working time as "1 ngày 3,5 giờ" (a working day is <paramref name="dayLength"/>).</summary>
    public static string WorkingTime(Duration? duration, Duration dayLength)
    {
        if (duration is not { } d)
        {
            return "—";
        }

        var days = (int)Math.Floor(d.TotalHours / dayLength.TotalHours);
        var hours = Math.Round(d.TotalHours - days * dayLength.TotalHours, 1);
        var h = hours.ToString("0.#", VietnamTime.Culture);
        return days > 0 ? $"{days} ngày {h} giờ" : $"{h} giờ";
    }
}
