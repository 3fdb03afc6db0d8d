using System.Globalization;
using Microsoft.Extensions.Localization;
using MotCua.Domain.Reform;

namespace MotCua.Web.Features.Reform;

/// <summary>How reform values read on pages, in the page's language (resources of <see cref="ReformText"/>).</summary>
public static class ReformDisplay
{
    private static CultureInfo Culture => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? CultureInfo.GetCultureInfo("en") : Domain.VietnamTime.Culture;

    public static string Deadline(TaskDeadline deadline, IStringLocalizer<ReformText> r) => deadline.Kind switch
    {
        TaskDeadlineKind.Date when deadline.Date is { } d => string.Format(Culture, r["Deadline.Date"], Day(d)),
        TaskDeadlineKind.WithinMonth when deadline.Date is { } d => string.Format(Culture, r["Deadline.WithinMonth"], d.ToString("MM/yyyy", CultureInfo.InvariantCulture)),
        TaskDeadlineKind.Recurring when deadline.Recurrence is { } rec =>
            string.Format(Culture, r["Deadline.Recurring"], r["Recurrence." + rec.Code], deadline.Date is { } next ? Day(next) : "—"),
        _ => r["Deadline.None"],
    };

    /// <summary>"Chỉ số 766: 2.1 Hồ sơ giải quyết trước hạn, đúng hạn", or "—".</summary>
    public static string Target(TaskTarget target, IStringLocalizer<ReformText> r)
    {
        if (IndicatorCatalog.Find(target) is not { } info)
        {
            return "—";
        }

        var name = Culture.TwoLetterISOLanguageName == "en" ? info.EnglishName : info.Name;
        return target.Family switch
        {
            IndicatorFamily.ParIndex => string.Format(Culture, r["Target.ParArea"], target.Code, name),
            IndicatorFamily.Index766 => string.Format(Culture, r["Target.766Code"], target.Code, name),
            _ => name,
        };
    }

    public static string Day(NodaTime.LocalDate date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Time(NodaTime.Instant instant) =>
        instant.InZone(Domain.VietnamTime.Zone).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"87%" or "—".</summary>
    public static string Percent(double? share) => share is { } s ? (s * 100).ToString("0.#", Culture) + "%" : "—";
}

/// <summary>The model of the indicator options partial: the chosen key, and whether the empty option means "any" (a
/// filter) rather than "none" (a form).</summary>
public sealed record TargetChoice(string? Selected, bool ForFilter = false);
