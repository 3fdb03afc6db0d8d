namespace MotCua.Web.Features.Satisfaction;

/// <summary>Marker for the rating pages' strings: SatisfactionText.resx (Vietnamese, the default) and
/// SatisfactionText.en.resx (English), written with <c>tools/resx.py</c>.</summary>
public sealed class SatisfactionText;
