using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using MotCua.Domain.Calendar;
using MotCua.Domain.Procedures;
using MotCua.Domain.Text;
using NodaTime;
using NodaTime.Text;

namespace MotCua.Web.Features.Procedures.Catalog;

/// <summary>A time limit in MotCua's catalog format: <c>{"amount":3,"unit":"working-days"}</c>.</summary>
public sealed class DeadlineJson
{
    public int? Amount { get; set; }

    public string? Unit { get; set; }
}

public sealed class FeeJson
{
    public string? Name { get; set; }

    public string? Code { get; set; }

    public long? Amount { get; set; }

    public string? Note { get; set; }
}

public sealed class ComponentJson
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public int? Originals { get; set; }

    public int? Copies { get; set; }

    public bool? Required { get; set; }

    public string? Form { get; set; }
}

public sealed class LegalBasisJson
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? EffectiveFrom { get; set; }
}

public sealed class StepJson
{
    public int? Order { get; set; }

    public string? Name { get; set; }

    public string? UnitCode { get; set; }

    public string? Role { get; set; }

    public DeadlineJson? Share { get; set; }
}

public sealed class PublicationJson
{
    public string? Decision { get; set; }

    public string? Date { get; set; }

    public string? EffectiveFrom { get; set; }

    public string? PublicOn { get; set; }
}

/// <summary>One procedure in MotCua's own catalog format (docs/CATALOG.md). Every property is optional
/// when read so that a missing one is reported by name instead of failing the whole file.</summary>
public sealed class ProcedureJson
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Field { get; set; }

    public string? Level { get; set; }

    public string? AgencyCode { get; set; }

    public string? TargetGroup { get; set; }

    public List<string>? Cases { get; set; }

    public List<string>? Channels { get; set; }

    public DeadlineJson? ProcessingTime { get; set; }

    public DeadlineJson? OnlineProcessingTime { get; set; }

    public List<FeeJson>? Fees { get; set; }

    public List<ComponentJson>? Components { get; set; }

    public List<LegalBasisJson>? LegalBasis { get; set; }

    public bool? IssuesResultDocument { get; set; }

    public string? ResultName { get; set; }

    public string? OnlineLevel { get; set; }

    public bool? FullOnlineEligible { get; set; }

    public string? Conditions { get; set; }

    public List<StepJson>? Steps { get; set; }

    public PublicationJson? Publication { get; set; }
}

