using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Domain.Calendar;
using MotCua.Web.Features.Calendar.Month;
using NodaTime;
using NodaTime.Text;

namespace MotCua.Web.Features.Calendar;

/// <summary>The working calendar of a month, public: working days, days off with their reason, make-up
/// days and the lunar date of every day; and a solar → lunar lookup.</summary>
public sealed class IndexModel(MonthQuery months) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Month { get; set; }

    /// <summary>A solar date (yyyy-MM-dd) to convert to the lunar calendar.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Date { get; set; }

    public MonthView View { get; private set; } = null!;

    public LocalDate? LookupDate { get; private set; }

    public LunarDate? LookupLunar { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Date) && LocalDatePattern.Iso.Parse(Date.Trim()) is { Success: true } parsed
            && parsed.Value.Year is >= MonthQuery.MinYear and <= MonthQuery.MaxYear)
        {
            LookupDate = parsed.Value;
            LookupLunar = VietnameseLunarCalendar.ToLunar(parsed.Value);
            Year ??= parsed.Value.Year;
            Month ??= parsed.Value.Month;
        }

        var view = await months.GetAsync(Year, Month, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }
}
