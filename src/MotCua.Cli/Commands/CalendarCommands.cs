using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain;
using MotCua.Domain.Calendar;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Calendar.Draft;
using MotCua.Web.Infrastructure;
using MotCua.Web.Infrastructure.Seeding;
using NodaTime;
using NodaTime.Text;

namespace MotCua.Cli.Commands;

/// <summary>
/// <c>motcua calendar due|lunar|solar</c> (no database: the shipped schedule or a <c>--calendar</c> file)
/// and <c>motcua calendar draft YEAR</c> (a proposal stored as a draft for an administrator to publish).
/// </summary>
public static class CalendarCommands
{
    private static readonly LocalDateTimePattern LocalPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

    public static Command Build(CliContext context)
    {
        var calendar = new Command("calendar", "Lịch làm việc và âm lịch (working calendar, lunar calendar)");
        calendar.Subcommands.Add(Due(context));
        calendar.Subcommands.Add(Lunar(context));
        calendar.Subcommands.Add(Solar(context));
        calendar.Subcommands.Add(Draft(context));
        return calendar;
    }

    private static Command Due(CliContext context)
    {
        var from = new Option<string>("--from") { Description = "Thời điểm bắt đầu, giờ Việt Nam: yyyy-MM-ddTHH:mm" };
        var workingDays = new Option<string>("--working-days") { Description = "Số ngày làm việc" };
        var workingHours = new Option<string>("--working-hours") { Description = "Số giờ làm việc" };
        var days = new Option<string>("--days") { Description = "Số ngày (theo lịch), dời sang ngày làm việc kế tiếp nếu rơi vào ngày nghỉ" };
        var calendarFile = new Option<string>("--calendar") { Description = "Tệp JSON {\"holidays\":[…],\"makeupWorkdays\":[…],\"officeHours\":[[\"07:00\",\"11:30\"],…]} thay lịch đi kèm" };
        var command = new Command("due", "Tính thời hạn (when a deadline falls due)") { from, workingDays, workingHours, days, calendarFile };
        command.SetAction(async (parse, _) =>
        {
            var start = ParseStart(parse.GetValue(from));
            var amounts = new[] { (workingDays, DeadlineUnit.WorkingDays), (workingHours, DeadlineUnit.WorkingHours), (days, DeadlineUnit.CalendarDays) }
                .Select(o => (Name: o.Item1.Name, Text: parse.GetValue(o.Item1), Unit: o.Item2))
                .Where(o => o.Text is not null)
                .ToList();
            if (amounts.Count != 1)
            {
                throw new CliInputException("cần đúng một trong --working-days, --working-hours, --days.");
            }

            var (name, text, unit) = amounts[0];
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
            {
                throw new CliInputException($"{name} phải là số nguyên không âm (nhận \"{text}\").");
            }

            var file = parse.GetValue(calendarFile);
            var calendar = LoadCalendar(file);
            Instant due;
            try
            {
                due = calendar.Due(VietnamTime.ToInstant(start), new Deadline(amount, unit));
            }
            catch (ArgumentOutOfRangeException)
            {
                throw new CliInputException($"thời hạn nằm ngoài phạm vi lịch ({WorkingCalendar.FirstDate:yyyy-MM-dd} – {WorkingCalendar.LastDate:yyyy-MM-dd}).");
            }

            await context.Output.WriteLineAsync(LocalPattern.Format(VietnamTime.ToLocal(due)));
            if (file is null && UncoveredYears(start.Year, VietnamTime.ToLocal(due).Year) is { Count: > 0 } uncovered)
            {
                await context.Error.WriteLineAsync(
                    $"Lưu ý: lịch đi kèm không có ngày nghỉ lễ của năm {string.Join(", ", uncovered)}; chỉ thứ Bảy, Chủ nhật được tính là ngày nghỉ (dùng --calendar).");
            }

            return CliApp.Ok;
        });
        return command;
    }

    private static Command Lunar(CliContext context)
    {
        var date = new Argument<string>("date") { Description = "Ngày dương lịch yyyy-MM-dd" };
        var command = new Command("lunar", "Đổi ngày dương lịch sang âm lịch; tháng nhuận viết L: 2025-06L-01 (solar → lunar)") { date };
        command.SetAction(async (parse, _) =>
        {
            var text = parse.GetValue(date);
            var parsed = LocalDatePattern.Iso.Parse(text ?? "");
            if (!parsed.Success)
            {
                throw new CliInputException($"ngày \"{text}\" không đúng dạng yyyy-MM-dd.");
            }

            CheckLunarRange(parsed.Value.Year);
            await context.Output.WriteLineAsync(VietnameseLunarCalendar.ToLunar(parsed.Value).ToString());
            return CliApp.Ok;
        });
        return command;
    }

