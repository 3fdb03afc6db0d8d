namespace MotCua.Web.Features.Dossiers.Forms;

/// <summary>Marker for the form pages' strings: FormsText.resx (Vietnamese, the default) and FormsText.en.resx
/// (English), written with <c>tools/resx.py</c>. The forms themselves are legal documents and stay Vietnamese.</summary>
public sealed class FormsText;
