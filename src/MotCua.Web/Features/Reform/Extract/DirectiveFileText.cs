using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;
using PdfDocument = UglyToad.PdfPig.PdfDocument;

namespace MotCua.Web.Features.Reform.Extract;

/// <summary>The text of a directive file, or why there is none (one Vietnamese sentence).</summary>
public sealed record DirectiveFileResult(string? Text, string? Error)
{
    public bool Succeeded => Error is null;

    public static DirectiveFileResult Fail(string error) => new(null, error);
}

/// <summary>
/// Reads the text of a directive from a file: UTF-8 (or UTF-16 with a byte-order mark) plain text, a Word
/// .docx (Open XML SDK: paragraphs, automatic numbering rendered as "1.", "a)", "-", tables of tasks as
/// labelled lines) or a PDF with a text layer (PdfPig, in reading order). The format is decided by the
/// content, not the name; a name that promises another format, a binary file, an old .doc, an encrypted or
/// scanned PDF and an empty file are refused with a clear message (ADR 0031).
/// </summary>
public static class DirectiveFileText
{
    /// <summary>Largest file accepted (5 MB: a 100-page PDF with text is about 1 MB).</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>Longest text accepted (about 150 pages).</summary>
    public const int MaxChars = 500_000;

    public static readonly IReadOnlyList<string> Extensions = [".txt", ".docx", ".pdf"];

    /// <summary>Reads a file's text. <paramref name="fileName"/> is used only to check its extension.</summary>
    public static DirectiveFileResult Read(byte[] bytes, string? fileName)
    {
        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        if (bytes.Length == 0)
        {
            return DirectiveFileResult.Fail("Tệp rỗng: không có nội dung để đọc.");
        }

        if (bytes.Length > MaxBytes)
        {
            return DirectiveFileResult.Fail(string.Create(CultureInfo.InvariantCulture, $"Tệp lớn quá {MaxBytes / 1024 / 1024} MB."));
        }

        var isPdf = StartsWith(bytes, "%PDF-"u8);
        var isZip = StartsWith(bytes, [0x50, 0x4B, 0x03, 0x04]);
        if (StartsWith(bytes, [0xD0, 0xCF, 0x11, 0xE0]))
        {
            return DirectiveFileResult.Fail("Tệp Word cũ (.doc) chưa được hỗ trợ: hãy lưu lại thành .docx hoặc .pdf.");
        }

        if ((extension == ".pdf" && !isPdf) || (extension == ".docx" && !isZip))
        {
            return DirectiveFileResult.Fail($"Tệp có đuôi {extension} nhưng nội dung không phải định dạng đó.");
        }

        var result = isPdf ? ReadPdf(bytes) : isZip ? ReadDocx(bytes) : ReadPlain(bytes);
        if (!result.Succeeded)
        {
            return result;
        }

        if (string.IsNullOrWhiteSpace(result.Text))
        {
            return DirectiveFileResult.Fail(isPdf
                ? "PDF không có lớp chữ (có thể là bản quét): cần bản PDF có chữ hoặc tệp .docx."
                : "Tệp không có chữ: không có nội dung để đọc.");
        }

        return result.Text!.Length > MaxChars
            ? DirectiveFileResult.Fail(string.Create(CultureInfo.InvariantCulture, $"Văn bản dài quá {MaxChars:N0} ký tự."))
            : result;
    }

    /// <summary>Checks pasted text the same way (empty, too long).</summary>
    public static DirectiveFileResult Pasted(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DirectiveFileResult.Fail("Chưa có nội dung: dán văn bản hoặc chọn một tệp.");
        }

