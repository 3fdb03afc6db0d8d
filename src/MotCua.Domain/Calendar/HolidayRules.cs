using System.Globalization;
using NodaTime;

namespace MotCua.Domain.Calendar;

/// <summary>
/// The days off that the Labour Code fixes for a year, as a draft for an administrator to review
/// (<c>motcua calendar draft</c>). Labour Code 2019 (Law 45/2019/QH14), Art. 112.1: Tết Dương lịch
/// (1/1), Tết Âm lịch (5 days), Ngày Chiến thắng (30/4), Quốc tế Lao động (1/5), Quốc khánh (2/9 and one
/// adjacent day), Giỗ Tổ Hùng Vương (10/3 lunar); Art. 111.3: a holiday on a weekly rest day gives a
/// compensatory day off on the next working day. Which five Tết days and which day beside 2/9 are decided
/// each year by the Prime Minister (Art. 112.3), and swaps with make-up Saturdays are announced each year
/// — so this is a proposal, never a published schedule.
/// </summary>
public static class HolidayRules
{
    /// <summary>The proposed days off of <paramref name="year"/>, in date order, with reasons in Vietnamese.
    /// Tết: the five days that start one or two days before lunar 1/1, whichever puts fewer of them on a
    /// weekend (two when equal: the usual choice). 2/9: the adjacent weekday that joins the weekend, else 1/9.</summary>
    public static IReadOnlyList<ScheduleDay> Draft(int year)
    {
        var holidays = new List<ScheduleDay>
        {
            new(new LocalDate(year, 1, 1), ScheduleDayKind.Holiday, "Tết Dương lịch"),
        };

        holidays.AddRange(LunarNewYear(year));
        var hungKings = VietnameseLunarCalendar.ToSolar(new LunarDate(year, 3, 10))!.Value;
        holidays.Add(new ScheduleDay(hungKings, ScheduleDayKind.Holiday, "Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
        holidays.Add(new ScheduleDay(new LocalDate(year, 4, 30), ScheduleDayKind.Holiday, "Ngày Chiến thắng (30/4)"));
        holidays.Add(new ScheduleDay(new LocalDate(year, 5, 1), ScheduleDayKind.Holiday, "Ngày Quốc tế Lao động (1/5)"));
        var nationalDay = new LocalDate(year, 9, 2);
        holidays.Add(new ScheduleDay(nationalDay, ScheduleDayKind.Holiday, "Quốc khánh (2/9)"));
        holidays.Add(new ScheduleDay(NationalDayCompanion(nationalDay), ScheduleDayKind.Holiday, "Quốc khánh (ngày liền kề 2/9)"));
        holidays.Sort((a, b) => a.Date.CompareTo(b.Date));

        return AddCompensatoryDays(holidays);
    }

    /// <summary>Adds, for each day off on a Saturday or Sunday, a compensatory day on the next weekday
    /// that is not already off (Art. 111.3). Days already compensatory are not compensated again.</summary>
    public static IReadOnlyList<ScheduleDay> AddCompensatoryDays(IReadOnlyList<ScheduleDay> daysOff)
    {
        var result = daysOff.ToList();
        var taken = result.Select(d => d.Date).ToHashSet();
        foreach (var holiday in daysOff.Where(d => d.Kind == ScheduleDayKind.Holiday && IsWeekend(d.Date)).OrderBy(d => d.Date))
        {
            var day = holiday.Date.PlusDays(1);
            while (IsWeekend(day) || taken.Contains(day))
            {
                day = day.PlusDays(1);
            }

            taken.Add(day);
            result.Add(new ScheduleDay(day, ScheduleDayKind.Compensatory,
                string.Create(CultureInfo.InvariantCulture, $"Nghỉ bù {holiday.Reason} ({DayName(holiday.Date)} {holiday.Date:dd/MM})")));
        }

        result.Sort((a, b) => a.Date.CompareTo(b.Date));
        return result;
    }

    public static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    /// <summary>The Vietnamese name of a weekday: "thứ Hai" … "thứ Bảy", "Chủ nhật".</summary>
    public static string DayName(LocalDate date) => date.DayOfWeek switch
    {
        IsoDayOfWeek.Monday => "thứ Hai",
        IsoDayOfWeek.Tuesday => "thứ Ba",
        IsoDayOfWeek.Wednesday => "thứ Tư",
        IsoDayOfWeek.Thursday => "thứ Năm",
        IsoDayOfWeek.Friday => "thứ Sáu",
        IsoDayOfWeek.Saturday => "thứ Bảy",
        IsoDayOfWeek.Sunday => "Chủ nhật",
        _ => throw new ArgumentOutOfRangeException(nameof(date), date.DayOfWeek, null),
    };

    private static IEnumerable<ScheduleDay> LunarNewYear(int year)
    {
        var tet = VietnameseLunarCalendar.NewYear(year);
        var daysBefore = Enumerable.Range(0, 5).Count(i => IsWeekend(tet.PlusDays(i - 1))) < Enumerable.Range(0, 5).Count(i => IsWeekend(tet.PlusDays(i - 2)))
            ? 1
            : 2;
        var name = VietnameseLunarCalendar.YearName(year);
        for (var i = 0; i < 5; i++)
        {
            var date = tet.PlusDays(i - daysBefore);
            var lunar = VietnameseLunarCalendar.ToLunar(date);
            var which = lunar.Month == 12
                ? string.Create(CultureInfo.InvariantCulture, $"{lunar.Day} tháng Chạp")
                : string.Create(CultureInfo.InvariantCulture, $"mùng {lunar.Day} Tết");
            yield return new ScheduleDay(date, ScheduleDayKind.Holiday, $"Tết Nguyên đán {name} ({which})");
        }
    }

    private static LocalDate NationalDayCompanion(LocalDate nationalDay)
    {
        var before = nationalDay.PlusDays(-1);
        var after = nationalDay.PlusDays(1);
        // A weekday that makes 2/9 and it touch a weekend gives one unbroken break.
        if (!IsWeekend(before) && IsWeekend(before.PlusDays(-1)))
        {
            return before;
        }

        if (!IsWeekend(after) && IsWeekend(after.PlusDays(1)))
        {
            return after;
        }

        return IsWeekend(before) ? after : before;
    }
}
