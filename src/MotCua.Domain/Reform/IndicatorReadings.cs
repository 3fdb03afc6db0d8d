using NodaTime;

namespace MotCua.Domain.Reform;

/// <summary>
/// A published value of an indicator a reform task aims at — a PAR INDEX area score, a SIPAS/PAPI/PCI result, a
/// Decision 766 indicator as the national portal published it — recorded by the Office with its source, so that the
/// indicator's trend since a task was assigned can be shown. Readings are only added: a correction is a newer reading
/// for the same period, and the newest recorded one counts.
/// </summary>
public sealed class IndicatorReading
{
    public long Id { get; set; }

    /// <summary>The indicator (<see cref="TaskTarget.Key"/>, e.g. <c>par:3</c>, <c>766:2.1</c>, <c>sipas</c>).</summary>
    public string TargetKey { get; set; } = string.Empty;

    /// <summary>The day the value refers to (the end of the month, quarter or year it measures).</summary>
    public LocalDate Period { get; set; }

    public decimal Value { get; set; }

    /// <summary>Where the value was published (document number, report, web page).</summary>
    public string Source { get; set; } = string.Empty;

    public string? RecordedBy { get; set; }

    public Instant RecordedAt { get; set; }
}

/// <summary>An indicator's movement since a task was assigned: the value then (the last reading on or before that
/// day, or the first reading when none is older), the latest value, and the readings in between.</summary>
public sealed record IndicatorTrend(IndicatorReading? Baseline, IndicatorReading? Latest, IReadOnlyList<IndicatorReading> Readings)
{
    /// <summary>Latest minus baseline, when both exist and the latest is newer.</summary>
    public decimal? Change => Baseline is { } b && Latest is { } l && l.Period > b.Period ? l.Value - b.Value : null;
}

public static class IndicatorReadings
{
    public const int MaxSourceLength = 300;

    /// <summary>Readings of one indicator since <paramref name="since"/> (the day its first task was assigned;
    /// null: no task, every reading). For each period only the newest recorded reading counts.</summary>
    public static IndicatorTrend Trend(IEnumerable<IndicatorReading> readings, LocalDate? since)
    {
        var byPeriod = readings
            .GroupBy(r => r.Period)
            .Select(g => g.OrderBy(r => r.RecordedAt).ThenBy(r => r.Id).Last())
            .OrderBy(r => r.Period)
            .ToList();
        var baseline = (since is { } day ? byPeriod.LastOrDefault(r => r.Period <= day) : null) ?? byPeriod.FirstOrDefault();
        var shown = baseline is null ? byPeriod : byPeriod.Where(r => r.Period >= baseline.Period).ToList();
        return new IndicatorTrend(baseline, byPeriod.LastOrDefault(), shown);
    }

    /// <summary>Why a reading cannot be recorded, per field (Vietnamese); empty when it can.</summary>
    public static IReadOnlyDictionary<string, string> Problems(string? targetKey, LocalDate? period, decimal? value, string? source, LocalDate today)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (TaskTarget.Parse(targetKey) is not { Family: not IndicatorFamily.None })
        {
            problems["Target"] = "Chọn chỉ số.";
        }

        if (period is not { } p)
        {
            problems["Period"] = "Nhập kỳ của giá trị (ngày/tháng/năm).";
        }
        else if (p > today)
        {
            problems["Period"] = "Kỳ của giá trị không được sau ngày hôm nay.";
        }

        if (value is not { } v)
        {
            problems["Value"] = "Nhập giá trị là một số, ví dụ 85,25.";
        }
        else if (v is < -1_000_000 or > 1_000_000)
        {
            problems["Value"] = "Giá trị nằm ngoài khoảng cho phép.";
        }

        if (string.IsNullOrWhiteSpace(source))
        {
            problems["Source"] = "Ghi nguồn công bố (số văn bản, báo cáo hoặc trang web).";
        }
        else if (source.Trim().Length > MaxSourceLength)
        {
            problems["Source"] = $"Nguồn tối đa {MaxSourceLength} ký tự.";
        }

        return problems;
    }
}
