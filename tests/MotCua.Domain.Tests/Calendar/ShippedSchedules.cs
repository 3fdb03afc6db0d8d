using System.Text.Json;
using MotCua.Domain.Calendar;
using NodaTime;
using NodaTime.Text;

namespace MotCua.Domain.Tests.Calendar;

/// <summary>The official civil-service schedules shipped in data/holidays (read from the checkout).</summary>
public static class ShippedSchedules
{
    private static readonly Lazy<IReadOnlyList<ScheduleDay>> All = new(Load);

    public static IReadOnlyList<ScheduleDay> Days => All.Value;

    /// <summary>The calendar of 2024–2026 with default office hours.</summary>
    public static WorkingCalendar Calendar { get; } = WorkingCalendar.FromSchedule(Days);

    public static IReadOnlyList<ScheduleDay> Year(int year) => [.. Days.Where(d => d.Date.Year == year)];

    private static List<ScheduleDay> Load()
    {
        var days = new List<ScheduleDay>();
        foreach (var year in new[] { 2024, 2025, 2026 })
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "data", "holidays", $"vn-{year}.json")));
            foreach (var day in json.RootElement.GetProperty("days").EnumerateArray())
            {
                days.Add(new ScheduleDay(
                    LocalDatePattern.Iso.Parse(day.GetProperty("date").GetString()!).Value,
                    ScheduleDay.ParseKind(day.GetProperty("kind").GetString())!.Value,
                    day.GetProperty("reason").GetString()!));
            }
        }

        return days;
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MotCua.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root (MotCua.slnx) not found");
    }

    public static Instant At(int year, int month, int day, int hour, int minute = 0) =>
        VietnamTime.ToInstant(new LocalDateTime(year, month, day, hour, minute));
}
