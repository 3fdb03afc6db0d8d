using MotCua.Data;
using MotCua.Domain.Dossiers.Forms;
using MotCua.Testing;
using MotCua.Web.Features.Dossiers.Forms;
using NodaTime;

namespace MotCua.Web.Tests.Features.Dossiers.Forms;

/// <summary>
/// What text extraction cannot see: the glyphs on paper. With a subsetting bug (DejaVu Sans under PDFsharp 6.2.4)
/// the text layer reads right while ế, ứ, ồ print without their marks, so the PDF is also rendered with poppler:
/// fonts must be embedded Noto Sans subsets, and the page must carry ink where the form has text. The PNGs are kept
/// under TestResults/forms for a person to look at (the receipt was checked by eye when this was written).
/// </summary>
public sealed class FormPdfTests
{
    [Fact]
    public async Task Receipt_RenderedByPoppler_UsesEmbeddedNotoSubsetsAndPrintsTheText()
    {
        await using var app = await FormTestKit.AppAsync(DatabaseProvider.Sqlite);
        var d = await TestDossiers.ReceiveAsync(app.Database, applicant: TestDossiers.Applicant with { FullName = "Trần Thị Ngọc Diễm Hương" });
        var client = await app.LoginAsync("motcua.ninhkieu");
        var path = FormTestKit.Save(await FormTestKit.PdfAsync(client, $"/Workspace/Dossiers/{d.Id}/Forms/receipt.pdf"), "render-receipt");

        var fonts = FormTestKit.Run("pdffonts", path).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.Equal(3, fonts.Count);
        Assert.All(fonts, line =>
        {
            Assert.Contains("Noto Sans", line, StringComparison.Ordinal);
            Assert.Matches(@"Identity-H\s+yes\s+yes\s+yes", line);
        });

        FormTestKit.Run("pdftoppm", "-png", "-r", "110", "-singlefile", path, Path.ChangeExtension(path, null));
        FormTestKit.Run("pdftoppm", "-gray", "-r", "60", "-singlefile", path, Path.ChangeExtension(path, null));
        var (width, height, pixels) = ReadPgm(Path.ChangeExtension(path, ".pgm"));
        Assert.Equal((350, 497), (width, height));
        var dark = pixels.Count(p => p < 128) / (double)pixels.Length;
        Assert.InRange(dark, 0.02, 0.25);
        // Ink in the heading band, the title band and the signature band; none in the margins.
        Assert.True(Ink(width, pixels, 0.05, 0.15) > 0.02, "heading");
        Assert.True(Ink(width, pixels, 0.15, 0.22) > 0.02, "title");
        Assert.True(Ink(width, pixels, 0.85, 0.95) > 0.005, "signatures");
        Assert.Equal(0, Ink(width, pixels, 0.985, 1.0));
    }

    [Fact]
    public void Render_LongWordsAndManyRows_WrapsAndContinuesOnNewPages()
    {
        FormFonts.Configure(new FormOptions().FontFolder);
        var rows = Enumerable.Range(1, 60).Select(i => (IReadOnlyList<string>)[i.ToString(System.Globalization.CultureInfo.InvariantCulture), new string('Ư', 80), "dòng 1\ndòng 2"]).ToList();
        var form = new FormDocument(FormSet.Circular03Of2025, FormKind.ControlSlip, FormPage.A5Portrait,
            new FormHeading("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG THÀNH PHỐ", null, "Cần Thơ", new LocalDate(2026, 1, 5)),
            "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", ["Mã hồ sơ: 92.TTPVHCC-260105-0001"],
            [
                new FormLine("Kèm theo hồ sơ của", new string('Đ', 200)),
                new FormLine([new FormField("Quyển số", null), new FormField("Số thứ tự", null)]),
                new FormTable([new FormColumn("STT", 1), new FormColumn("Nội dung", 4), new FormColumn("Ghi chú", 2)], rows, "Không có."),
            ],
            [new FormSignature("NGƯỜI LẬP PHIẾU", "(Ký và ghi rõ họ tên)", "Võ Thị Mai")], "test");

        var pdf = FormPdf.Render(form);
        var text = FormTestKit.PdfText(pdf);
        var pages = FormTestKit.PageSizes(pdf).Count;
        Assert.True(pages >= 3, $"{pages} page(s)");
        Assert.Contains("05 tháng 01 năm 2026", text, StringComparison.Ordinal);
        Assert.Contains($"Trang {pages}/{pages}", text, StringComparison.Ordinal);
        Assert.Contains("Võ Thị Mai", text, StringComparison.Ordinal);
        Assert.Equal(200 + 1, text.Count(c => c == 'Đ')); // the long word, cut over lines, and "Độc lập"
    }

    /// <summary>Share of dark pixels in a horizontal band (fractions of the height).</summary>
    private static double Ink(int width, byte[] pixels, double from, double to)
    {
        var height = pixels.Length / width;
        var rows = Enumerable.Range((int)(height * from), Math.Max(1, (int)(height * to) - (int)(height * from))).Where(r => r < height).ToList();
        return rows.Sum(r => pixels.AsSpan(r * width, width).ToArray().Count(p => p < 128)) / (double)(rows.Count * width);
    }

    /// <summary>Reads a binary PGM (P5, 8-bit) as pdftoppm -gray writes it.</summary>
    private static (int Width, int Height, byte[] Pixels) ReadPgm(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var fields = new List<string>();
        var i = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)bytes[i]))
            {
                i++;
            }

            var start = i;
            while (!char.IsWhiteSpace((char)bytes[i]))
            {
                i++;
            }

            fields.Add(System.Text.Encoding.ASCII.GetString(bytes, start, i - start));
        }

        Assert.Equal("P5", fields[0]);
        var width = int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture);
        return (width, height, bytes[(i + 1)..(i + 1 + width * height)]);
    }
}
