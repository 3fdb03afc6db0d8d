using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using MotCua.Domain;
using MotCua.Domain.Calendar;
using MotCua.Web.Features.Calendar.Month;
using NodaTime;
using NodaTime.Text;

namespace MotCua.Web.Features.Calendar;

/// <summary>A due instant as the API returns it.</summary>
/// <param name="Due">The instant (UTC).</param>
/// <param name="Local">The same in Vietnam, <c>yyyy-MM-ddTHH:mm</c>.</param>
public sealed record DueAnswer(Instant Due, string Local);

/// <summary>A solar date with its lunar date.</summary>
public sealed record LunarAnswer(LocalDate Solar, string Lunar, int LunarYear, int LunarMonth, int LunarDay, bool LeapMonth, string YearName);

/// <summary>One day of a month as the API returns it.</summary>
public sealed record MonthDayAnswer(LocalDate Date, bool WorkingDay, string? Kind, string? Reason, string Lunar);

/// <summary>Public JSON API of the working calendar of the province (no personal data).</summary>
public static class CalendarApi
{
    private static readonly LocalDateTimePattern LocalPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

    public static void MapCalendarApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/calendar").WithTags("Calendar");

        group.MapGet("/due", async Task<Results<Ok<DueAnswer>, ProblemHttpResult>> (string? from, int? amount, string? unit, WorkingCalendarProvider provider, CancellationToken ct) =>
            {
                var start = LocalPattern.Parse(from ?? "");
                var parsedUnit = Deadline.ParseUnit(unit);
                if (!start.Success || amount is null or < 0 || parsedUnit is null)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Tham số không hợp lệ",
                        detail: "Cần from=yyyy-MM-ddTHH:mm (giờ Việt Nam), amount ≥ 0 và unit=working-days|working-hours|days.");
                }

                var calendar = await provider.GetAsync(ct);
                try
                {
                    var due = calendar.Due(VietnamTime.ToInstant(start.Value), new Deadline(amount.Value, parsedUnit.Value));
                    return TypedResults.Ok(new DueAnswer(due, LocalPattern.Format(VietnamTime.ToLocal(due))));
                }
                catch (ArgumentOutOfRangeException)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Ngoài phạm vi lịch",
                        detail: $"Lịch làm việc chỉ tính từ {WorkingCalendar.FirstDate:yyyy-MM-dd} đến {WorkingCalendar.LastDate:yyyy-MM-dd}.");
                }
            })
            .WithName("CalendarDue")
            .WithSummary("When a deadline falls due from a local start, under the province's published calendar");

        group.MapGet("/lunar/{date}", Results<Ok<LunarAnswer>, ProblemHttpResult> (string date) =>
            {
                var parsed = LocalDatePattern.Iso.Parse(date);
                if (!parsed.Success || parsed.Value.Year is < VietnameseLunarCalendar.MinYear or > VietnameseLunarCalendar.MaxYear)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Ngày không hợp lệ",
                        detail: string.Create(CultureInfo.InvariantCulture, $"Cần một ngày yyyy-MM-dd từ {VietnameseLunarCalendar.MinYear} đến {VietnameseLunarCalendar.MaxYear}."));
                }

                var lunar = VietnameseLunarCalendar.ToLunar(parsed.Value);
                return TypedResults.Ok(new LunarAnswer(parsed.Value, lunar.ToString(), lunar.Year, lunar.Month, lunar.Day, lunar.IsLeapMonth, VietnameseLunarCalendar.YearName(lunar.Year)));
            })
            .WithName("CalendarLunar")
            .WithSummary("The Vietnamese lunar date of a solar date");

        group.MapGet("/months/{year:int}/{month:int}", async Task<Results<Ok<IReadOnlyList<MonthDayAnswer>>, ProblemHttpResult>> (int year, int month, MonthQuery months, CancellationToken ct) =>
            {
                var view = await months.GetAsync(year, month, ct);
                if (view is null)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không có tháng này",
                        detail: string.Create(CultureInfo.InvariantCulture, $"Tháng 1–12 của các năm {MonthQuery.MinYear}–{MonthQuery.MaxYear}."));
                }

                IReadOnlyList<MonthDayAnswer> days = [.. view.Weeks.SelectMany(w => w).OfType<MonthDay>()
                    .Select(d => new MonthDayAnswer(d.Date, d.IsWorkingDay, d.Entry is null ? null : ScheduleDay.Format(d.Entry.Kind), d.Entry?.Reason, d.Lunar.ToString()))];
                return TypedResults.Ok(days);
            })
            .WithName("CalendarMonth")
            .WithSummary("The days of a month: working or not, the reason of days off and make-up days, the lunar date");
    }
}
