using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MotCua.Domain;
using MotCua.Domain.Calendar;
using MotCua.Web.Features.Calendar;
using NodaTime;

namespace MotCua.Benchmarks.Calendar;

/// <summary>
/// <see cref="WorkingCalendar.Due"/> and <see cref="WorkingCalendar.WorkingTimeBetween"/> on the shipped
/// 2024–2026 schedule, for spans of a day, a month and a year, against a naive minute-by-minute walk run
/// alongside (the baseline). Target: under 2 µs per call for spans up to a year.
/// <c>dotnet run -c Release --project bench/MotCua.Benchmarks -- --filter '*WorkingCalendar*' --job short</c>
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
[MaxColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class WorkingCalendarBenchmarks
{
    private static readonly IReadOnlyList<ScheduleDay> Schedule = ScheduleFiles.LoadShipped().SelectMany(y => y.Days).ToList();

    private readonly WorkingCalendar _calendar = WorkingCalendar.FromSchedule(Schedule);
    private readonly NaiveCalendar _naive = new(Schedule);
    private Instant[] _starts = [];
    private int _next;

    /// <summary>The span: 1 day (1 working day), 30 days (21 working days), 365 days (250 working days).</summary>
    [Params(1, 30, 365)]
    public int SpanDays { get; set; }

    private int WorkingDays => SpanDays switch { 1 => 1, 30 => 21, _ => 250 };

    [GlobalSetup]
    public void Setup()
    {
        // Starts spread over 2025 at odd times, so that no single path is measured.
        _starts = [.. Enumerable.Range(0, 32).Select(i => VietnamTime.ToInstant(new LocalDateTime(2025, 1, 2, 6, 45).PlusDays(i * 11).PlusMinutes(i * 97)))];
    }

    private Instant NextStart() => _starts[_next++ & 31];

    [Benchmark(Baseline = true), BenchmarkCategory("Due")]
    public Instant NaiveDue() => _naive.AddWorkingMinutes(NextStart(), WorkingDays * 8 * 60);

    [Benchmark, BenchmarkCategory("Due")]
    public Instant Due() => _calendar.Due(NextStart(), Deadline.WorkingDays(WorkingDays));

    [Benchmark(Baseline = true), BenchmarkCategory("Elapsed")]
    public long NaiveWorkingTimeBetween()
    {
        var start = NextStart();
        return _naive.WorkingMinutesBetween(start, start + Duration.FromDays(SpanDays));
    }

    [Benchmark, BenchmarkCategory("Elapsed")]
    public Duration WorkingTimeBetween()
    {
        var start = NextStart();
        return _calendar.WorkingTimeBetween(start, start + Duration.FromDays(SpanDays));
    }

    /// <summary>The obvious implementation: look at every minute.</summary>
    private sealed class NaiveCalendar(IReadOnlyList<ScheduleDay> schedule)
    {
        private readonly HashSet<LocalDate> _off = [.. schedule.Where(d => d.IsDayOff).Select(d => d.Date)];
        private readonly HashSet<LocalDate> _makeup = [.. schedule.Where(d => !d.IsDayOff).Select(d => d.Date)];

        public Instant AddWorkingMinutes(Instant start, int minutes)
        {
            var cursor = VietnamTime.ToLocal(start);
            for (var counted = 0; counted < minutes; cursor = cursor.PlusMinutes(1))
            {
                if (IsWorkingMinute(cursor))
                {
                    counted++;
                }
            }

            return VietnamTime.ToInstant(cursor);
        }

        public long WorkingMinutesBetween(Instant from, Instant to)
        {
            long minutes = 0;
            var end = VietnamTime.ToLocal(to);
            for (var cursor = VietnamTime.ToLocal(from); cursor < end; cursor = cursor.PlusMinutes(1))
            {
                if (IsWorkingMinute(cursor))
                {
                    minutes++;
                }
            }

            return minutes;
        }

        private bool IsWorkingMinute(LocalDateTime time)
        {
            var date = time.Date;
            var working = _makeup.Contains(date) || (!HolidayRules.IsWeekend(date) && !_off.Contains(date));
            if (!working)
            {
                return false;
            }

            var t = time.TimeOfDay;
            return (t >= new LocalTime(7, 0) && t < new LocalTime(11, 30)) || (t >= new LocalTime(13, 30) && t < new LocalTime(17, 0));
        }
    }
}
