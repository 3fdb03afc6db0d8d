namespace MotCua.Web.Features.Shared;

/// <summary>Marker for the UI strings shared by all pages: SharedText.resx (Vietnamese, the default) and
/// SharedText.en.resx (English). Add strings with <c>tools/resx.py</c> or by editing both files.</summary>
public sealed class SharedText;
