using System.Globalization;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using MotCua.Domain.Calendar;
using NodaTime;
using NodaTime.Text;

namespace MotCua.Domain.Tests.Calendar;

/// <summary>The lunar calendar against every row of the published vectors in ../shared/data/holidays
/// (Tết 1900–2100, leap months 1900–2100, month-11 new moons 1950–2050) and known dates.</summary>
public sealed class VietnameseLunarCalendarTests
{
    public static TheoryData<int, string> NewYears()
    {
        var data = new TheoryData<int, string>();
        foreach (var line in File.ReadLines(SharedData.Holidays("vn_lunar_new_year_1900_2100.csv")).Skip(1))
        {
            var cells = line.Split(',');
            data.Add(int.Parse(cells[0], CultureInfo.InvariantCulture), cells[2]);
        }

        return data;
    }

    public static TheoryData<int, int, string> LeapMonths()
    {
        var data = new TheoryData<int, int, string>();
        foreach (var line in File.ReadLines(SharedData.Holidays("vn_lunar_leap_months_1900_2100.csv")).Skip(1))
        {
            var cells = line.Split(',');
            var jd = double.Parse(cells[2], CultureInfo.InvariantCulture);
            // The JD is local midnight in UTC+7; its civil date is floor(JD + 0.5 + 7/24) (SOURCE.md),
            // rounded here because the seven printed decimals land a hair below the whole day.
            var jdn = (int)Math.Round(jd + 0.5 + (7.0 / 24));
            var date = LocalDate.FromDateOnly(DateOnly.FromDayNumber(jdn - 1721426));
            data.Add(int.Parse(cells[0], CultureInfo.InvariantCulture), int.Parse(cells[1], CultureInfo.InvariantCulture), LocalDatePattern.Iso.Format(date));
        }

        return data;
    }

    public static TheoryData<int, string> Month11NewMoons()
    {
        var data = new TheoryData<int, string>();
        using var json = JsonDocument.Parse(File.ReadAllText(SharedData.Holidays("11th_new_moons_1950_2050.json")));
        foreach (var row in json.RootElement.EnumerateArray())
        {
            data.Add(row.GetProperty("year").GetInt32(), row.GetProperty("date").GetString()!);
        }

        return data;
    }

    [Fact]
    public void Vectors_AreAllThere()
    {
        Assert.Equal(201, NewYears().Count);
        Assert.Equal(73, LeapMonths().Count);
        Assert.Equal(101, Month11NewMoons().Count);
    }

    [Theory]
    [MemberData(nameof(NewYears))]
    public void NewYear_EveryPublishedYear_IsThePublishedTet(int lunarYear, string gregorian)
    {
        var tet = LocalDatePattern.Iso.Parse(gregorian).Value;
        Assert.Equal(tet, VietnameseLunarCalendar.NewYear(lunarYear));
        Assert.Equal(new LunarDate(lunarYear, 1, 1), VietnameseLunarCalendar.ToLunar(tet));
        var eve = VietnameseLunarCalendar.ToLunar(tet.PlusDays(-1));
        Assert.Equal(lunarYear - 1, eve.Year);
        Assert.Equal(12, eve.Month);
        Assert.Contains(eve.Day, new[] { 29, 30 });
    }

    [Theory]
    [MemberData(nameof(LeapMonths))]
    public void LeapMonth_EveryPublishedYear_IsThePublishedMonthStartingThatDay(int lunarYear, int leapMonth, string firstDay)
    {
        var start = LocalDatePattern.Iso.Parse(firstDay).Value;
        Assert.Equal(leapMonth, VietnameseLunarCalendar.LeapMonth(lunarYear));
        Assert.Equal(start, VietnameseLunarCalendar.ToSolar(new LunarDate(lunarYear, leapMonth, 1, IsLeapMonth: true)));
        Assert.Equal(new LunarDate(lunarYear, leapMonth, 1, IsLeapMonth: true), VietnameseLunarCalendar.ToLunar(start));
    }

    [Fact]
    public void LeapMonth_YearsNotInThePublishedList_HaveNone()
    {
        // The published list covers the lunar years 1901–2100.
        var leapYears = LeapMonths().Select(row => (int)row[0]).ToHashSet();
        for (var year = 1901; year <= 2100; year++)
        {
            if (!leapYears.Contains(year))
            {
                Assert.True(VietnameseLunarCalendar.LeapMonth(year) is null, $"{year} should have no leap month");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Month11NewMoons))]
    public void Month11_EveryPublishedYear_StartsOnThePublishedNewMoon(int year, string newMoon)
    {
        var published = OffsetDateTimePattern.ExtendedIso.Parse(newMoon).Value;
        Assert.Equal(published.Date, VietnameseLunarCalendar.Month11Start(year));
        var difference = VietnameseLunarCalendar.Month11NewMoon(year) - published.ToInstant();
        Assert.True(Math.Abs(difference.TotalMinutes) < 3, $"{year}: new moon differs by {difference}");
        Assert.Equal(11, VietnameseLunarCalendar.ToLunar(published.Date).Month);
        Assert.Equal(1, VietnameseLunarCalendar.ToLunar(published.Date).Day);
    }

