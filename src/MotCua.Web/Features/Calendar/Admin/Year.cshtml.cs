using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Domain.Calendar;
using MotCua.Web.Features.Calendar.Draft;
using MotCua.Web.Features.Calendar.Edit;
using MotCua.Web.Features.Calendar.Publish;
using MotCua.Web.Infrastructure;
using NodaTime.Text;

namespace MotCua.Web.Features.Calendar.Admin;

/// <summary>One year of one scope: the draft's days (add, change, remove), a proposal from the Labour
/// Code, the sources, the differences from the published copy, publication, and the audit trail.</summary>
[Authorize(Policy = WebHost.AdministratorPolicy)]
public sealed class YearModel(
    CalendarAdminQueries queries,
    CalendarYearStore store,
    DraftYear draftYear,
    EditCalendarYear edit,
    PublishYear publish) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Scope { get; set; } = CalendarYear.NationalScope;

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    /// <summary>The version the administrator saw (concurrency check).</summary>
    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? DayDate { get; set; }

    [BindProperty]
    public string? DayKind { get; set; }

    [BindProperty]
    public string? DayReason { get; set; }

    [BindProperty]
    public string? Sources { get; set; }

    [BindProperty]
    public bool Replace { get; set; }

    [BindProperty]
    public bool Confirmed { get; set; }

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public CalendarYearDetail Detail { get; private set; } = null!;

    private string UserName => User.Identity!.Name!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (store.Check(Scope, Year) is { } problem)
        {
            Error = problem;
            Year = Math.Clamp(Year, CalendarYearStore.MinYear, CalendarYearStore.MaxYear);
            Scope = CalendarYear.NationalScope;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostSaveDayAsync(CancellationToken cancellationToken)
    {
        var date = LocalDatePattern.Iso.Parse(DayDate ?? "");
        var kind = Enum.TryParse<ScheduleDayKind>(DayKind, out var k) && Enum.IsDefined(k) ? k : (ScheduleDayKind?)null;
        if (!date.Success || date.Value.Year != Year)
        {
            return FailAsync($"Ngày \"{DayDate}\" không hợp lệ: cần một ngày của năm {Year}.", cancellationToken);
        }

        if (kind is null)
        {
            return FailAsync("Hãy chọn loại ngày.", cancellationToken);
        }

        return ResultAsync(edit.SaveDayAsync(Scope, Version, new ScheduleDay(date.Value, kind.Value, DayReason ?? ""), UserName, cancellationToken), "saved", cancellationToken);
    }

    public Task<IActionResult> OnPostRemoveDayAsync(CancellationToken cancellationToken)
    {
        var date = LocalDatePattern.Iso.Parse(DayDate ?? "");
        return date.Success
            ? ResultAsync(edit.RemoveDayAsync(Scope, Version, date.Value, UserName, cancellationToken), "saved", cancellationToken)
            : FailAsync($"Ngày \"{DayDate}\" không hợp lệ.", cancellationToken);
    }

    public Task<IActionResult> OnPostSourcesAsync(CancellationToken cancellationToken) =>
        ResultAsync(edit.SetSourcesAsync(Scope, Year, Version, Sources, UserName, cancellationToken), "saved", cancellationToken);

    public async Task<IActionResult> OnPostProposeAsync(CancellationToken cancellationToken)
    {
        var current = await queries.YearAsync(Scope, Year, cancellationToken);
        if (current.Version != Version)
        {
            return await FailAsync(CalendarYearStore.StaleMessage, cancellationToken);
        }

        var result = await draftYear.DraftAsync(Scope, Year, Replace, UserName, cancellationToken);
        return await ResultAsync(Task.FromResult(new CalendarChangeResult(result.Error, result.Version)), "saved", cancellationToken);
    }

    public Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken) =>
        Confirmed
            ? ResultAsync(publish.PublishAsync(Scope, Year, Version, UserName, cancellationToken), "published", cancellationToken)
            : FailAsync("Hãy xác nhận đã đối chiếu bản nháp với văn bản của cơ quan có thẩm quyền trước khi công bố.", cancellationToken);

    private async Task<IActionResult> ResultAsync(Task<CalendarChangeResult> change, string message, CancellationToken cancellationToken)
    {
        var result = await change;
        if (result.Succeeded)
        {
            Message = message;
            return RedirectToPage(new { scope = Scope, year = Year });
        }

        return await FailAsync(result.Error!, cancellationToken);
    }

    private async Task<IActionResult> FailAsync(string error, CancellationToken cancellationToken)
    {
        Error = error;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        if (store.Check(Scope, Year) is not null)
        {
            Scope = CalendarYear.NationalScope;
            Year = Math.Clamp(Year, CalendarYearStore.MinYear, CalendarYearStore.MaxYear);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Detail = await queries.YearAsync(Scope, Year, cancellationToken);
        Version = Detail.Version;
        Sources ??= Detail.Sources;
    }
}
