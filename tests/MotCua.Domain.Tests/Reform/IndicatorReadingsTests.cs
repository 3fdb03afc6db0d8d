using MotCua.Domain.Reform;
using NodaTime;

namespace MotCua.Domain.Tests.Reform;

public sealed class IndicatorReadingsTests
{
    private static readonly Instant T = Instant.FromUtc(2026, 1, 10, 2, 0);

    private static IndicatorReading R(int year, int month, int day, decimal value, int recordedMinutesLater = 0) =>
        new() { TargetKey = "par:3", Period = new LocalDate(year, month, day), Value = value, Source = "QĐ", RecordedAt = T + Duration.FromMinutes(recordedMinutesLater) };

    [Fact]
    public void Trend_FromTheLastValueBeforeTheTask_ToTheLatest()
    {
        var trend = IndicatorReadings.Trend([R(2025, 12, 31, 85.25m), R(2023, 12, 31, 70m), R(2024, 12, 31, 78.5m)], new LocalDate(2025, 3, 1));

        Assert.Equal(78.5m, trend.Baseline!.Value);
        Assert.Equal(85.25m, trend.Latest!.Value);
        Assert.Equal(6.75m, trend.Change);
        Assert.Equal([78.5m, 85.25m], trend.Readings.Select(r => r.Value));
    }

    [Fact]
    public void Trend_ACorrectionForTheSamePeriod_TheNewestRecordedCounts()
    {
        var trend = IndicatorReadings.Trend([R(2024, 12, 31, 78.5m), R(2025, 12, 31, 85.25m), R(2025, 12, 31, 86m, recordedMinutesLater: 5)], new LocalDate(2025, 3, 1));

        Assert.Equal(7.5m, trend.Change);
        Assert.Equal(2, trend.Readings.Count);
    }

    [Fact]
    public void Trend_NoValueBeforeTheTask_StartsFromTheFirst_AndOneValueHasNoChange()
    {
        Assert.Equal(-2m, IndicatorReadings.Trend([R(2025, 6, 30, 80m), R(2025, 12, 31, 78m)], new LocalDate(2025, 3, 1)).Change);
        var single = IndicatorReadings.Trend([R(2025, 6, 30, 80m)], null);
        Assert.Null(single.Change);
        Assert.Equal(80m, single.Latest!.Value);
        Assert.Null(IndicatorReadings.Trend([], new LocalDate(2025, 3, 1)).Latest);
    }

    [Fact]
    public void Problems_EveryField_InVietnamese()
    {
        var today = new LocalDate(2026, 1, 10);
        Assert.Empty(IndicatorReadings.Problems("766:2.1", new LocalDate(2025, 12, 31), 92.3m, "Cổng DVCQG", today));
        var problems = IndicatorReadings.Problems("", today.PlusDays(1), null, new string('x', 301), today);
        Assert.Equal(["Period", "Source", "Target", "Value"], problems.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Chọn chỉ số.", problems["Target"]);
        Assert.Contains("Ghi nguồn", IndicatorReadings.Problems("sipas", today, 1m, " ", today)["Source"], StringComparison.Ordinal);
    }
}
