using MotCua.Domain.Dossiers.Forms;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace MotCua.Web.Features.Dossiers.Forms;

/// <summary>
/// Draws a <see cref="FormDocument"/> as a PDF with PDFsharp and embedded (subset) Noto Sans: A5 portrait for a
/// dossier's forms, A4 landscape for the register, text wrapped to the width, tables that continue on the next
/// page under a repeated header, and page numbers when there is more than one page (ADR 0060).
/// </summary>
public static class FormPdf
{
    /// <summary>The PDF's bytes. <see cref="FormFonts.Configure"/> must have run.</summary>
    public static byte[] Render(FormDocument form)
    {
        using var pdf = new PdfDocument();
        pdf.Info.Title = $"{form.Title} – {form.FileName}";
        pdf.Info.Subject = form.Reference;
        pdf.Info.Creator = "MotCua";
        var canvas = new Canvas(pdf, form.Page);
        canvas.Heading(form);
        canvas.Title(form);
        foreach (var block in form.Body)
        {
            canvas.Block(block);
        }

        canvas.Signatures(form.Signatures);
        canvas.Finish();
        using var stream = new MemoryStream();
        pdf.Save(stream, false);
        return stream.ToArray();
    }

    /// <summary>A run of text in one font; <see cref="Blank"/> runs are dotted lines to be filled in by hand.</summary>
    private sealed record Run(string Text, XFont Font, bool Blank = false);

    private sealed record Placed(string Text, XFont Font, double X, double Width, bool Blank);

    private sealed class Canvas
    {
        private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
        private static readonly XPen Rule = new(XColors.Black, 0.5);
        private static readonly XPen Dots = new(XColors.Black, 0.5) { DashStyle = XDashStyle.Dot };

        private readonly PdfDocument _pdf;
        private readonly FormPage _kind;
        private readonly XFont _regular;
        private readonly XFont _bold;
        private readonly XFont _italic;
        private readonly XFont _small;
        private readonly XFont _headingRegular;
        private readonly XFont _headingBold;
        private readonly XFont _titleFont;
        private readonly XFont _tableRegular;
        private readonly XFont _tableBold;
        private readonly double _left;
        private readonly double _right;
        private readonly double _top;
        private readonly double _bottom;
        private readonly List<PdfPage> _pages = [];
        private XGraphics _gfx = null!;
        private double _y;

        public Canvas(PdfDocument pdf, FormPage kind)
        {
            _pdf = pdf;
            _kind = kind;
            var a5 = kind == FormPage.A5Portrait;
            var size = a5 ? 9.5 : 9;
            _regular = Font(size, XFontStyleEx.Regular);
            _bold = Font(size, XFontStyleEx.Bold);
            _italic = Font(size, XFontStyleEx.Italic);
            _small = Font(7, XFontStyleEx.Italic);
            _headingRegular = Font(a5 ? 8 : 8.5, XFontStyleEx.Regular);
            _headingBold = Font(a5 ? 8 : 8.5, XFontStyleEx.Bold);
            _titleFont = Font(a5 ? 11.5 : 13, XFontStyleEx.Bold);
            _tableRegular = Font(a5 ? 7.5 : 7, XFontStyleEx.Regular);
            _tableBold = Font(a5 ? 7.5 : 7, XFontStyleEx.Bold);
            // A5 420 × 595 pt, A4 landscape 842 × 595 pt; a wider left margin for binding.
            var width = a5 ? 419.53 : 841.89;
            _left = a5 ? 34 : 36;
            _right = width - (a5 ? 26 : 28);
            _top = 26;
            _bottom = 595.28 - 30;
            NewPage();
        }

        private double Width => _right - _left;