/// <summary>
/// MotCua's catalog format: a JSON array of <see cref="ProcedureJson"/>, read into
/// <see cref="ProcedureContent"/> (with problems named per field) and written from it. Dates are
/// <c>yyyy-MM-dd</c>; words as in <see cref="ProcedureVocabulary"/>; money in whole đồng.
/// </summary>
public static class CatalogFormat
{
    /// <summary>Reading: lenient about case, comments and trailing commas.</summary>
    public static readonly JsonSerializerOptions ReadOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Writing: camelCase, indented, Vietnamese letters as themselves, nulls left out.</summary>
    public static readonly JsonSerializerOptions WriteOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads one record; returns <c>null</c> with problems when a value cannot be understood.
    /// Rules about the content itself (agency, shares…) are checked afterwards by <see cref="ProcedureRules"/>.</summary>
    public static ProcedureContent? Read(ProcedureJson json, List<string> problems)
    {
        var before = problems.Count;
        var code = VietnameseText.Normalize(json.Code) ?? string.Empty;
        var level = ProcedureVocabulary.ParseLevel(json.Level);
        if (level is null)
        {
            problems.Add($"cấp thực hiện (level) \"{json.Level}\" không hợp lệ; chỉ nhận province, commune.");
        }

        var group = ProcedureVocabulary.ParseTargetGroup(json.TargetGroup);
        if (group is null)
        {
            problems.Add($"đối tượng (targetGroup) \"{json.TargetGroup}\" không hợp lệ; chỉ nhận citizen, business, both.");
        }

        var channels = SubmissionChannels.None;
        foreach (var word in json.Channels ?? [])
        {
            if (ProcedureVocabulary.ParseChannel(word) is { } channel)
            {
                channels |= channel;
            }
            else
            {
                problems.Add($"cách thức nộp (channels) \"{word}\" không hợp lệ; chỉ nhận counter, online, postal.");
            }
        }

        var online = json.OnlineLevel is null ? OnlineLevel.None : ProcedureVocabulary.ParseOnlineLevel(json.OnlineLevel);
        if (online is null)
        {
            problems.Add($"mức độ trực tuyến (onlineLevel) \"{json.OnlineLevel}\" không hợp lệ; chỉ nhận full, partial, none.");
        }

        var processing = ReadDeadline(json.ProcessingTime, "thời hạn giải quyết (processingTime)", problems, required: true);
        var onlineTime = ReadDeadline(json.OnlineProcessingTime, "thời hạn giải quyết trực tuyến (onlineProcessingTime)", problems, required: false);
        var agency = Blank(json.AgencyCode);

        var fees = new List<FeeSpec>();
        foreach (var (fee, i) in (json.Fees ?? []).Select((f, i) => (f, i + 1)))
        {
            if (fee.Amount is null)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"phí, lệ phí {i} thiếu số tiền (amount)."));
            }

            fees.Add(new FeeSpec(Text(fee.Name), Blank(fee.Code), fee.Amount ?? 0, Blank(fee.Note)));
        }

        var components = (json.Components ?? [])
            .Select(c => new ComponentSpec(Blank(c.Code), Text(c.Name), c.Originals ?? 1, c.Copies ?? 0, c.Required ?? true, Blank(c.Form)))
            .ToList();

        var legal = new List<LegalBasisSpec>();
        foreach (var basis in json.LegalBasis ?? [])
        {
            legal.Add(new LegalBasisSpec(Text(basis.Code), Blank(basis.Name),
                ReadDate(basis.EffectiveFrom, $"ngày hiệu lực của căn cứ \"{basis.Code}\"", problems, required: false)));
        }

        var publication = json.Publication;
        if (publication is null)
        {
            problems.Add("thiếu thông tin công bố (publication: decision, date).");
        }

        var date = ReadDate(publication?.Date, "ngày quyết định công bố (publication.date)", problems, required: publication is not null);
        var effective = publication?.EffectiveFrom is null ? date
            : ReadDate(publication.EffectiveFrom, "ngày hiệu lực (publication.effectiveFrom)", problems, required: true);
        var publicOn = ReadDate(publication?.PublicOn, "ngày công khai (publication.publicOn)", problems, required: false);

        var steps = new List<StepSpec>();
        foreach (var (step, i) in (json.Steps ?? []).Select((s, i) => (s, i + 1)))
        {
            var share = ReadDeadline(step.Share, string.Create(CultureInfo.InvariantCulture, $"thời gian của bước {i} (share)"), problems, required: true);
            steps.Add(new StepSpec(step.Order ?? i, Text(step.Name), Blank(step.UnitCode), Blank(step.Role), share ?? default));
        }

        if (problems.Count > before || level is null || group is null || online is null || processing is null || date is null || effective is null)
        {
            return null;
        }

        if (steps.Count == 0)
        {
            steps.AddRange(ProcedureRules.DefaultSteps(level.Value, agency, processing.Value));
        }

        return new ProcedureContent
        {
            Code = code,
            Name = Text(json.Name),
            Field = Text(json.Field),
            Level = level.Value,
            AgencyCode = agency,
            TargetGroup = group.Value,
            Cases = [.. (json.Cases ?? []).Select(Text)],
            Channels = channels,
            ProcessingTime = processing.Value,
            OnlineProcessingTime = onlineTime,
            Fees = fees,
            Components = components,
            LegalBasis = legal,
            IssuesResultDocument = json.IssuesResultDocument ?? false,
            ResultName = Blank(json.ResultName),
            OnlineLevel = online.Value,
            FullOnlineEligible = json.FullOnlineEligible ?? false,
            Conditions = Blank(json.Conditions),
            Steps = steps,
            Publication = new PublicationSpec(Text(publication?.Decision), date.Value, effective.Value, publicOn),
        };
    }

    /// <summary>Writes one version in the format (every value present except empty optional text).</summary>
    public static ProcedureJson Write(ProcedureContent content) => new()
    {
        Code = content.Code,
        Name = content.Name,
        Field = content.Field,
        Level = ProcedureVocabulary.Format(content.Level),
        AgencyCode = content.AgencyCode,
        TargetGroup = ProcedureVocabulary.Format(content.TargetGroup),
        Cases = [.. content.Cases],
        Channels = [.. ProcedureVocabulary.Format(content.Channels)],
        ProcessingTime = Write(content.ProcessingTime),
        OnlineProcessingTime = content.OnlineProcessingTime is { } online ? Write(online) : null,
        Fees = [.. content.Fees.Select(f => new FeeJson { Name = f.Name, Code = f.Code, Amount = f.Amount, Note = f.Note })],
        Components = [.. content.Components.Select(c => new ComponentJson { Code = c.Code, Name = c.Name, Originals = c.Originals, Copies = c.Copies, Required = c.Required, Form = c.Form })],
        LegalBasis = [.. content.LegalBasis.Select(b => new LegalBasisJson { Code = b.Code, Name = b.Name, EffectiveFrom = b.EffectiveFrom is { } d ? Iso(d) : null })],
        IssuesResultDocument = content.IssuesResultDocument,
        ResultName = content.ResultName,
        OnlineLevel = ProcedureVocabulary.Format(content.OnlineLevel),
        FullOnlineEligible = content.FullOnlineEligible,
        Conditions = content.Conditions,
        Steps = [.. content.Steps.Select(s => new StepJson { Order = s.Order, Name = s.Name, UnitCode = s.UnitCode, Role = s.Role, Share = Write(s.Share) })],
        Publication = new PublicationJson
        {
            Decision = content.Publication.Decision,
            Date = Iso(content.Publication.Date),
            EffectiveFrom = Iso(content.Publication.EffectiveFrom),
            PublicOn = content.Publication.PublicOn is { } p ? Iso(p) : null,
        },
    };

    public static DeadlineJson Write(Deadline deadline) => new() { Amount = deadline.Amount, Unit = Deadline.Format(deadline.Unit) };

    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>A <c>yyyy-MM-dd</c> date, or <c>null</c> (with a problem when required or malformed).</summary>
    public static LocalDate? ReadDate(string? text, string what, List<string> problems, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                problems.Add($"thiếu {what}.");
            }

            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        if (!parsed.Success)
        {
            problems.Add($"{what} \"{text}\" không đúng dạng yyyy-MM-dd.");
            return null;
        }

        return parsed.Value;
    }

    private static Deadline? ReadDeadline(DeadlineJson? json, string what, List<string> problems, bool required)
    {
        if (json is null)
        {
            if (required)
            {
                problems.Add($"thiếu {what}.");
            }

            return null;
        }

        var unit = Deadline.ParseUnit(json.Unit);
        if (unit is null || json.Amount is null)
        {
            problems.Add($"{what} cần amount và unit (working-days, working-hours, days); nhận \"{json.Amount} {json.Unit}\".");
            return null;
        }

        return new Deadline(json.Amount.Value, unit.Value);
    }

    private static string Text(string? value) => VietnameseText.Normalize(value) ?? string.Empty;

    private static string? Blank(string? value) => VietnameseText.Normalize(value) is { Length: > 0 } text ? text : null;
}