    [Fact]
    public void PublishedLeapMonths_AreOnlyWhereASolarTermFallsAtLocalMidnight()
    {
        foreach (var (year, month) in VietnameseLunarCalendar.PublishedLeapMonths)
        {
            // The leap month lacks a major term only if the term after it falls after the start of the next month.
            var next = VietnameseLunarCalendar.ToSolar(new LunarDate(month == 12 ? year + 1 : year, month % 12 + 1, 1))!.Value;
            var jd = VietnameseLunarCalendar.JulianDayNumber(next) - 0.5 - (7.0 / 24);
            var longitude = Astronomy.SunLongitude(jd);
            var fromTerm = Math.Abs(longitude - (30 * Math.Round(longitude / 30)));
            Assert.True(fromTerm < 0.0014, $"{year}: the Sun is {fromTerm:F4}° from a major term at the start of {next}; the computation decides");
        }
    }

    [Theory]
    [InlineData(1968, "1968-01-29")] // China: 30 January 1968
    [InlineData(1985, "1985-01-21")] // China: 20 February 1985 — a whole month apart
    [InlineData(2007, "2007-02-17")] // China: 18 February 2007
    [InlineData(2030, "2030-02-02")] // China: 3 February 2030
    public void NewYear_YearsWhereVietnamDiffersFromChina_FollowsUtcPlus7(int year, string tet) =>
        Assert.Equal(LocalDatePattern.Iso.Parse(tet).Value, VietnameseLunarCalendar.NewYear(year));

    [Theory]
    [InlineData("2025-01-29", "2025-01-01")]
    [InlineData("2025-07-25", "2025-06L-01")]
    [InlineData("2025-06-25", "2025-06-01")]
    [InlineData("2025-01-25", "2024-12-26")] // first day of the 2025 Tết break
    [InlineData("2025-02-02", "2025-01-05")] // last day of the 2025 Tết break
    [InlineData("2024-02-08", "2023-12-29")]
    [InlineData("2024-02-14", "2024-01-05")]
    [InlineData("2026-02-14", "2025-12-27")]
    [InlineData("2026-02-16", "2025-12-29")] // month 12 of Ất Tỵ has 29 days
    [InlineData("2026-02-20", "2026-01-04")]
    [InlineData("2024-04-18", "2024-03-10")] // Giỗ Tổ Hùng Vương
    [InlineData("2025-04-07", "2025-03-10")]
    [InlineData("2026-04-26", "2026-03-10")]
    [InlineData("2033-12-22", "2033-11L-01")] // 2033's leap month 11
    public void ToLunar_KnownDates_AreTheAnnouncedLunarDates(string solar, string lunar)
    {
        var date = LocalDatePattern.Iso.Parse(solar).Value;
        Assert.Equal(lunar, VietnameseLunarCalendar.ToLunar(date).ToString());
        Assert.True(LunarDate.TryParse(lunar, out var parsed));
        Assert.Equal(date, VietnameseLunarCalendar.ToSolar(parsed));
    }

    [Fact]
    public void ToSolar_DatesThatDoNotExist_AreNull()
    {
        Assert.Null(VietnameseLunarCalendar.ToSolar(new LunarDate(2024, 6, 1, IsLeapMonth: true)));
        Assert.Null(VietnameseLunarCalendar.ToSolar(new LunarDate(2025, 12, 30)));
        Assert.Equal(29, VietnameseLunarCalendar.MonthLength(2025, 12));
        Assert.Equal(30, VietnameseLunarCalendar.MonthLength(2023, 12));
    }

    [Fact]
    public void ToLunar_OutsideSupportedYears_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToLunar(new LocalDate(1700, 1, 1)));

    [Theory]
    [InlineData(2024, "Giáp Thìn")]
    [InlineData(2025, "Ất Tỵ")]
    [InlineData(2026, "Bính Ngọ")]
    [InlineData(1984, "Giáp Tý")]
    [InlineData(2000, "Canh Thìn")]
    [InlineData(1945, "Ất Dậu")]
    public void YearName_KnownYears_IsTheCanChiName(int year, string name) =>
        Assert.Equal(name, VietnameseLunarCalendar.YearName(year));

    [Theory]
    [InlineData("2025-1-01")]
    [InlineData("2025-13-01")]
    [InlineData("2025-06X-01")]
    [InlineData("2025-06-31")]
    [InlineData("25-06-01")]
    [InlineData("")]
    public void TryParse_Malformed_IsRejected(string text) => Assert.False(LunarDate.TryParse(text, out _));

    [Fact]
    public void ToLunarThenToSolar_AnyDate1900To2100_RoundTrips()
    {
        var days = Gen.Choose(0, Period.DaysBetween(new LocalDate(1900, 1, 1), new LocalDate(2100, 12, 31)));
        Prop.ForAll(days.ToArbitrary(), offset =>
        {
            var date = new LocalDate(1900, 1, 1).PlusDays(offset);
            var lunar = VietnameseLunarCalendar.ToLunar(date);
            return VietnameseLunarCalendar.ToSolar(lunar) == date && lunar.Day is >= 1 and <= 30;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ToLunar_ConsecutiveDays_AdvanceByOneOrStartAMonth()
    {
        var previous = VietnameseLunarCalendar.ToLunar(new LocalDate(1900, 1, 1));
        for (var date = new LocalDate(1900, 1, 2); date <= new LocalDate(2100, 12, 31); date = date.PlusDays(1))
        {
            var current = VietnameseLunarCalendar.ToLunar(date);
            var ok = current.Day == previous.Day + 1
                ? current.Month == previous.Month && current.IsLeapMonth == previous.IsLeapMonth && current.Year == previous.Year
                : current.Day == 1 && previous.Day is 29 or 30;
            Assert.True(ok, $"{date}: {previous} → {current}");
            previous = current;
        }
    }
}
