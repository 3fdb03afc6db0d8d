using System.Collections.Concurrent;
using NodaTime;

namespace MotCua.Domain.Calendar;

/// <summary>
/// The Vietnamese lunar calendar (âm lịch), computed for the meridian of UTC+7 as Vietnam has used since
/// 1968 — the reason its dates differ from the Chinese calendar (UTC+8) in years such as 1968, 1985, 2007
/// and 2030. The rules, as described by Hồ Ngọc Đức after Meeus, implemented here from that description:
/// <list type="number">
/// <item>A lunar month begins on the local (UTC+7) day that contains a new moon.</item>
/// <item>Month 11 is the month that contains the winter solstice (Sun's apparent longitude 270°).</item>
/// <item>When 13 months lie between one month 11 and the next, the first of them (after month 11) that
///   contains no major solar term (trung khí: a multiple of 30° of solar longitude) is a leap month and
///   repeats the number of the month before it.</item>
/// <item>The lunar year begins with month 1 (Tết Nguyên đán) and takes the number of the Gregorian year
///   in which it begins.</item>
/// </list>
/// A leap month decided by a major solar term that falls within a minute or so of local midnight is beyond
/// the accuracy of any computation (ΔT and the solar theory each move it by tens of seconds); there the
/// calendar follows the published tables (<see cref="PublishedLeapMonths"/>: one case, 1938, in 1900–2100).
/// Supported for solar dates of Gregorian years <see cref="MinYear"/>–<see cref="MaxYear"/>; verified
/// against published tables for 1900–2100 (tests). Pure and thread-safe; computed years are cached.
/// </summary>
public static class VietnameseLunarCalendar
{
    public const int MinYear = 1800;
    public const int MaxYear = 2199;

    /// <summary>UTC+7: the lunar calendar's meridian (not the civil zone's history).</summary>
    private const double ZoneOffsetDays = 7.0 / 24.0;

    /// <summary>Julian Day Number of 0001-01-01 (proleptic Gregorian), for DateOnly.DayNumber.</summary>
    private const int JdnOfDayNumberZero = 1721426;

    private static readonly ConcurrentDictionary<int, Cycle> Cycles = new();

    /// <summary>Leap months taken from the published tables where the computation cannot decide: the
    /// equinox of 23 September 1938 falls 26 seconds before midnight UTC+7 by this computation, so whether
    /// lunar month 7 of 1938 holds a major term is within its error; the tables make 7 the leap month.</summary>
    internal static readonly IReadOnlyDictionary<int, int> PublishedLeapMonths = new Dictionary<int, int> { [1938] = 7 };

    private static readonly string[] Stems = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"];

    private static readonly string[] Branches = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"];

    /// <summary>The lunar date of a solar (Gregorian) date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside <see cref="MinYear"/>–<see cref="MaxYear"/>.</exception>
    public static LunarDate ToLunar(LocalDate date)
    {
        CheckYear(date.Year, nameof(date));
        var cycle = CycleOf(date.Year + 1);
        if (date < cycle.Months[0].Start)
        {
            cycle = CycleOf(date.Year);
        }

        var i = cycle.Months.Count - 1;
        while (cycle.Months[i].Start > date)
        {
            i--;
        }

        var month = cycle.Months[i];
        return new LunarDate(month.LunarYear, month.Number, Period.DaysBetween(month.Start, date) + 1, month.IsLeap);
    }

    /// <summary>The solar date of a lunar date, or <c>null</c> when that date does not exist (a day 30 in a
    /// 29-day month, a leap month the year does not have).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside <see cref="MinYear"/>–<see cref="MaxYear"/>.</exception>
    public static LocalDate? ToSolar(LunarDate lunar)
    {
        CheckYear(lunar.Year, nameof(lunar));
        if (lunar.Month is < 1 or > 12 || lunar.Day is < 1 or > 30)
        {
            return null;
        }

        var month = FindMonth(lunar.Year, lunar.Month, lunar.IsLeapMonth);
        if (month is null || lunar.Day > month.Value.Length)
        {
            return null;
        }

        return month.Value.Start.PlusDays(lunar.Day - 1);
    }

    /// <summary>The number of days (29 or 30) of a lunar month, or <c>null</c> when it does not exist.</summary>
    public static int? MonthLength(int lunarYear, int month, bool isLeap = false)
    {
        CheckYear(lunarYear, nameof(lunarYear));
        return FindMonth(lunarYear, month, isLeap)?.Length;
    }

    /// <summary>Tết Nguyên đán: the solar date of lunar 1/1 of <paramref name="lunarYear"/>.</summary>
    public static LocalDate NewYear(int lunarYear) =>
        ToSolar(new LunarDate(lunarYear, 1, 1)) ?? throw new InvalidOperationException("Every lunar year has a month 1.");

    /// <summary>The leap month of a lunar year (1–12), or <c>null</c> when the year has 12 months.</summary>
    public static int? LeapMonth(int lunarYear)
    {
        CheckYear(lunarYear, nameof(lunarYear));
        foreach (var month in CycleOf(lunarYear).Months.Concat(CycleOf(lunarYear + 1).Months))
        {
            if (month.IsLeap && month.LunarYear == lunarYear)
            {
                return month.Number;
            }
        }

        return null;
    }

    /// <summary>The first day of month 11 of the lunar year that is current in December of
    /// <paramref name="year"/>: the local day of the new moon that begins the month containing the
    /// winter solstice.</summary>
    public static LocalDate Month11Start(int year)
    {
        CheckYear(year, nameof(year));
        return FromJulianDayNumber(LocalDay(Astronomy.NewMoon(Month11Lunation(year))));
    }

