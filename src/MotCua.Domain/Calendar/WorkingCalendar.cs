using NodaTime;

namespace MotCua.Domain.Calendar;

/// <summary>
/// Working-time arithmetic for every deadline in MotCua (DOMAIN.md §5): receipt within 8 working hours,
/// processing in N working days, feedback in 15 working days, calendar-day limits. Pure and immutable,
/// built from a schedule (days off, make-up working days, office hours); safe to share between threads.
/// <para>The rules, in Asia/Ho_Chi_Minh local time:</para>
/// <list type="bullet">
/// <item>Working days are Monday–Friday that are not days off, plus make-up working days. Working
///   periods are the office periods [start, end) of working days.</item>
/// <item>A start outside a working period counts from the beginning of the next one.</item>
/// <item>N working hours end at the earliest instant at which N hours of working time have elapsed: a
///   result can be the end of a period (17:00), never a lunch break or a night. N working days are
///   N × <see cref="WorkingDayLength"/> of working time (Decree 61/2018/NĐ-CP and Decree 118/2025/NĐ-CP
///   count processing time in working days).</item>
/// <item>N calendar days end N × 24 h later and, when that lands on a non-working day, at the same time of
///   day on the next working day.</item>
/// <item>Pauses (waiting for a supplement, Mẫu 02) are intervals whose time does not count.</item>
/// </list>
/// Dates from <see cref="FirstDate"/> to <see cref="LastDate"/> are supported; each call is O(number of
/// pauses), independent of the span (a per-day table of working-day ranks is built once).
/// </summary>
public sealed class WorkingCalendar : IWorkingTime
{
    public static readonly LocalDate FirstDate = new(1900, 1, 1);
    public static readonly LocalDate LastDate = new(2199, 12, 31);

    private const long NanosecondsPerDay = NodaConstants.NanosecondsPerDay;
    private static readonly int FirstDayNumber = FirstDate.ToDateOnly().DayNumber;
    private static readonly long FirstDayUnixDays = Period.DaysBetween(new LocalDate(1970, 1, 1), FirstDate);
    private static readonly DateTimeZone Zone = VietnamTime.Zone;

    /// <summary>Working days in [FirstDate, FirstDate + i): <c>_rank[i + 1] - _rank[i]</c> is 1 on a working day.</summary>
    private readonly int[] _rank;

    /// <summary>The day index of each working day, in order.</summary>
    private readonly int[] _workingDays;

    private readonly long[] _periodStart;
    private readonly long[] _periodEnd;

    /// <summary>Working time in a working day before period i begins.</summary>
    private readonly long[] _before;

    private readonly long _dayLength;

    /// <summary>Builds the calendar. Weekends are Saturday and Sunday; a date may not be both a day off and
    /// a make-up day.</summary>
    /// <param name="daysOff">Weekdays that are not worked (holidays, compensatory and swapped days). Weekend
    /// dates in this list are allowed and change nothing.</param>
    /// <param name="makeupWorkdays">Weekend days that are worked.</param>
    /// <param name="officeHours">Office hours of every working day; <see cref="OfficeHours.Default"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A date outside <see cref="FirstDate"/>–<see cref="LastDate"/>.</exception>
    /// <exception cref="ArgumentException">A date is both a day off and a make-up day.</exception>
    public WorkingCalendar(IEnumerable<LocalDate> daysOff, IEnumerable<LocalDate> makeupWorkdays, OfficeHours? officeHours = null)
    {
        OfficeHours = officeHours ?? OfficeHours.Default;
        var count = Period.DaysBetween(FirstDate, LastDate) + 1;
        var off = new HashSet<int>(daysOff.Select(d => Index(d, nameof(daysOff))));
        var makeup = new HashSet<int>(makeupWorkdays.Select(d => Index(d, nameof(makeupWorkdays))));
        if (off.Overlaps(makeup))
        {
            var both = FirstDate.PlusDays(off.Intersect(makeup).Min());
            throw new ArgumentException($"Ngày {both:yyyy-MM-dd} vừa là ngày nghỉ vừa là ngày làm bù.", nameof(makeupWorkdays));
        }

        _rank = new int[count + 1];
        var working = new List<int>(count * 5 / 7);
        var weekday = (int)FirstDate.DayOfWeek; // Monday = 1 … Sunday = 7
        for (var i = 0; i < count; i++)
        {
            var isWorking = makeup.Contains(i) || (weekday <= 5 && !off.Contains(i));
            if (isWorking)
            {
                working.Add(i);
            }

            _rank[i + 1] = working.Count;
            weekday = weekday == 7 ? 1 : weekday + 1;
        }

        _workingDays = [.. working];
        var periods = OfficeHours.Periods;
        _periodStart = [.. periods.Select(p => p.Start.NanosecondOfDay)];
        _periodEnd = [.. periods.Select(p => p.End.NanosecondOfDay)];
        _before = new long[periods.Count];
        for (var i = 1; i < periods.Count; i++)
        {
            _before[i] = _before[i - 1] + (_periodEnd[i - 1] - _periodStart[i - 1]);
        }

        _dayLength = OfficeHours.DayLength.ToInt64Nanoseconds();
        DaysOff = off.Select(i => FirstDate.PlusDays(i)).Order().ToList();
        MakeupWorkdays = makeup.Select(i => FirstDate.PlusDays(i)).Order().ToList();
    }

