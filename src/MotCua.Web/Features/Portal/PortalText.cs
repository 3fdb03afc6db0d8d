namespace MotCua.Web.Features.Portal;

/// <summary>Marker for the citizen portal's UI strings: PortalText.resx (Vietnamese) and PortalText.en.resx.</summary>
public sealed class PortalText;
