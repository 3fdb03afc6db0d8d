using MotCua.Domain.Organization;
using NodaTime;

namespace MotCua.Domain.Dossiers.Forms;

/// <summary>The paper a form is printed on: A5 portrait for a dossier's forms, A4 landscape for the register.</summary>
public enum FormPage
{
    A5Portrait = 1,
    A4Landscape = 2,
}

/// <summary>
/// One legal form with its content filled in from data: what both renderers (the HTML print page and the PDF)
/// draw, and nothing about how. Built by <see cref="DossierFormBuilder"/> and <see cref="RegisterFormBuilder"/>.
/// </summary>
/// <param name="Set">The circular whose form this is.</param>
/// <param name="Kind">Which form.</param>
/// <param name="Page">Paper size and orientation.</param>
/// <param name="Heading">Issuing body, national motto, number, place and date.</param>
/// <param name="Title">The title, upper case.</param>
/// <param name="Subtitles">Lines under the title ("Mã hồ sơ: …").</param>
/// <param name="Body">The content, in order.</param>
/// <param name="Signatures">Signature boxes, left to right.</param>
/// <param name="FileName">A file name without extension ("31135-251124-0001-mau-01").</param>
public sealed record FormDocument(
    FormSet Set,
    FormKind Kind,
    FormPage Page,
    FormHeading Heading,
    string Title,
    IReadOnlyList<string> Subtitles,
    IReadOnlyList<FormBlock> Body,
    IReadOnlyList<FormSignature> Signatures,
    string FileName)
{
    /// <summary>"Mẫu số 01".</summary>
    public string NumberLabel => FormSets.NumberLabel(Set, Kind);

    /// <summary>"Thông tư số 01/2018/TT-VPCP".</summary>
    public string Circular => FormSets.Circular(Set);

    /// <summary>The small line printed above the heading, when it is not "Mẫu số NN – Thông tư …" (documents that are
    /// not forms of the one-stop circulars, such as a fee receipt).</summary>
    public string? ReferenceOverride { get; init; }

    /// <summary>"Mẫu số 01 – Thông tư số 01/2018/TT-VPCP", or <see cref="ReferenceOverride"/>.</summary>
    public string Reference => ReferenceOverride ?? $"{NumberLabel} – {Circular}";

    /// <summary>Every text of the form, one piece a line (for search and tests; not a rendering).</summary>
    public IEnumerable<string> Texts()
    {
        if (Heading.GoverningBody is not null)
        {
            yield return Heading.GoverningBody;
        }

        yield return Heading.IssuingBody;
        if (Heading.Number is not null)
        {
            yield return Heading.Number;
        }

        yield return Heading.PlaceAndDate;
        yield return Title;
        foreach (var s in Subtitles)
        {
            yield return s;
        }

        foreach (var block in Body)
        {
            foreach (var text in block.Texts())
            {
                yield return text;
            }
        }

        foreach (var s in Signatures)
        {
            yield return s.Role;
            if (s.Name is not null)
            {
                yield return s.Name;
            }
        }
    }
}

/// <summary>The top of a Vietnamese administrative document: the issuing body (under its governing body) on the
/// left, the national name and motto on the right, then the number and the place and date.</summary>
/// <param name="GoverningBody">The body above the issuer ("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ"), or null.</param>
/// <param name="IssuingBody">The issuer ("SỞ TƯ PHÁP", "BỘ PHẬN MỘT CỬA").</param>
/// <param name="Number">"Số: …", or null when the form has no number line.</param>
/// <param name="Place">"Cần Thơ".</param>
/// <param name="Date">The date the form records (receipt, request, refusal…), in Vietnam.</param>
public sealed record FormHeading(string? GoverningBody, string IssuingBody, string? Number, string Place, LocalDate Date)
{
    /// <summary>The national name, as every administrative document carries it.</summary>
    public const string Nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    /// <summary>The national motto.</summary>
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>"Cần Thơ, ngày 24 tháng 11 năm 2025".</summary>
    public string PlaceAndDate => $"{Place}, {FormText.Date(Date)}";
}

/// <summary>A piece of a form's body.</summary>
public abstract record FormBlock
{
    /// <summary>The block's texts, for search and tests.</summary>
    public abstract IEnumerable<string> Texts();
}

/// <summary>One printed line of labelled values ("Số điện thoại: … Email: …"). A field without a value prints
/// a dotted line to be filled in by hand.</summary>
public sealed record FormLine(IReadOnlyList<FormField> Fields) : FormBlock
{
    public FormLine(string label, string? value)
        : this([new FormField(label, value)])
    {
    }

    public override IEnumerable<string> Texts() => Fields.Select(f => f.Value is null ? f.Label + ":" : $"{f.Label}: {f.Value}");
}

/// <summary>A label and its value (null: left blank for the pen).</summary>
public sealed record FormField(string Label, string? Value);

/// <summary>A paragraph of running text.</summary>
public sealed record FormParagraph(string Text, FormEmphasis Emphasis = FormEmphasis.None) : FormBlock
{
    public override IEnumerable<string> Texts() => [Text];
}

/// <summary>How a paragraph stands out.</summary>
public enum FormEmphasis
{
    None = 0,
    Bold = 1,
    Italic = 2,

    /// <summary>Small italic text at the foot (notes on how the form was produced).</summary>
    Note = 3,
}

/// <summary>A numbered list: "(1) …", "(2) …".</summary>
public sealed record FormList(IReadOnlyList<string> Items) : FormBlock
{
    public override IEnumerable<string> Texts() => Items;
}

/// <summary>A table; a cell may hold several lines separated by '\n'.</summary>
/// <param name="Columns">Headers and relative widths.</param>
/// <param name="Rows">The rows, each with one cell per column.</param>
/// <param name="EmptyText">What to print when there are no rows.</param>
public sealed record FormTable(IReadOnlyList<FormColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, string EmptyText) : FormBlock
{
    public override IEnumerable<string> Texts() => Columns.Select(c => c.Header).Concat(Rows.Count == 0 ? [EmptyText] : Rows.SelectMany(r => r));
}

/// <summary>A table column: its header and its share of the width.</summary>
public sealed record FormColumn(string Header, double Width);

/// <summary>A QR code for <paramref name="Link"/>, with a caption beside it.</summary>
public sealed record FormQrCode(string Link, string Caption) : FormBlock
{
    public override IEnumerable<string> Texts() => [Caption, Link];
}

/// <summary>A signature box: "NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký và ghi rõ họ tên)", space to sign, then the name.</summary>
public sealed record FormSignature(string Role, string Hint, string? Name);

/// <summary>A unit as forms name it.</summary>
public sealed record FormUnit(string Code, string Name, UnitKind Kind);