        public void Heading(FormDocument form)
        {
            var h = form.Heading;
            Draw(form.Reference, _small, _right - Measure(form.Reference, _small), _y);
            _y += _small.GetHeight() + 2;
            var leftWidth = Width * (_kind == FormPage.A5Portrait ? 0.45 : 0.38);
            var rightX = _left + leftWidth + 6;
            var rightWidth = _right - rightX;
            var start = _y;

            var y = start;
            if (h.GoverningBody is not null)
            {
                y = Centered(h.GoverningBody, _headingRegular, _left, leftWidth, y);
            }

            y = Centered(h.IssuingBody, _headingBold, _left, leftWidth, y);
            _gfx.DrawLine(Rule, _left + leftWidth * 0.35, y + 1.5, _left + leftWidth * 0.65, y + 1.5);
            y += 5;
            if (h.Number is not null)
            {
                y = Centered(h.Number, _headingRegular, _left, leftWidth, y);
            }

            var ry = Centered(FormHeading.Nation, _headingBold, rightX, rightWidth, start);
            ry = Centered(FormHeading.Motto, _headingBold, rightX, rightWidth, ry);
            var mottoWidth = Measure(FormHeading.Motto, _headingBold);
            _gfx.DrawLine(Rule, rightX + (rightWidth - mottoWidth) / 2, ry + 1.5, rightX + (rightWidth + mottoWidth) / 2, ry + 1.5);
            ry += 6;
            ry = Centered(h.PlaceAndDate, _italic, rightX, rightWidth, ry);
            _y = Math.Max(y, ry) + 10;
        }

        public void Title(FormDocument form)
        {
            _y = Centered(form.Title, _titleFont, _left, Width, _y);
            foreach (var subtitle in form.Subtitles)
            {
                _y = Centered(subtitle, subtitle.StartsWith('(') ? _italic : _regular, _left, Width, _y);
            }

            _y += 8;
        }

        public void Block(FormBlock block)
        {
            switch (block)
            {
                case FormLine line:
                    Line(line);
                    break;
                case FormParagraph p:
                    var font = p.Emphasis switch
                    {
                        FormEmphasis.Bold => _bold,
                        FormEmphasis.Italic => _italic,
                        FormEmphasis.Note => _small,
                        _ => _regular,
                    };
                    Flow([new Run(p.Text, font)], _left, Width);
                    break;
                case FormList list:
                    for (var i = 0; i < list.Items.Count; i++)
                    {
                        var marker = $"({(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}) ";
                        var indent = 10 + Measure("(00) ", _regular);
                        EnsureSpace(_regular.GetHeight());
                        Draw(marker, _regular, _left + indent - Measure(marker, _regular), _y);
                        Flow([new Run(list.Items[i], _regular)], _left + indent, Width - indent);
                    }

                    break;
                case FormTable table:
                    Table(table);
                    break;
                case FormQrCode qr:
                    Qr(qr);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown form block {block.GetType().Name}");
            }

            _y += 2.5;
        }

        public void Signatures(IReadOnlyList<FormSignature> signatures)
        {
            if (signatures.Count == 0)
            {
                return;
            }

            var lh = _bold.GetHeight();
            EnsureSpace(lh * 4 + 50);
            _y += 6;
            var column = Width / signatures.Count;
            var bottom = _y;
            for (var i = 0; i < signatures.Count; i++)
            {
                var s = signatures[i];
                var x = _left + column * i;
                var y = Centered(s.Role, _bold, x, column, _y);
                y = Centered(s.Hint, _italic, x, column, y);
                y += 46;
                if (s.Name is not null)
                {
                    y = Centered(s.Name, _bold, x, column, y);
                }

                bottom = Math.Max(bottom, y);
            }

            _y = bottom;
        }

        /// <summary>Numbers the pages when there are several.</summary>
        public void Finish()
        {
            _gfx.Dispose();
            if (_pages.Count < 2)
            {
                return;
            }

            for (var i = 0; i < _pages.Count; i++)
            {
                using var gfx = XGraphics.FromPdfPage(_pages[i], XGraphicsPdfPageOptions.Append);
                var text = $"Trang {(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}/{_pages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
                gfx.DrawString(text, _small, XBrushes.Black, _right - gfx.MeasureString(text, _small).Width, _bottom + 12, XStringFormats.TopLeft);
            }
        }

