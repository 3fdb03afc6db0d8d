using MotCua.Domain.Text;
using NodaTime;

namespace MotCua.Domain.Reform;

/// <summary>The kinds of directive that assign reform tasks (DOMAIN.md §8).</summary>
public enum DirectiveKind
{
    /// <summary>Công văn.</summary>
    OfficialLetter = 1,

    /// <summary>Kế hoạch.</summary>
    Plan = 2,

    /// <summary>Thông báo kết luận (of a leaders' meeting).</summary>
    ConclusionNotice = 3,

    /// <summary>Quyết định.</summary>
    Decision = 4,
}

/// <summary>
/// A directive (văn bản chỉ đạo) whose tasks MotCua tracks: its number, date, issuer, title, kind, the text it
/// was read from and, when uploaded, the original file. Written once, with its tasks, in one transaction; never
/// edited afterwards (its tasks carry their own history in the event log).
/// </summary>
public sealed class Directive
{
    public Guid Id { get; set; }

    /// <summary>As written: "1234/UBND-KSTT", "76/KH-UBND".</summary>
    public string Number { get; set; } = string.Empty;

    /// <summary>Search key of <see cref="Number"/> (unique together with <see cref="IssuedOn"/>).</summary>
    public string NumberKey { get; set; } = string.Empty;

    public LocalDate IssuedOn { get; set; }

    /// <summary>"Ủy ban nhân dân thành phố Cần Thơ", "Văn phòng UBND tỉnh".</summary>
    public string Issuer { get; set; } = string.Empty;

    /// <summary>Trích yếu: "V/v khẩn trương hoàn thành các chỉ tiêu, nhiệm vụ năm 2024 về cải cách hành chính".</summary>
    public string Title { get; set; } = string.Empty;

    public DirectiveKind Kind { get; set; }

    /// <summary>The text the tasks were read from (NFC).</summary>
    public string Text { get; set; } = string.Empty;

    public string? FileName { get; set; }

    public string? FileKey { get; set; }

    public string? FileSha256 { get; set; }

    public long? FileSize { get; set; }

    public int TaskCount { get; set; }

    public Instant RecordedAt { get; set; }

    public string? RecordedById { get; set; }

    public string? RecordedBy { get; set; }

    public string? RecordedByUnitCode { get; set; }
}

/// <summary>A directive's particulars as an officer typed them.</summary>
public sealed record DirectiveInput(string? Number, LocalDate? IssuedOn, string? Issuer, string? Title, DirectiveKind? Kind, string? Text);

/// <summary>Checks a directive's particulars before it is saved; problems name the field (as in <see cref="DirectiveInput"/>).</summary>
public static class DirectiveRules
{
    public const int MaxNumberLength = 64;
    public const int MaxIssuerLength = 300;
    public const int MaxTitleLength = 1000;
    public const int MaxTextLength = 500_000;

    /// <summary>The cleaned directive (NFC, trimmed), or the problems.</summary>
    public static (DirectiveInput? Directive, IReadOnlyList<DraftProblem> Problems) Check(DirectiveInput input, LocalDate today)
    {
        var problems = new List<DraftProblem>();
        var number = VietnameseText.Normalize(input.Number);
        if (string.IsNullOrEmpty(number))
        {
            problems.Add(new(nameof(input.Number), "Nhập số, ký hiệu của văn bản (ví dụ 1234/UBND-KSTT)."));
        }
        else if (number.Length > MaxNumberLength)
        {
            problems.Add(new(nameof(input.Number), $"Số, ký hiệu dài quá {MaxNumberLength} ký tự."));
        }
        else if (!number.Any(char.IsDigit))
        {
            problems.Add(new(nameof(input.Number), "Số, ký hiệu của văn bản phải có số (ví dụ 1234/UBND-KSTT)."));
        }

        if (input.IssuedOn is not { } issued)
        {
            problems.Add(new(nameof(input.IssuedOn), "Nhập ngày ban hành."));
        }
        else if (issued.Year < 2000 || issued > today)
        {
            problems.Add(new(nameof(input.IssuedOn), "Ngày ban hành phải từ năm 2000 đến hôm nay."));
        }

        var issuer = VietnameseText.Normalize(input.Issuer);
        if (string.IsNullOrEmpty(issuer))
        {
            problems.Add(new(nameof(input.Issuer), "Nhập cơ quan ban hành."));
        }
        else if (issuer.Length > MaxIssuerLength)
        {
            problems.Add(new(nameof(input.Issuer), $"Tên cơ quan ban hành dài quá {MaxIssuerLength} ký tự."));
        }

        var title = VietnameseText.Normalize(input.Title);
        if (string.IsNullOrEmpty(title))
        {
            problems.Add(new(nameof(input.Title), "Nhập trích yếu của văn bản."));
        }
        else if (title.Length > MaxTitleLength)
        {
            problems.Add(new(nameof(input.Title), $"Trích yếu dài quá {MaxTitleLength} ký tự."));
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            problems.Add(new(nameof(input.Kind), "Chọn loại văn bản."));
        }

        var text = ReformTaskRules.NormalizeMultiline(input.Text);
        if (text is { Length: > MaxTextLength })
        {
            problems.Add(new(nameof(input.Text), $"Nội dung văn bản dài quá {MaxTextLength} ký tự."));
        }

        return problems.Count > 0
            ? (null, problems)
            : (new DirectiveInput(number, input.IssuedOn, issuer, title, input.Kind, text ?? string.Empty), problems);
    }

    /// <summary>"Công văn", "Kế hoạch", "Thông báo kết luận", "Quyết định".</summary>
    public static string KindName(DirectiveKind kind) => kind switch
    {
        DirectiveKind.OfficialLetter => "Công văn",
        DirectiveKind.Plan => "Kế hoạch",
        DirectiveKind.ConclusionNotice => "Thông báo kết luận",
        DirectiveKind.Decision => "Quyết định",
        _ => kind.ToString(),
    };
}
