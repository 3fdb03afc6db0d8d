using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace MotCua.Web.Tests.Features.Reform;

/// <summary>Directive files written by the tests: a .docx with automatic numbering and a task table, and a PDF.</summary>
internal static class DirectiveTestFiles
{
    public static byte[] Docx(bool withTable = true)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(
                new AbstractNum(
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 },
                    new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "-" }) { LevelIndex = 1 })
                { AbstractNumberId = 1 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 7 });
            Paragraph Numbered(string text, int level) => new(
                new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 7 })),
                new Run(new Text(text)));
            var body = new Body(
                new Paragraph(new Run(new Text("Hậu Giang, ngày 03 tháng 10 năm 2024"))),
                Numbered("Giao Sở Tư pháp thực hiện các nhiệm vụ sau, hoàn thành trước ngày 15/12/2024:", 0),
                Numbered("Rà soát văn bản quy phạm pháp luật;", 1),
                Numbered("Tổng hợp kết quả.", 1),
                Numbered("Sở Y tế chủ trì, phối hợp Sở Tài chính rà soát thủ tục, hoàn thành trong quý IV/2024.", 0));
            if (withTable)
            {
                body.Append(new Table(
                    Row("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
                    Row("1", "Số hóa hồ sơ, kết quả giải quyết thủ tục", "Văn phòng UBND tỉnh", "Sở Nội vụ", "Tháng 3/2025")));
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    /// <summary>A one-page PDF (standard font, so the text is written without marks: matching ignores them).</summary>
    public static byte[] Pdf()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        page.AddText("1. Giao So Noi vu ra soat quy che, hoan thanh truoc ngay 10/11/2024.", 11, new UglyToad.PdfPig.Core.PdfPoint(50, 750), font);
        page.AddText("2. Giao So Tai chinh bo tri kinh phi, hoan thanh trong thang 12/2024.", 11, new UglyToad.PdfPig.Core.PdfPoint(50, 730), font);
        return builder.Build();
    }

    private static TableRow Row(params string[] cells) =>
        new([.. cells.Select(c => new TableCell(new Paragraph(new Run(new Text(c)))))]);
}