        private void Line(FormLine line)
        {
            var runs = new List<Run>();
            for (var i = 0; i < line.Fields.Count; i++)
            {
                var f = line.Fields[i];
                var label = (i > 0 ? "   " : string.Empty) + f.Label + ":";
                runs.Add(new Run(label, _regular));
                runs.Add(f.Value is null ? new Run(string.Empty, _regular, Blank: true) : new Run(f.Value, _bold));
            }

            Flow(runs, _left, Width);
        }

        private void Qr(FormQrCode qr)
        {
            var size = _kind == FormPage.A5Portrait ? 64.0 : 72.0;
            EnsureSpace(size + 4);
            var modules = FormQr.Modules(qr.Link);
            var cell = size / modules.Length;
            for (var row = 0; row < modules.Length; row++)
            {
                // One rectangle per horizontal run of dark modules.
                for (var col = 0; col < modules[row].Length; col++)
                {
                    if (!modules[row][col])
                    {
                        continue;
                    }

                    var start = col;
                    while (col + 1 < modules[row].Length && modules[row][col + 1])
                    {
                        col++;
                    }

                    _gfx.DrawRectangle(XBrushes.Black, _right - size + start * cell, _y + row * cell, (col - start + 1) * cell, cell + 0.05);
                }
            }

            var top = _y;
            Flow([new Run(qr.Caption, _italic)], _left, Width - size - 8);
            Flow([new Run(qr.Link, _regular)], _left, Width - size - 8);
            _y = Math.Max(_y, top + size + 2);
        }

        private void Table(FormTable table)
        {
            var total = table.Columns.Sum(c => c.Width);
            var widths = table.Columns.Select(c => c.Width / total * Width).ToArray();
            const double pad = 2.5;
            var lh = _tableRegular.GetHeight();

            double HeightOf(IReadOnlyList<string> cells, XFont font) =>
                cells.Select((c, i) => Lines(c, font, widths[i] - 2 * pad).Count).DefaultIfEmpty(1).Max() * lh + 2 * pad;

            void Row(IReadOnlyList<string> cells, XFont font, bool centered)
            {
                var height = HeightOf(cells, font);
                var x = _left;
                for (var i = 0; i < widths.Length; i++)
                {
                    _gfx.DrawRectangle(Rule, x, _y, widths[i], height);
                    var y = _y + pad;
                    foreach (var text in Lines(i < cells.Count ? cells[i] : string.Empty, font, widths[i] - 2 * pad))
                    {
                        var tx = centered ? x + (widths[i] - Measure(text, font)) / 2 : x + pad;
                        Draw(text, font, tx, y);
                        y += lh;
                    }

                    x += widths[i];
                }

                _y += height;
            }

            var headers = table.Columns.Select(c => c.Header).ToList();
            var headerHeight = HeightOf(headers, _tableBold);
            EnsureSpace(headerHeight + lh * 3);
            Row(headers, _tableBold, centered: true);
            if (table.Rows.Count == 0)
            {
                EnsureSpace(lh + 2 * pad);
                _gfx.DrawRectangle(Rule, _left, _y, Width, lh + 2 * pad);
                Draw(table.EmptyText, _italic, _left + pad, _y + pad);
                _y += lh + 2 * pad;
                return;
            }

            foreach (var cells in table.Rows)
            {
                if (_y + HeightOf(cells, _tableRegular) > _bottom)
                {
                    NewPage();
                    Row(headers, _tableBold, centered: true);
                }

                Row(cells, _tableRegular, centered: false);
            }
        }

        /// <summary>Lines of a cell: its own '\n' breaks, each wrapped to the width.</summary>
        private List<string> Lines(string text, XFont font, double width)
        {
            var lines = new List<string>();
            foreach (var part in text.Split('\n'))
            {
                lines.AddRange(Wrap([new Run(part, font)], width).Select(l => string.Join(' ', l.Select(p => p.Text))));
            }

            return lines;
        }

