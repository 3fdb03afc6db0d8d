using MiniExcelLibs;
using Microsoft.Extensions.Localization;
using MotCua.Domain.Reform;

namespace MotCua.Web.Features.Reform.Dashboard;

/// <summary>The dashboards' tables as spreadsheets (MiniExcel): one sheet, a header row in the page's language,
/// numbers as numbers (rates as fractions, formatted by the reader).</summary>
public static class DashboardExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IReadOnlyList<Dictionary<string, object?>> Agencies(Queries.Dashboard figures, IStringLocalizer<ReformText> r) =>
        [.. figures.Agencies.Select(a => Row(r, (r["Dashboard.Agency"], a.Name), (r["Dashboard.Code"], a.UnitCode ?? string.Empty), a.Tally))
            .Append(Row(r, (r["Dashboard.Agency"], r["Dashboard.Total"].Value), (r["Dashboard.Code"], string.Empty), figures.Province))];

    public static IReadOnlyList<Dictionary<string, object?>> Directives(Queries.Dashboard figures, IStringLocalizer<ReformText> r) =>
        [.. figures.Directives.Select(d =>
        {
            var row = Row(r, (r["Save.Number"], d.Directive.Number), (r["Save.IssuedOn"], ReformDisplay.Day(d.Directive.IssuedOn)), d.Tally.Tally);
            row[r["Save.TitleField"]] = d.Directive.Title;
            row[r["Dashboard.MeanPercent"]] = d.Tally.MeanPercent is { } m ? Math.Round(m, 1) : null;
            return row;
        })];

    public static IReadOnlyList<Dictionary<string, object?>> Indicators(Queries.Dashboard figures, IStringLocalizer<ReformText> r) =>
        [.. figures.Indicators.Select(i => Row(r, (r["Dashboard.Indicator"], ReformDisplay.Target(i.Target, r)), (r["Dashboard.Code"], i.Target.Key), i.Tally))];

    public static async Task<byte[]> ToXlsxAsync(IReadOnlyList<Dictionary<string, object?>> rows, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        if (rows.Count == 0)
        {
            await stream.SaveAsAsync(new[] { new Dictionary<string, object?> { ["—"] = null } }, cancellationToken: cancellationToken);
        }
        else
        {
            await stream.SaveAsAsync(rows, cancellationToken: cancellationToken);
        }

        return stream.ToArray();
    }

    private static Dictionary<string, object?> Row(IStringLocalizer<ReformText> r, (string Key, string Value) first, (string Key, string Value) second, Tally t) => new()
    {
        [first.Key] = first.Value,
        [second.Key] = second.Value,
        [r["Dashboard.Assigned"]] = t.Assigned,
        [r["Dashboard.DoneOnTime"]] = t.DoneOnTime,
        [r["Dashboard.DoneLate"]] = t.DoneLate,
        [r["Dashboard.Overdue"]] = t.Overdue,
        [r["Dashboard.Pending"]] = t.Pending,
        [r["Dashboard.Rate"]] = t.CompletionRate is { } rate ? Math.Round(rate, 4) : null,
    };
}
