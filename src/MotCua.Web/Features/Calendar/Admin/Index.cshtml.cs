using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Domain.Calendar;
using MotCua.Web.Features.Calendar.Hours;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Calendar.Admin;

/// <summary>The years of the national and provincial schedules, the office hours, and a way to open a
/// year's draft (administrators only).</summary>
[Authorize(Policy = WebHost.AdministratorPolicy)]
public sealed class IndexModel(CalendarAdminQueries queries, CalendarYearStore store, SetOfficeHours setOfficeHours) : PageModel
{
    public IReadOnlyList<CalendarYearRow> Years { get; private set; } = [];

    public IReadOnlyList<string> Scopes => store.Scopes;

    public IReadOnlyDictionary<string, OfficeHours?> Hours { get; private set; } = new Dictionary<string, OfficeHours?>();

    public IReadOnlyList<Domain.Calendar.CalendarChange> HoursChanges { get; private set; } = [];

    [BindProperty]
    public string? HoursScope { get; set; }

    [BindProperty]
    public string? HoursText { get; set; }

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostHoursAsync(CancellationToken cancellationToken)
    {
        var result = await setOfficeHours.SetAsync(HoursScope ?? "", HoursText, User.Identity!.Name!, cancellationToken);
        if (result.Succeeded)
        {
            Message = "saved";
            return RedirectToPage();
        }

        Error = result.Error;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Years = await queries.YearsAsync(cancellationToken);
        var hours = new Dictionary<string, OfficeHours?>(StringComparer.Ordinal);
        foreach (var scope in store.Scopes)
        {
            hours[scope] = await queries.OfficeHoursAsync(scope, cancellationToken);
        }

        Hours = hours;
        HoursChanges = await queries.OfficeHoursChangesAsync(cancellationToken);
    }
}
