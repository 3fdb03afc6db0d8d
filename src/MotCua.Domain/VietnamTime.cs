using System.Globalization;
using NodaTime;

namespace MotCua.Domain;

/// <summary>Vietnam's time zone and culture, named once. Every local date and time in MotCua is in
/// Asia/Ho_Chi_Minh (UTC+7, no daylight saving), taken from NodaTime's embedded TZDB.</summary>
public static class VietnamTime
{
    /// <summary>Asia/Ho_Chi_Minh.</summary>
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    /// <summary>vi-VN, for formatting numbers and dates shown to people.</summary>
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The local date-time in Vietnam of an instant.</summary>
    public static LocalDateTime ToLocal(Instant instant) => instant.InZone(Zone).LocalDateTime;

    /// <summary>The instant of a Vietnamese local date-time (unambiguous: Vietnam has no DST).</summary>
    public static Instant ToInstant(LocalDateTime local) => local.InZoneLeniently(Zone).ToInstant();

    /// <summary>The local date in Vietnam of an instant.</summary>
    public static LocalDate Today(IClock clock) => clock.GetCurrentInstant().InZone(Zone).Date;

    /// <summary>"17:00 ngày 22/12/2025" in Vietnam time, as messages to citizens and officers write a due time.</summary>
    public static string InWords(Instant instant) =>
        instant.InZone(Zone).ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);
}