    /// <summary>A calendar with weekends only and default office hours.</summary>
    public static WorkingCalendar WeekendsOnly { get; } = new([], []);

    /// <summary>Builds the calendar of a schedule: its days off and make-up days.</summary>
    public static WorkingCalendar FromSchedule(IEnumerable<ScheduleDay> days, OfficeHours? officeHours = null)
    {
        var list = days.ToList();
        return new WorkingCalendar(list.Where(d => d.IsDayOff).Select(d => d.Date), list.Where(d => !d.IsDayOff).Select(d => d.Date), officeHours);
    }

    public OfficeHours OfficeHours { get; }

    /// <summary>The working time of one working day: the sum of the office periods (8 h by default).</summary>
    public Duration WorkingDayLength => OfficeHours.DayLength;

    /// <summary>The days off given to the calendar, in order.</summary>
    public IReadOnlyList<LocalDate> DaysOff { get; }

    /// <summary>The make-up working days given to the calendar, in order.</summary>
    public IReadOnlyList<LocalDate> MakeupWorkdays { get; }

    /// <summary>Whether <paramref name="date"/> is worked: Monday–Friday and not a day off, or a make-up day.</summary>
    public bool IsWorkingDay(LocalDate date)
    {
        var i = Index(date, nameof(date));
        return _rank[i + 1] != _rank[i];
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public LocalDate NextWorkingDay(LocalDate date)
    {
        var i = Index(date, nameof(date));
        return FirstDate.PlusDays(WorkingDayAt(_rank[i + 1]));
    }

    /// <summary>Whether <paramref name="instant"/> lies inside a working period [start, end).</summary>
    public bool IsInWorkingTime(Instant instant)
    {
        var (day, time) = Local(instant);
        if (_rank[day + 1] == _rank[day])
        {
            return false;
        }

        for (var p = 0; p < _periodStart.Length; p++)
        {
            if (time >= _periodStart[p] && time < _periodEnd[p])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The instant a deadline falls due, counted from <paramref name="start"/> (see the class
    /// rules for each unit). An amount of zero gives the start moved into working time.</summary>
    /// <param name="start">When the clock starts (e.g. receipt of a complete dossier).</param>
    /// <param name="deadline">The limit: working days, working hours or calendar days; not negative.</param>
    /// <param name="pauses">Intervals that do not count (may overlap, be unordered or start before
    /// <paramref name="start"/>). A pause without an end stops the clock for good: the call then throws.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative amount, or a result beyond <see cref="LastDate"/>.</exception>
    /// <exception cref="ArgumentException">The clock is stopped by a pause that has no end.</exception>
    public Instant Due(Instant start, Deadline deadline, IReadOnlyList<Interval>? pauses = null)
    {
        if (deadline.Amount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(deadline), deadline.Amount, "Thời hạn không được âm.");
        }

        return deadline.Unit switch
        {
            DeadlineUnit.WorkingDays => AddWorkingTime(start, WorkingDayLength * deadline.Amount, pauses),
            DeadlineUnit.WorkingHours => AddWorkingTime(start, Duration.FromHours(deadline.Amount), pauses),
            DeadlineUnit.CalendarDays => AddCalendarDays(start, deadline.Amount, pauses),
            _ => throw new ArgumentOutOfRangeException(nameof(deadline), deadline.Unit, null),
        };
    }

    /// <summary>The earliest instant at which <paramref name="workingTime"/> of working time, outside
    /// pauses, has elapsed since <paramref name="start"/>. Zero gives the first working instant at or
    /// after <paramref name="start"/> (outside pauses). The result is inside a working period or at its end.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative working time, or a result beyond <see cref="LastDate"/>.</exception>
    /// <exception cref="ArgumentException">The clock is stopped by a pause that has no end.</exception>
    public Instant AddWorkingTime(Instant start, Duration workingTime, IReadOnlyList<Interval>? pauses = null)
    {
        if (workingTime < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(workingTime), workingTime, "Thời gian làm việc không được âm.");
        }

        var merged = Merge(pauses, start);
        var remaining = workingTime.ToInt64Nanoseconds();
        if (remaining == 0)
        {
            return FirstWorkingInstant(start, merged);
        }

        var cursor = start;
        for (var i = 0; i < merged.Count; i++)
        {
            var pause = merged[i];
            if (pause.Start > cursor)
            {
                var available = Between(cursor, pause.Start);
                if (remaining <= available)
                {
                    return Add(cursor, remaining);
                }

                remaining -= available;
            }

            cursor = pause.HasEnd ? pause.End : throw new ArgumentException("Thời hạn đang tạm dừng không thời hạn (pause without an end).", nameof(pauses));
        }

        return Add(cursor, remaining);
    }

    /// <summary>Working time between two instants, pauses excluded; negative when <paramref name="to"/> is
    /// before <paramref name="from"/>. A pause without an end counts up to <paramref name="to"/>.</summary>
    public Duration WorkingTimeBetween(Instant from, Instant to, IReadOnlyList<Interval>? pauses = null)
    {
        if (to < from)
        {
            return -WorkingTimeBetween(to, from, pauses);
        }

        var total = Between(from, to);
        var merged = Merge(pauses, from);
        for (var i = 0; i < merged.Count; i++)
        {
            var pause = merged[i];
            if (pause.Start >= to)
            {
                break;
            }

            total -= Between(pause.Start, pause.HasEnd && pause.End < to ? pause.End : to);
        }

        return Duration.FromNanoseconds(total);
    }

    /// <summary>The working time left at <paramref name="now"/> before <paramref name="due"/>: zero or
    /// negative once the due instant has passed (the overdue working time).</summary>
    public Duration RemainingWorkingTime(Instant now, Instant due) => Duration.FromNanoseconds(Between(now, due));

    private Instant AddCalendarDays(Instant start, int days, IReadOnlyList<Interval>? pauses)
    {
        var remaining = Duration.FromDays(days);
        var cursor = start;
        var merged = Merge(pauses, start);
        for (var i = 0; i < merged.Count; i++)
        {
            var pause = merged[i];
            if (pause.Start > cursor)
            {
                var gap = pause.Start - cursor;
                if (remaining <= gap)
                {
                    break;
                }

                remaining -= gap;
            }

            cursor = pause.HasEnd ? pause.End : throw new ArgumentException("Thời hạn đang tạm dừng không thời hạn (pause without an end).", nameof(pauses));
        }

        var end = VietnamTime.ToLocal(cursor + remaining);
        return IsWorkingDay(end.Date) ? cursor + remaining : VietnamTime.ToInstant(NextWorkingDay(end.Date) + end.TimeOfDay);
    }

    /// <summary>Working time in [from, to) for from ≤ to, in nanoseconds.</summary>
    private long Between(Instant from, Instant to)
    {
        var (fromDay, fromTime) = Local(from);
        var (toDay, toTime) = Local(to);
        return ((long)(_rank[toDay] - _rank[fromDay]) * _dayLength) + OffsetInDay(toDay, toTime) - OffsetInDay(fromDay, fromTime);
    }

    /// <summary>The earliest instant with <paramref name="workingTime"/> (&gt; 0) of working time after <paramref name="start"/>.</summary>
    private Instant Add(Instant start, long workingTime)
    {
        var (day, time) = Local(start);
        var total = OffsetInDay(day, time) + workingTime;
        var fullDays = total / _dayLength;
        var rest = total % _dayLength;
        if (rest == 0)
        {
            // Exactly at the end of a working day: that day's last period end, not the next morning.
            fullDays--;
            rest = _dayLength;
        }

        var index = _rank[day] + fullDays;
        if (index >= _workingDays.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(workingTime), "Thời hạn vượt quá phạm vi lịch (sau " + LastDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ").");
        }

        return ToInstant(_workingDays[index], TimeAtOffset(rest));
    }

    /// <summary>The first instant at or after <paramref name="start"/> inside a working period and outside the pauses.</summary>
    private Instant FirstWorkingInstant(Instant start, IReadOnlyList<Interval> pauses)
    {
        var result = StartOfWorkingTime(start);
        for (var i = 0; i < pauses.Count; i++)
        {
            var pause = pauses[i];
            if (pause.Start > result)
            {
                break;
            }

            if (!pause.HasEnd)
            {
                throw new ArgumentException("Thời hạn đang tạm dừng không thời hạn (pause without an end).", nameof(pauses));
            }

            if (pause.End > result)
            {
                result = StartOfWorkingTime(pause.End);
            }
        }

        return result;
    }

    /// <summary>The first instant at or after <paramref name="instant"/> inside a working period.</summary>
    private Instant StartOfWorkingTime(Instant instant)
    {
        var (day, time) = Local(instant);
        if (_rank[day + 1] != _rank[day])
        {
            for (var p = 0; p < _periodStart.Length; p++)
            {
                if (time < _periodEnd[p])
                {
                    return time >= _periodStart[p] ? instant : ToInstant(day, _periodStart[p]);
                }
            }
        }

        return ToInstant(WorkingDayAt(_rank[day + 1]), _periodStart[0]);
    }

    /// <summary>Working time of a day before the local time of day <paramref name="time"/> (0 on a day off).</summary>
    private long OffsetInDay(int day, long time)
    {
        if (_rank[day + 1] == _rank[day])
        {
            return 0;
        }

        for (var p = 0; p < _periodStart.Length; p++)
        {
            if (time < _periodEnd[p])
            {
                return _before[p] + Math.Max(0, time - _periodStart[p]);
            }
        }

        return _dayLength;
    }

    /// <summary>The earliest time of day at which <paramref name="offset"/> (0 &lt; offset ≤ day length) of working time has elapsed.</summary>
    private long TimeAtOffset(long offset)
    {
        for (var p = 0; p < _periodStart.Length; p++)
        {
            var length = _periodEnd[p] - _periodStart[p];
            if (offset <= _before[p] + length)
            {
                return _periodStart[p] + (offset - _before[p]);
            }
        }

        return _periodEnd[^1];
    }

    private int WorkingDayAt(int index) => index < _workingDays.Length
        ? _workingDays[index]
        : throw new ArgumentOutOfRangeException(nameof(index), "Không còn ngày làm việc nào trước " + LastDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ".");

    /// <summary>The local day index and nanosecond of day of an instant in Vietnam.</summary>
    private static (int Day, long Time) Local(Instant instant)
    {
        var local = (instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds() + Zone.GetUtcOffset(instant).Nanoseconds;
        var unixDay = Math.DivRem(local, NanosecondsPerDay, out var time);
        if (time < 0)
        {
            unixDay--;
            time += NanosecondsPerDay;
        }

        var day = unixDay - FirstDayUnixDays;
        if (day < 0 || day >= LastDayIndex)
        {
            throw new ArgumentOutOfRangeException(nameof(instant), instant, $"Lịch làm việc chỉ tính từ {FirstDate:yyyy-MM-dd} đến {LastDate:yyyy-MM-dd}.");
        }

        return ((int)day, time);
    }

    private static Instant ToInstant(int day, long time)
    {
        var local = NodaConstants.UnixEpoch + Duration.FromNanoseconds(((day + FirstDayUnixDays) * NanosecondsPerDay) + time);
        // Vietnam's offset has not changed since 1975; the lookup keeps earlier dates right too.
        var offset = Zone.GetUtcOffset(local - Duration.FromHours(7));
        return local - Duration.FromSeconds(offset.Seconds);
    }

    private static int LastDayIndex => LastDate.ToDateOnly().DayNumber - FirstDayNumber + 1;

    private static int Index(LocalDate date, string parameter)
    {
        var index = date.ToDateOnly().DayNumber - FirstDayNumber;
        return index >= 0 && index < LastDayIndex
            ? index
            : throw new ArgumentOutOfRangeException(parameter, date, $"Lịch làm việc chỉ tính từ {FirstDate:yyyy-MM-dd} đến {LastDate:yyyy-MM-dd}.");
    }

    /// <summary>Pauses sorted and merged, those ending at or before <paramref name="from"/> dropped, starts
    /// clipped to <paramref name="from"/>, empty ones dropped.</summary>
    private static IReadOnlyList<Interval> Merge(IReadOnlyList<Interval>? pauses, Instant from)
    {
        if (pauses is null || pauses.Count == 0)
        {
            // The common case allocates nothing.
            return [];
        }

        var result = new List<Interval>();
        foreach (var pause in pauses.OrderBy(p => p.HasStart ? p.Start : Instant.MinValue))
        {
            var start = pause.HasStart && pause.Start > from ? pause.Start : from;
            if (pause.HasEnd && pause.End <= start)
            {
                continue;
            }

            if (result.Count > 0 && (!result[^1].HasEnd || start <= result[^1].End))
            {
                var last = result[^1];
                var end = !last.HasEnd || !pause.HasEnd ? (Instant?)null : (pause.End > last.End ? pause.End : last.End);
                result[^1] = new Interval(last.Start, end);
                continue;
            }

            result.Add(new Interval(start, pause.HasEnd ? pause.End : null));
        }

        return result;
    }
}
