namespace MotCua.Web.Features.Reform;

/// <summary>Marker for the reform pages' strings: ReformText.resx (Vietnamese, the default) and
/// ReformText.en.resx (English), written with <c>tools/resx.py</c>.</summary>
public sealed class ReformText;
