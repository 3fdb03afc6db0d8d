using System.Globalization;

namespace MotCua.Domain.Calendar;

/// <summary>
/// A date of the Vietnamese lunar calendar (âm lịch): lunar year, month 1–12 (with
/// <see cref="IsLeapMonth"/> for the repeated month of a 13-month year) and day 1–30. The lunar year is
/// numbered by the Gregorian year in which its month 1 begins (Tết Ất Tỵ = lunar 2025-01-01 = 29/1/2025).
/// Whether a lunar date exists is answered by <see cref="VietnameseLunarCalendar"/>.
/// </summary>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth = false)
{
    /// <summary>MotCua's text form: <c>yyyy-MM-dd</c>, a leap month marked with <c>L</c>: <c>2025-06L-01</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Year:D4}-{Month:D2}{(IsLeapMonth ? "L" : "")}-{Day:D2}");

    /// <summary>Short Vietnamese form as printed under a solar date: "1/6", "15/6 nhuận".</summary>
    public string ToShortVietnamese() => string.Create(CultureInfo.InvariantCulture,
        $"{Day}/{Month}{(IsLeapMonth ? " nhuận" : "")}");

    /// <summary>Reads the form written by <see cref="ToString"/> (<c>2025-01-01</c>, <c>2025-06L-01</c>).
    /// Checks the shape and ranges only (month 1–12, day 1–30), not whether the date exists.</summary>
    public static bool TryParse(string? text, out LunarDate date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }

        var parts = text.Trim().Split('-');
        if (parts.Length != 3 || parts[0].Length != 4)
        {
            return false;
        }

        var monthText = parts[1];
        var leap = monthText.EndsWith('L') || monthText.EndsWith('l');
        if (leap)
        {
            monthText = monthText[..^1];
        }

        if (monthText.Length != 2 || parts[2].Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(monthText, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || month is < 1 or > 12 || day is < 1 or > 30)
        {
            return false;
        }

        date = new LunarDate(year, month, day, leap);
        return true;
    }
}
