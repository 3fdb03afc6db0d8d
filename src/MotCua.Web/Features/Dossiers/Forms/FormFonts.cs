using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace MotCua.Web.Features.Dossiers.Forms;

/// <summary>The fonts are missing: PDFs cannot be made (the HTML forms still work).</summary>
public sealed class FormFontsMissingException(string message) : Exception(message);

/// <summary>
/// Gives PDFsharp the Noto Sans faces (regular, bold, italic, bold italic) from one folder, whatever family a
/// drawing asks for. Noto Sans, not DejaVu Sans: PDFsharp 6.2.4's subsetter drops the inner components of
/// DejaVu's two-level composite glyphs, so ế, ứ, ồ lose their marks on paper while text extraction still reads
/// them right (ADR 0060). PDFsharp takes one resolver per process, set before the first font is used, so this is
/// a single instance whose folder is fixed by the first <see cref="Configure"/>.
/// </summary>
public sealed class FormFonts : IFontResolver
{
    public const string Family = "Noto Sans";

    private static readonly Lock Gate = new();
    private static readonly FormFonts Instance = new();
    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);
    private string? _folder;

    private FormFonts()
    {
    }

    /// <summary>Installs the resolver (once per process) and checks that the faces are there.</summary>
    /// <exception cref="FormFontsMissingException">A face file is missing.</exception>
    public static void Configure(string folder)
    {
        lock (Gate)
        {
            Instance._folder ??= folder;
            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = Instance;
            }
        }

        foreach (var face in (string[])["NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic", "NotoSans-BoldItalic"])
        {
            Instance.Load(face);
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new((bold, italic) switch
        {
            (true, true) => "NotoSans-BoldItalic",
            (true, false) => "NotoSans-Bold",
            (false, true) => "NotoSans-Italic",
            _ => "NotoSans-Regular",
        });

    public byte[] GetFont(string faceName) => Load(faceName);

    private byte[] Load(string faceName) => _faces.GetOrAdd(faceName, name =>
    {
        var path = Path.Combine(_folder ?? string.Empty, name + ".ttf");
        return File.Exists(path)
            ? File.ReadAllBytes(path)
            : throw new FormFontsMissingException($"Thiếu phông chữ {path} để in PDF: cài gói fonts-noto-core hoặc đặt MotCua:Forms:FontFolder. (Noto Sans font missing.)");
    });
}