    /// <summary>The instant of the new moon that begins month 11 in December (or November) of <paramref name="year"/>.</summary>
    public static Instant Month11NewMoon(int year)
    {
        CheckYear(year, nameof(year));
        return FromJulianDay(Astronomy.NewMoon(Month11Lunation(year)));
    }

    /// <summary>The instant of new moon number <paramref name="k"/> (k = 0: 6 January 2000, 18:14 UTC).</summary>
    public static Instant NewMoon(int k) => FromJulianDay(Astronomy.NewMoon(k));

    /// <summary>The can-chi name of a lunar year in Vietnamese: 2024 "Giáp Thìn", 2025 "Ất Tỵ", 2026 "Bính Ngọ".</summary>
    public static string YearName(int lunarYear) =>
        $"{Stems[Mod(lunarYear + 6, 10)]} {Branches[Mod(lunarYear + 8, 12)]}";

    /// <summary>The Julian Day Number of a date (days since 1 January 4713 BC, Julian calendar).</summary>
    public static int JulianDayNumber(LocalDate date) => date.ToDateOnly().DayNumber + JdnOfDayNumberZero;

    private static LocalDate FromJulianDayNumber(int jdn) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(jdn - JdnOfDayNumberZero));

    private static Instant FromJulianDay(double jd) => Instant.FromJulianDate(jd);

    /// <summary>The Julian Day Number of the UTC+7 civil day that contains the instant <paramref name="jd"/>.</summary>
    private static int LocalDay(double jd) => (int)Math.Floor(jd + 0.5 + ZoneOffsetDays);

    /// <summary>The Sun's longitude at 00:00 UTC+7 of a day.</summary>
    private static double LongitudeAtStartOf(int jdn) => Astronomy.SunLongitude(jdn - 0.5 - ZoneOffsetDays);

    /// <summary>Which 30° sector (major solar term) the Sun is in at the start of a day.</summary>
    private static int SectorAtStartOf(int jdn) => (int)(LongitudeAtStartOf(jdn) / 30.0);

    /// <summary>The lunation whose local day begins the month holding the winter solstice of <paramref name="year"/>.</summary>
    private static int Month11Lunation(int year)
    {
        var december31 = JulianDayNumber(new LocalDate(year, 12, 31));
        var k = (int)Math.Floor((december31 - 2451550.09766) / Astronomy.SynodicMonth);

        // The month begins on a day that starts before the solstice, and the next month on a day after it.
        while (LongitudeAtStartOf(LocalDay(Astronomy.NewMoon(k + 1))) is < 270 and > 180)
        {
            k++;
        }

        while (LongitudeAtStartOf(LocalDay(Astronomy.NewMoon(k))) is >= 270 or < 90)
        {
            k--;
        }

        return k;
    }

    private static MonthInfo? FindMonth(int lunarYear, int number, bool isLeap)
    {
        // Months 11 and 12 (and a leap 11 or 12) of a lunar year open the cycle that ends with the next
        // year's month 11; months 1–10 lie in the cycle ending with this year's.
        var cycle = CycleOf(number >= 11 ? lunarYear + 1 : lunarYear);
        foreach (var month in cycle.Months)
        {
            if (month.LunarYear == lunarYear && month.Number == number && month.IsLeap == isLeap)
            {
                return month;
            }
        }

        return null;
    }

    private static Cycle CycleOf(int year) => Cycles.GetOrAdd(year, BuildCycle);

    /// <summary>The 12 or 13 months from month 11 of December <paramref name="year"/> − 1 up to (not
    /// including) month 11 of December <paramref name="year"/>.</summary>
    private static Cycle BuildCycle(int year)
    {
        var first = Month11Lunation(year - 1);
        var last = Month11Lunation(year);
        var count = last - first;
        var starts = new int[count + 1];
        for (var i = 0; i <= count; i++)
        {
            starts[i] = LocalDay(Astronomy.NewMoon(first + i));
        }

        var leapAt = -1;
        if (count == 13 && PublishedLeapIn(year) is { } published)
        {
            // Positions in the cycle: 0 = month 11, 1 = month 12, 2 = month 1 … 11 = month 10.
            leapAt = published >= 11 ? published - 10 : published + 2;
        }
        else if (count == 13)
        {
            for (var i = 1; i < count; i++)
            {
                if (SectorAtStartOf(starts[i]) == SectorAtStartOf(starts[i + 1]))
                {
                    leapAt = i;
                    break;
                }
            }
        }

        var months = new List<MonthInfo>(count);
        var number = 11;
        var lunarYear = year - 1;
        for (var i = 0; i < count; i++)
        {
            var isLeap = i == leapAt;
            if (i > 0 && !isLeap)
            {
                number = (number % 12) + 1;
                if (number == 1)
                {
                    lunarYear = year;
                }
            }

            months.Add(new MonthInfo(lunarYear, number, isLeap, FromJulianDayNumber(starts[i]), starts[i + 1] - starts[i]));
        }

        return new Cycle(months);
    }

    /// <summary>A published leap month that falls in the cycle ending with month 11 of <paramref name="year"/>.</summary>
    private static int? PublishedLeapIn(int year) =>
        PublishedLeapMonths.TryGetValue(year, out var month) && month <= 10 ? month
        : PublishedLeapMonths.TryGetValue(year - 1, out month) && month >= 11 ? month
        : null;

    private static void CheckYear(int year, string parameter)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(parameter, year, $"Âm lịch chỉ tính cho các năm {MinYear}–{MaxYear}.");
        }
    }

    private static int Mod(int value, int modulus) => ((value % modulus) + modulus) % modulus;

    private readonly record struct MonthInfo(int LunarYear, int Number, bool IsLeap, LocalDate Start, int Length);

    private sealed record Cycle(IReadOnlyList<MonthInfo> Months);
}