        /// <summary>Lays runs out as wrapped lines from <paramref name="x"/>, moving down; blank runs become a
        /// dotted line to the end of the line.</summary>
        private void Flow(IReadOnlyList<Run> runs, double x, double width)
        {
            var lh = runs.Max(r => r.Font.GetHeight());
            foreach (var line in Wrap(runs, width))
            {
                EnsureSpace(lh);
                foreach (var placed in line)
                {
                    if (placed.Blank)
                    {
                        var baseline = _y + lh - 3;
                        _gfx.DrawLine(Dots, x + placed.X, baseline, x + placed.X + placed.Width, baseline);
                    }
                    else
                    {
                        Draw(placed.Text, placed.Font, x + placed.X, _y);
                    }
                }

                _y += lh;
            }
        }

        /// <summary>Greedy word wrap across runs of different fonts; a word longer than the line is cut.</summary>
        private List<List<Placed>> Wrap(IReadOnlyList<Run> runs, double width)
        {
            var lines = new List<List<Placed>> { new() };
            double x = 0;

            void Break()
            {
                lines.Add([]);
                x = 0;
            }

            for (var r = 0; r < runs.Count; r++)
            {
                var run = runs[r];
                if (run.Blank)
                {
                    // The last blank of a line runs to its end; a blank between fields gets a fixed length.
                    var last = r == runs.Count - 1;
                    var length = last ? 40 : Math.Min(90, width / 3);
                    var gap = Measure(" ", run.Font);
                    if (width - x - gap < length)
                    {
                        Break();
                        gap = 0;
                    }

                    var dots = last ? width - x - gap : length;
                    lines[^1].Add(new Placed(string.Empty, run.Font, x + gap, dots, true));
                    x += gap + dots;
                    continue;
                }

                var empties = 0;
                foreach (var piece in run.Text.Split(' '))
                {
                    var word = piece;
                    if (word.Length == 0)
                    {
                        empties++;
                        continue;
                    }

                    // Words are separated by one space, more where the text has more (the gap between fields).
                    var space = lines[^1].Count > 0 ? (empties + 1) * Measure(" ", run.Font) : 0;
                    empties = 0;

                    var wordWidth = Measure(word, run.Font);
                    if (x + space + wordWidth > width && lines[^1].Count > 0)
                    {
                        Break();
                        space = 0;
                    }

                    while (wordWidth > width)
                    {
                        var cut = word.Length - 1;
                        while (cut > 1 && Measure(word[..cut], run.Font) > width - x)
                        {
                            cut--;
                        }

                        lines[^1].Add(new Placed(word[..cut], run.Font, x, Measure(word[..cut], run.Font), false));
                        Break();
                        word = word[cut..];
                        wordWidth = Measure(word, run.Font);
                    }

                    lines[^1].Add(new Placed(word, run.Font, x + space, wordWidth, false));
                    x += space + wordWidth;
                }
            }

            return lines;
        }

        private double Centered(string text, XFont font, double x, double width, double y)
        {
            var lh = font.GetHeight();
            foreach (var line in Wrap([new Run(text, font)], width))
            {
                var content = string.Join(' ', line.Select(p => p.Text));
                Draw(content, font, x + (width - Measure(content, font)) / 2, y);
                y += lh;
            }

            return y;
        }

        private void EnsureSpace(double height)
        {
            if (_y + height > _bottom)
            {
                NewPage();
            }
        }

        private void NewPage()
        {
            _gfx?.Dispose();
            var page = _pdf.AddPage();
            page.Width = XUnit.FromPoint(_kind == FormPage.A5Portrait ? 419.53 : 841.89);
            page.Height = XUnit.FromPoint(595.28);
            _pages.Add(page);
            _gfx = XGraphics.FromPdfPage(page);
            _y = _top;
        }

        private void Draw(string text, XFont font, double x, double y) =>
            _gfx.DrawString(text, font, XBrushes.Black, x, y, XStringFormats.TopLeft);

        private double Measure(string text, XFont font) => _gfx.MeasureString(text, font).Width;

        private static XFont Font(double size, XFontStyleEx style) => new(FormFonts.Family, size, style, Unicode);
    }
}
