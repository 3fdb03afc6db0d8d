using System.Text.Json;
using System.Text.Json.Serialization;
using MotCua.Domain.Calendar;
using MotCua.Domain.Text;
using MotCua.Web.Infrastructure;
using NodaTime;
using NodaTime.Text;

namespace MotCua.Web.Features.Calendar;

/// <summary>A year's official schedule as shipped in <c>data/holidays/vn-YYYY.json</c>.</summary>
public sealed record ShippedYear(int Year, string Scope, IReadOnlyList<string> Sources, IReadOnlyList<ScheduleDay> Days);

/// <summary>
/// The calendar files MotCua reads: the official schedules shipped in <c>data/holidays/</c>
/// (<c>{"year","scope","sources":[…],"days":[{"date","kind","reason"}]}</c>) and the simple file of
/// <c>motcua calendar due --calendar</c>
/// (<c>{"holidays":["yyyy-MM-dd",…],"makeupWorkdays":[…],"officeHours":[["07:00","11:30"],…]}</c>).
/// Problems are reported in Vietnamese, naming the place; nothing is half-read.
/// </summary>
public static class ScheduleFiles
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The shipped official schedules, in year order (from the binaries' <c>data/holidays</c>).</summary>
    public static IReadOnlyList<ShippedYear> LoadShipped() => LoadShipped(DataFolder.ReferenceData("holidays"));

    public static IReadOnlyList<ShippedYear> LoadShipped(string folder)
    {
        var years = new List<ShippedYear>();
        foreach (var file in Directory.EnumerateFiles(folder, "vn-*.json").Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(file);
            years.Add(ReadShippedYear(stream, Path.GetFileName(file)));
        }

        return years;
    }

    /// <summary>The calendar of the shipped schedules (national, default office hours): what
    /// <c>motcua calendar due</c> uses without <c>--calendar</c>.</summary>
    public static WorkingCalendar ShippedCalendar() => WorkingCalendar.FromSchedule(LoadShipped().SelectMany(y => y.Days));

    /// <exception cref="InvalidDataException">The file is not a valid schedule (message in Vietnamese).</exception>
    public static ShippedYear ReadShippedYear(Stream json, string name)
    {
        ShippedYearJson? file;
        try
        {
            file = JsonSerializer.Deserialize<ShippedYearJson>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{name}: JSON không hợp lệ ({Where(ex)}).", ex);
        }

        if (file is null || file.Year is < 1900 or > 2199 || file.Days is null)
        {
            throw new InvalidDataException($"{name}: cần \"year\" (1900–2199) và \"days\".");
        }

        var days = new List<ScheduleDay>();
        foreach (var (day, i) in file.Days.Select((d, i) => (d, i + 1)))
        {
            var date = LocalDatePattern.Iso.Parse(day.Date ?? "");
            var kind = ScheduleDay.ParseKind(day.Kind);
            var reason = VietnameseText.Normalize(day.Reason);
            if (!date.Success || date.Value.Year != file.Year || kind is null || string.IsNullOrEmpty(reason))
            {
                throw new InvalidDataException($"{name}: ngày thứ {i} cần \"date\" (yyyy-MM-dd, trong năm {file.Year}), \"kind\" (holiday, compensatory, swap, other, makeup) và \"reason\".");
            }

            days.Add(new ScheduleDay(date.Value, kind.Value, reason));
        }

        var problem = ScheduleRules.Check(days);
        return problem is null
            ? new ShippedYear(file.Year, file.Scope ?? CalendarYear.NationalScope, file.Sources ?? [], days)
            : throw new InvalidDataException($"{name}: {problem}");
    }

    /// <summary>Reads a <c>--calendar</c> file into a calendar.</summary>
    /// <exception cref="InvalidDataException">The file is not valid (message in Vietnamese, one line).</exception>
    public static WorkingCalendar ReadCalendarFile(Stream json)
    {
        CalendarFileJson? file;
        try
        {
            file = JsonSerializer.Deserialize<CalendarFileJson>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"JSON không hợp lệ ({Where(ex)}); cần {{\"holidays\":[…],\"makeupWorkdays\":[…],\"officeHours\":[[\"07:00\",\"11:30\"],…]}}.", ex);
        }

        if (file is null)
        {
            throw new InvalidDataException("tệp lịch rỗng.");
        }

        var holidays = Dates(file.Holidays, "holidays");
        var makeup = Dates(file.MakeupWorkdays, "makeupWorkdays");
        var hours = OfficeHours.Default;
        if (file.OfficeHours is not null)
        {
            var periods = new List<OfficePeriod>();
            foreach (var (pair, i) in file.OfficeHours.Select((p, i) => (p, i + 1)))
            {
                if (pair is not { Length: 2 } || !OfficeHours.TryParseTime(pair[0], out var start) || !OfficeHours.TryParseTime(pair[1], out var end))
                {
                    throw new InvalidDataException($"officeHours[{i}] cần dạng [\"HH:mm\",\"HH:mm\"].");
                }

                periods.Add(new OfficePeriod(start, end));
            }

            if (!OfficeHours.TryCreate(periods, out hours, out var problem))
            {
                throw new InvalidDataException($"officeHours: {problem}");
            }
        }

        var both = holidays.Intersect(makeup).Order().FirstOrDefault();
        if (both != default)
        {
            throw new InvalidDataException($"ngày {LocalDatePattern.Iso.Format(both)} vừa là ngày nghỉ vừa là ngày làm bù.");
        }

        return new WorkingCalendar(holidays, makeup, hours);
    }

    private static List<LocalDate> Dates(string?[]? values, string property)
    {
        var dates = new List<LocalDate>();
        foreach (var (value, i) in (values ?? []).Select((v, i) => (v, i + 1)))
        {
            var date = LocalDatePattern.Iso.Parse(value ?? "");
            if (!date.Success || date.Value < WorkingCalendar.FirstDate || date.Value > WorkingCalendar.LastDate)
            {
                throw new InvalidDataException($"{property}[{i}] \"{value}\" không phải ngày yyyy-MM-dd (1900–2199).");
            }

            dates.Add(date.Value);
        }

        return dates;
    }

    private static string Where(JsonException ex) =>
        ex.LineNumber is { } line ? $"dòng {line + 1}" + (ex.Path is { Length: > 1 } path ? $", {path}" : "") : "tệp";

    private sealed record ShippedYearJson(int Year, string? Scope, string[]? Sources, DayJson[]? Days);

    private sealed record DayJson(string? Date, string? Kind, string? Reason);

    private sealed record CalendarFileJson(string?[]? Holidays, string?[]? MakeupWorkdays, string?[][]? OfficeHours);
}
