using QRCoder;

namespace MotCua.Web.Features.Dossiers.Forms;

/// <summary>QR codes for printed forms (QRCoder), error correction M (survives a crease), with the quiet zone:
/// a PNG inlined in the HTML page, and the module matrix that the PDF draws as vector squares (PDFsharp 6.2.4
/// rejects QRCoder's 1-bit PNG, and squares print sharper than a scaled bitmap anyway).</summary>
public static class FormQr
{
    /// <summary>The modules, row by row, quiet zone included (true = dark).</summary>
    public static bool[][] Modules(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return [.. data.ModuleMatrix.Select(row => Enumerable.Range(0, row.Length).Select(i => row[i]).ToArray())];
    }

    /// <summary>The PNG of a QR code for <paramref name="text"/>, <paramref name="pixelsPerModule"/> pixels a module.</summary>
    public static byte[] Png(string text, int pixelsPerModule = 8)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }

    /// <summary>A data: URL of the PNG, to inline in a page without another request.</summary>
    public static string DataUrl(string text) => "data:image/png;base64," + Convert.ToBase64String(Png(text, 4));
}
