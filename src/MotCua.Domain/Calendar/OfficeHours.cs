using NodaTime;
using NodaTime.Text;

namespace MotCua.Domain.Calendar;

/// <summary>One office period of a working day, [<see cref="Start"/>, <see cref="End"/>) in local time.</summary>
public readonly record struct OfficePeriod(LocalTime Start, LocalTime End)
{
    public Duration Length => Duration.FromNanoseconds(End.NanosecondOfDay - Start.NanosecondOfDay);

    public override string ToString() => $"{OfficeHours.TimePattern.Format(Start)}–{OfficeHours.TimePattern.Format(End)}";
}

/// <summary>
/// The office hours of every working day of a province (DOMAIN.md §5): by default 07:00–11:30 and
/// 13:30–17:00, so that one working day is 8 working hours. Periods are ordered, do not overlap and lie
/// within one day. Immutable; build with <see cref="Create"/>, which checks those rules.
/// </summary>
public sealed class OfficeHours : IEquatable<OfficeHours>
{
    public const int MaxPeriods = 6;

    internal static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    private OfficeHours(IReadOnlyList<OfficePeriod> periods)
    {
        Periods = periods;
        DayLength = periods.Aggregate(Duration.Zero, (sum, p) => sum + p.Length);
    }

    /// <summary>07:00–11:30 and 13:30–17:00.</summary>
    public static OfficeHours Default { get; } = new(
    [
        new OfficePeriod(new LocalTime(7, 0), new LocalTime(11, 30)),
        new OfficePeriod(new LocalTime(13, 30), new LocalTime(17, 0)),
    ]);

    public IReadOnlyList<OfficePeriod> Periods { get; }

    /// <summary>The working time of one working day (8 h by default).</summary>
    public Duration DayLength { get; }

    /// <summary>Checks and builds office hours; a problem is described in Vietnamese.</summary>
    public static OfficeHours Create(IEnumerable<OfficePeriod> periods) =>
        TryCreate(periods, out var hours, out var problem) ? hours : throw new ArgumentException(problem, nameof(periods));

    public static bool TryCreate(IEnumerable<OfficePeriod> periods, out OfficeHours hours, out string problem)
    {
        hours = Default;
        var list = periods.ToList();
        problem = list.Count switch
        {
            0 => "cần ít nhất một khoảng giờ làm việc.",
            > MaxPeriods => $"nhiều nhất {MaxPeriods} khoảng giờ làm việc mỗi ngày.",
            _ => "",
        };
        for (var i = 0; i < list.Count && problem.Length == 0; i++)
        {
            if (list[i].End <= list[i].Start)
            {
                problem = $"khoảng {list[i]}: giờ kết thúc phải sau giờ bắt đầu.";
            }
            else if (i > 0 && list[i].Start < list[i - 1].End)
            {
                problem = $"khoảng {list[i]} bắt đầu trước khi khoảng {list[i - 1]} kết thúc (các khoảng phải theo thứ tự, không chồng nhau).";
            }
        }

        if (problem.Length > 0)
        {
            return false;
        }

        hours = new OfficeHours(list);
        return true;
    }

    /// <summary>Reads "07:00-11:30, 13:30-17:00" (dash or en dash, comma or semicolon between periods).</summary>
    public static bool TryParse(string? text, out OfficeHours hours, out string problem)
    {
        hours = Default;
        var periods = new List<OfficePeriod>();
        foreach (var part in (text ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bounds = part.Split(['-', '–'], StringSplitOptions.TrimEntries);
            if (bounds.Length != 2 || !TryParseTime(bounds[0], out var start) || !TryParseTime(bounds[1], out var end))
            {
                problem = $"\"{part}\" không đúng dạng HH:mm-HH:mm.";
                return false;
            }

            periods.Add(new OfficePeriod(start, end));
        }

        return TryCreate(periods, out hours, out problem);
    }

    /// <summary>Reads one time of day written HH:mm.</summary>
    public static bool TryParseTime(string? text, out LocalTime time)
    {
        var result = TimePattern.Parse(text ?? "");
        time = result.Success ? result.Value : default;
        return result.Success;
    }

    /// <summary>"07:00–11:30, 13:30–17:00".</summary>
    public override string ToString() => string.Join(", ", Periods.Select(p => p.ToString()));

    public bool Equals(OfficeHours? other) => other is not null && Periods.SequenceEqual(other.Periods);

    public override bool Equals(object? obj) => Equals(obj as OfficeHours);

    public override int GetHashCode() => Periods.Aggregate(17, (hash, p) => HashCode.Combine(hash, p));

    /// <summary>A time of day as MotCua writes it: HH:mm.</summary>
    public static string Format(LocalTime time) => TimePattern.Format(time);
}