        return text.Length > MaxChars
            ? DirectiveFileResult.Fail(string.Create(CultureInfo.InvariantCulture, $"Văn bản dài quá {MaxChars:N0} ký tự."))
            : new DirectiveFileResult(text, null);
    }

    private static DirectiveFileResult ReadPlain(byte[] bytes)
    {
        Encoding encoding;
        var offset = 0;
        if (StartsWith(bytes, [0xEF, 0xBB, 0xBF]))
        {
            (encoding, offset) = (new UTF8Encoding(false, true), 3);
        }
        else if (StartsWith(bytes, [0xFF, 0xFE]))
        {
            (encoding, offset) = (new UnicodeEncoding(false, false, true), 2);
        }
        else if (StartsWith(bytes, [0xFE, 0xFF]))
        {
            (encoding, offset) = (new UnicodeEncoding(true, false, true), 2);
        }
        else
        {
            if (Array.IndexOf(bytes, (byte)0) >= 0)
            {
                return DirectiveFileResult.Fail("Tệp không phải văn bản (tệp nhị phân): chỉ nhận .txt, .docx hoặc .pdf.");
            }

            encoding = new UTF8Encoding(false, true);
        }

        string text;
        try
        {
            text = encoding.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException)
        {
            return DirectiveFileResult.Fail("Tệp không phải văn bản UTF-8: hãy lưu lại với bảng mã Unicode (UTF-8).");
        }

        var control = text.Count(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t' and not '\f');
        return control > text.Length / 100 + 1
            ? DirectiveFileResult.Fail("Tệp không phải văn bản (tệp nhị phân): chỉ nhận .txt, .docx hoặc .pdf.")
            : new DirectiveFileResult(text, null);
    }

    private static DirectiveFileResult ReadPdf(byte[] bytes)
    {
        try
        {
            using var pdf = PdfDocument.Open(bytes);
            var builder = new StringBuilder();
            foreach (var page in pdf.GetPages())
            {
                builder.Append(ContentOrderTextExtractor.GetText(page)).Append('\n');
            }

            return new DirectiveFileResult(builder.ToString(), null);
        }
        catch (PdfDocumentEncryptedException)
        {
            return DirectiveFileResult.Fail("PDF có mật khẩu: hãy gỡ mật khẩu hoặc dùng tệp .docx.");
        }
        catch (Exception ex) when (ex is UglyToad.PdfPig.Core.PdfDocumentFormatException or IOException or InvalidDataException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or InvalidCastException or NullReferenceException or KeyNotFoundException)
        {
            return DirectiveFileResult.Fail("Tệp PDF hỏng hoặc không đọc được.");
        }
    }

    private static DirectiveFileResult ReadDocx(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                return DirectiveFileResult.Fail("Tệp .docx không có nội dung văn bản Word.");
            }

            var numbering = new WordNumbering(document.MainDocumentPart!.NumberingDefinitionsPart?.Numbering);
            var builder = new StringBuilder();
            foreach (var element in body.ChildElements)
            {
                switch (element)
                {
                    case Paragraph paragraph:
                        builder.Append(numbering.Label(paragraph)).Append(ParagraphText(paragraph)).Append('\n');
                        break;
                    case Table table:
                        AppendTable(builder, table);
                        break;
                    default:
                        break;
                }
            }

            return new DirectiveFileResult(builder.ToString(), null);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException)
        {
            return DirectiveFileResult.Fail("Tệp .docx hỏng hoặc không phải tài liệu Word.");
        }
    }

    /// <summary>The text of a paragraph's runs: text, tabs and line breaks; deleted (tracked) text and field
    /// codes are other elements and are left out.</summary>
    private static string ParagraphText(OpenXmlElement paragraph)
    {
        var builder = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case Text text:
                    builder.Append(text.Text);
                    break;
                case TabChar:
                    builder.Append('\t');
                    break;
                case Break or CarriageReturn:
                    builder.Append('\n');
                    break;
                default:
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A table of tasks ("STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành", as plans
    /// attach them) becomes one line per row, "1. task. Cơ quan chủ trì: X. Cơ quan phối hợp: Y. Thời gian hoàn
    /// thành: Z.", which the labelled rules read. Other tables become one line per row, cells separated by " | ".
    /// </summary>
    private static void AppendTable(StringBuilder builder, Table table)
    {
        var rows = table.Elements<TableRow>()
            .Select(r => r.Elements<TableCell>().Select(c => string.Join(' ', c.Elements<Paragraph>().Select(ParagraphText)).Trim()).ToList())
            .ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var header = rows[0].Select(h => Domain.Text.VietnameseText.SearchKey(h)).ToList();
        int Column(params string[] keys) => header.FindIndex(h => keys.Any(k => h.Contains(k, StringComparison.Ordinal)));
        var task = Column("nhiem vu", "noi dung", "cong viec");
        var lead = Column("chu tri", "thuc hien");
        var coordinators = Column("phoi hop");
        var deadline = Column("thoi gian", "thoi han", "tien do");
        if (task < 0 || lead < 0)
        {
            foreach (var row in rows)
            {
                builder.Append(string.Join(" | ", row)).Append('\n');
            }

            return;
        }

        var number = 0;
        foreach (var row in rows.Skip(1))
        {
            string Cell(int i) => i >= 0 && i < row.Count ? row[i].TrimEnd('.', ';', ' ') : string.Empty;
            if (Cell(task).Length == 0)
            {
                continue;
            }

            builder.Append(CultureInfo.InvariantCulture, $"{++number}. {Cell(task)}.");
            if (Cell(lead).Length > 0)
            {
                builder.Append(CultureInfo.InvariantCulture, $" Cơ quan chủ trì: {Cell(lead)}.");
            }

            if (Cell(coordinators).Length > 0)
            {
                builder.Append(CultureInfo.InvariantCulture, $" Cơ quan phối hợp: {Cell(coordinators)}.");
            }

            if (Cell(deadline).Length > 0)
            {
                builder.Append(CultureInfo.InvariantCulture, $" Thời gian hoàn thành: {Cell(deadline)}.");
            }

            builder.Append('\n');
        }
    }

    private static bool StartsWith(byte[] bytes, ReadOnlySpan<byte> prefix) => bytes.AsSpan().StartsWith(prefix);

    /// <summary>Word's automatic numbering, rendered as the text it shows ("1.", "a)", "-"), so that the
    /// outline rules see the same markers as in typed text.</summary>
    private sealed class WordNumbering(Numbering? numbering)
    {
        private readonly Dictionary<(int Abstract, int Level), int> _counters = [];

        public string Label(Paragraph paragraph)
        {
            var properties = paragraph.ParagraphProperties?.NumberingProperties;
            var numberId = properties?.NumberingId?.Val?.Value;
            var levelIndex = properties?.NumberingLevelReference?.Val?.Value ?? 0;
            if (numbering is null || numberId is null or 0)
            {
                return string.Empty;
            }

            var instance = numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numberId);
            var abstractId = instance?.AbstractNumId?.Val?.Value;
            var definition = numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
            var levels = definition?.Elements<Level>().ToList() ?? [];
            var level = levels.FirstOrDefault(l => l.LevelIndex?.Value == levelIndex);
            if (abstractId is null || level is null)
            {
                return string.Empty;
            }

            var format = level.NumberingFormat?.Val?.Value;
            var text = level.LevelText?.Val?.Value ?? string.Empty;
            if (format == NumberFormatValues.Bullet)
            {
                return (text is "+" ? "+" : "-") + " ";
            }

            var key = (abstractId.Value, levelIndex);
            _counters[key] = _counters.TryGetValue(key, out var current) ? current + 1 : level.StartNumberingValue?.Val?.Value ?? 1;
            foreach (var deeper in _counters.Keys.Where(k => k.Abstract == abstractId.Value && k.Level > levelIndex).ToList())
            {
                _counters.Remove(deeper);
            }

            for (var k = 0; k <= levelIndex; k++)
            {
                var value = _counters.TryGetValue((abstractId.Value, k), out var n) ? n : levels.FirstOrDefault(l => l.LevelIndex?.Value == k)?.StartNumberingValue?.Val?.Value ?? 1;
                var kFormat = levels.FirstOrDefault(l => l.LevelIndex?.Value == k)?.NumberingFormat?.Val?.Value;
                text = text.Replace("%" + (k + 1).ToString(CultureInfo.InvariantCulture), Format(value, kFormat), StringComparison.Ordinal);
            }

            return text + " ";
        }

        private static string Format(int value, NumberFormatValues? format)
        {
            if (format == NumberFormatValues.LowerLetter || format == NumberFormatValues.UpperLetter)
            {
                var letter = ((char)('a' + ((value - 1) % 26))).ToString();
                return format == NumberFormatValues.UpperLetter ? letter.ToUpperInvariant() : letter;
            }

            if (format == NumberFormatValues.LowerRoman || format == NumberFormatValues.UpperRoman)
            {
                var roman = Roman(value);
                return format == NumberFormatValues.LowerRoman ? roman.ToLowerInvariant() : roman;
            }

            return value.ToString(CultureInfo.InvariantCulture);
        }

        private static string Roman(int value)
        {
            var builder = new StringBuilder();
            foreach (var (amount, symbol) in new[] { (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
            {
                while (value >= amount)
                {
                    builder.Append(symbol);
                    value -= amount;
                }
            }

            return builder.ToString();
        }
    }
}