    private static Command Solar(CliContext context)
    {
        var date = new Argument<string>("lunar-date") { Description = "Ngày âm lịch yyyy-MM-dd, tháng nhuận yyyy-MML-dd" };
        var command = new Command("solar", "Đổi ngày âm lịch sang dương lịch (lunar → solar)") { date };
        command.SetAction(async (parse, _) =>
        {
            var text = parse.GetValue(date);
            if (!LunarDate.TryParse(text, out var lunar))
            {
                throw new CliInputException($"ngày âm lịch \"{text}\" không đúng dạng yyyy-MM-dd (tháng nhuận: yyyy-MML-dd, tháng 01–12, ngày 01–30).");
            }

            CheckLunarRange(lunar.Year);
            if (VietnameseLunarCalendar.ToSolar(lunar) is not { } solar)
            {
                var length = VietnameseLunarCalendar.MonthLength(lunar.Year, lunar.Month, lunar.IsLeapMonth);
                throw new CliInputException(length is null
                    ? $"năm âm lịch {lunar.Year} không có tháng {lunar.Month} nhuận."
                    : $"tháng {lunar.Month}{(lunar.IsLeapMonth ? " nhuận" : "")} năm âm lịch {lunar.Year} chỉ có {length} ngày.");
            }

            await context.Output.WriteLineAsync(LocalDatePattern.Iso.Format(solar));
            return CliApp.Ok;
        });
        return command;
    }

    private static Command Draft(CliContext context)
    {
        var year = new Argument<string>("year") { Description = "Năm dương lịch, ví dụ 2027" };
        var province = new Option<string>("--province") { Description = "Soạn lịch riêng của tỉnh (mã tỉnh); mặc định: lịch toàn quốc" };
        var replace = new Option<bool>("--replace") { Description = "Thay bản nháp đã có" };
        var command = new Command("draft", "Đề xuất lịch nghỉ một năm theo Bộ luật Lao động, lưu làm bản nháp để quản trị viên xem, sửa, công bố") { year, province, replace };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!int.TryParse(parse.GetValue(year), NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < CalendarYearStore.MinYear or > CalendarYearStore.MaxYear)
            {
                throw new CliInputException($"năm \"{parse.GetValue(year)}\" không hợp lệ ({CalendarYearStore.MinYear}–{CalendarYearStore.MaxYear}).");
            }

            var scope = parse.GetValue(province)?.Trim() is { Length: > 0 } code ? code : CalendarYear.NationalScope;
            await using var services = context.BuildServices();
            await using var scopeServices = services.CreateAsyncScope();
            var sp = scopeServices.ServiceProvider;
            await sp.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
            await sp.GetRequiredService<CalendarSeeder>().SeedAsync(cancellationToken);
            var result = await sp.GetRequiredService<DraftYear>().DraftAsync(scope, y, parse.GetValue(replace), "motcua:" + Environment.UserName, cancellationToken);
            if (!result.Succeeded)
            {
                throw new CliInputException(result.Error!);
            }

            foreach (var day in result.Days)
            {
                await context.Output.WriteLineAsync($"{LocalDatePattern.Iso.Format(day.Date)}\t{ScheduleDay.Format(day.Kind)}\t{day.Reason}");
            }

            await context.Error.WriteLineAsync(
                $"Bản nháp năm {y} ({scope}): {result.Days.Count} ngày, CHƯA công bố. Thêm ngày hoán đổi, làm bù theo thông báo của Chính phủ, " +
                $"rồi quản trị viên công bố tại /Calendar/Admin/Year?scope={scope}&year={y}.");
            return CliApp.Ok;
        });
        return command;
    }

    private static LocalDateTime ParseStart(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CliInputException("thiếu --from yyyy-MM-ddTHH:mm.");
        }

        var parsed = LocalPattern.Parse(text.Trim());
        return parsed.Success
            ? parsed.Value
            : throw new CliInputException($"--from \"{text}\" không đúng dạng yyyy-MM-ddTHH:mm (giờ Việt Nam).");
    }

    private static WorkingCalendar LoadCalendar(string? file)
    {
        if (file is null)
        {
            return ScheduleFiles.ShippedCalendar();
        }

        var path = CliFiles.RequireReadable(new FileInfo(file));
        try
        {
            using var stream = File.OpenRead(path);
            return ScheduleFiles.ReadCalendarFile(stream);
        }
        catch (InvalidDataException ex)
        {
            throw new CliInputException($"tệp lịch \"{Path.GetFileName(path)}\" không hợp lệ: {ex.Message}");
        }
    }

    /// <summary>The years from <paramref name="first"/> to <paramref name="last"/> that the shipped schedule does not cover.</summary>
    private static List<int> UncoveredYears(int first, int last)
    {
        var shipped = ScheduleFiles.LoadShipped().Select(y => y.Year).ToHashSet();
        return [.. Enumerable.Range(first, Math.Max(0, last - first + 1)).Where(y => !shipped.Contains(y))];
    }

    private static void CheckLunarRange(int year)
    {
        if (year is < VietnameseLunarCalendar.MinYear or > VietnameseLunarCalendar.MaxYear)
        {
            throw new CliInputException($"âm lịch chỉ tính cho các năm {VietnameseLunarCalendar.MinYear}–{VietnameseLunarCalendar.MaxYear}.");
        }
    }
}
