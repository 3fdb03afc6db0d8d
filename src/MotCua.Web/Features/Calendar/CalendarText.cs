namespace MotCua.Web.Features.Calendar;

/// <summary>Marker for the calendar pages' strings: CalendarText.resx (Vietnamese, the default) and
/// CalendarText.en.resx (English). Add strings with <c>tools/resx.py</c>.</summary>
public sealed class CalendarText;
