using System.Globalization;
using System.Text.Json;
using MotCua.Domain.Calendar;
using MotCua.Domain.Organization;
using MotCua.Domain.Procedures;
using MotCua.Domain.Text;
using NodaTime;
using NodaTime.Text;

namespace MotCua.Web.Features.Procedures.Import;

/// <summary>A current unit as the national mapping sees it.</summary>
public sealed record UnitName(string Code, string NameKey, UnitKind Kind);

/// <summary>
/// Maps a procedure as the national procedure database (CSDLQG về TTHC) serves it (DOMAIN.md §3:
/// <c>code</c>, <c>executionMethods</c>, <c>executionCases[].profileComponents</c>, <c>categoriesDetails</c>,
/// <c>departmentsExecuting</c>, <c>legalBasisesDetails</c>, <c>resultsDetails</c>, <c>subjectTypesDetails</c>,
/// <c>isWard</c>/<c>isProvince</c>, <c>isFullProcess</c>, <c>procedureProposal</c>) onto MotCua's content.
/// What it cannot map is reported as notes, never silently dropped; what it must have (code, name, a
/// level this province runs, a competent agency it can find, a processing time) is a problem.
/// </summary>
public static class NationalCatalogFormat
{
    private static readonly HashSet<string> Mapped = new(StringComparer.Ordinal)
    {
        "code", "name", "executionMethods", "executionCases", "categoriesDetails", "departmentsExecuting",
        "legalBasisesDetails", "resultsDetails", "subjectTypesDetails", "isWard", "isProvince", "isMinistry",
        "isFullProcess", "procedureProposal", "requirements", "implementationSteps",
    };

    public static ProcedureContent? Read(JsonElement item, IReadOnlyList<UnitName> units, LocalDate today, List<string> problems, List<string> notes)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            problems.Add("bản ghi không phải một đối tượng JSON.");
            return null;
        }

        var code = Str(item, "code");
        var name = Str(item, "name");
        if (code is null)
        {
            problems.Add("thiếu mã thủ tục (code).");
        }

        if (name is null)
        {
            problems.Add("thiếu tên thủ tục (name).");
        }

        var level = Bool(item, "isWard") ? ProcedureLevel.Commune : Bool(item, "isProvince") ? ProcedureLevel.Province : (ProcedureLevel?)null;
        if (level is null)
        {
            problems.Add(Bool(item, "isMinistry")
                ? "thủ tục cấp trung ương (isMinistry), không thuộc thẩm quyền của tỉnh, xã."
                : "không xác định được cấp thực hiện (isProvince, isWard).");
        }

        var departments = Array(item, "departmentsExecuting").ToList();
        string? agency = null;
        if (level == ProcedureLevel.Province)
        {
            var department = departments.FirstOrDefault();
            agency = department.ValueKind == JsonValueKind.Object ? MatchAgency(Str(department, "code"), Str(department, "name"), units) : null;
            if (agency is null)
            {
                problems.Add($"không tìm thấy cơ quan thực hiện \"{(department.ValueKind == JsonValueKind.Object ? Str(department, "name") ?? Str(department, "code") : null)}\" trong danh sách đơn vị; nhập đơn vị trước hoặc dùng định dạng của MotCua với agencyCode.");
            }

            if (departments.Count > 1)
            {
                notes.Add("chỉ lấy cơ quan thực hiện đầu tiên trong departmentsExecuting.");
            }
        }

        var channels = SubmissionChannels.None;
        Deadline? counterTime = null, onlineTime = null;
        var fees = new List<FeeSpec>();
        foreach (var method in Array(item, "executionMethods"))
        {
            var kind = Str(method, "submissionMethod")?.ToUpperInvariant();
            var channel = kind switch
            {
                "DIRECT" => SubmissionChannels.Counter,
                "ONLINE" => SubmissionChannels.Online,
                "POSTAL" => SubmissionChannels.Postal,
                _ => SubmissionChannels.None,
            };
            if (channel == SubmissionChannels.None)
            {
                notes.Add($"cách thức nộp \"{kind}\" không ánh xạ được.");
                continue;
            }

            channels |= channel;
            var time = ReadTime(method, notes);
            if (channel == SubmissionChannels.Online)
            {
                onlineTime ??= time;
            }
            else
            {
                counterTime ??= time;
            }

            foreach (var fee in Array(method, "fees"))
            {
                var feeName = Str(fee, "name") ?? Str(fee, "feeName") ?? Str(fee, "description") ?? "Phí, lệ phí";
                var amount = Num(fee, "amount") ?? Num(fee, "value") ?? Num(fee, "fee") ?? Num(fee, "price");
                if (amount is null)
                {
                    notes.Add($"phí \"{feeName}\" không có số tiền đọc được.");
                    continue;
                }

                var spec = new FeeSpec(feeName, Str(fee, "code"), (long)amount.Value, channel == SubmissionChannels.Online ? "Nộp trực tuyến" : null);
                if (!fees.Contains(spec))
                {
                    fees.Add(spec);
                }
            }
        }

        var processing = counterTime ?? onlineTime;
        if (processing is null)
        {
            problems.Add("không có thời hạn giải quyết (executionMethods[].processingTime).");
        }

        var cases = new List<string>();
        var components = new List<ComponentSpec>();
        var hasForm = false;
        foreach (var executionCase in Array(item, "executionCases"))
        {
            if (Str(executionCase, "name") is { } caseName)
            {
                cases.Add(caseName);
            }

            foreach (var component in Array(executionCase, "profileComponents"))
            {
                var componentName = Str(component, "name");
                if (componentName is null)
                {
                    continue;
                }

                hasForm |= Bool(component, "hasElectronicForm");
                var spec = new ComponentSpec(Str(component, "code"), componentName, (int)(Num(component, "originalQty") ?? 0),
                    (int)(Num(component, "copyQty") ?? 0), !component.TryGetProperty("required", out _) || Bool(component, "required"), null);
                if (!components.Any(c => c.Name == spec.Name && c.Code == spec.Code))
                {
                    components.Add(spec);
                }
            }
        }

        if (hasForm)
        {
            notes.Add("có biểu mẫu điện tử (hasElectronicForm) nhưng tệp không kèm mẫu; cán bộ cần bổ sung mẫu đơn.");
        }

        var codes = components.Where(c => c.Code is not null).GroupBy(c => c.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        if (codes.Count > 0)
        {
            components = [.. components.Select(c => codes.Contains(c.Code) ? c with { Code = null } : c)];
            notes.Add("mã thành phần hồ sơ trùng giữa các trường hợp; đã bỏ mã.");
        }

        var legal = Array(item, "legalBasisesDetails")
            .Select(b => (Code: Str(b, "code"), Name: Str(b, "name"), Date: Date(Str(b, "effectiveDate") ?? Str(b, "effectiveFrom"))))
            .Where(b => b.Code is not null)
            .Select(b => new LegalBasisSpec(b.Code!, b.Name, b.Date))
            .ToList();
        if (legal.Any(b => b.EffectiveFrom is null))
        {
            notes.Add("căn cứ pháp lý không có ngày hiệu lực; chỉ tiêu 1.1 cần ngày này.");
        }

        var results = Array(item, "resultsDetails").ToList();
        var subjects = Array(item, "subjectTypesDetails").Select(s => VietnameseText.SearchKey(Str(s, "name"))).ToList();
        var business = subjects.Any(s => s.Contains("doanh nghiep", StringComparison.Ordinal) || s.Contains("to chuc", StringComparison.Ordinal) || s.Contains("hop tac xa", StringComparison.Ordinal));
        var citizen = subjects.Count == 0 || subjects.Any(s => s.Contains("cong dan", StringComparison.Ordinal) || s.Contains("ca nhan", StringComparison.Ordinal) || s.Contains("ho gia dinh", StringComparison.Ordinal));
        if (subjects.Count == 0)
        {
            notes.Add("không có đối tượng thực hiện (subjectTypesDetails); coi là công dân.");
        }

        var category = Array(item, "categoriesDetails").FirstOrDefault();
        var field = category.ValueKind == JsonValueKind.Object ? Str(category, "name") : null;
        if (field is null)
        {
            problems.Add("không có lĩnh vực (categoriesDetails).");
        }

        var proposal = item.TryGetProperty("procedureProposal", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        var decisionDate = proposal.ValueKind == JsonValueKind.Object ? Date(Str(proposal, "decisionDate")) : null;
        var decision = proposal.ValueKind == JsonValueKind.Object ? Str(proposal, "decisionNumber") ?? Str(proposal, "decisionCode") : null;
        if (decisionDate is null)
        {
            notes.Add("không có ngày quyết định công bố (procedureProposal.decisionDate); dùng ngày nhập.");
        }

        if (decision is null)
        {
            notes.Add("không có số quyết định công bố; ghi \"CSDLQG\".");
        }

        var unused = item.EnumerateObject().Select(o => o.Name).Where(n => !Mapped.Contains(n)).ToList();
        if (unused.Count > 0)
        {
            notes.Add($"không dùng các trường: {string.Join(", ", unused)}.");
        }

        if (problems.Count > 0 || processing is null || level is null)
        {
            return null;
        }

        var online = channels.HasFlag(SubmissionChannels.Online) ? (Bool(item, "isFullProcess") ? OnlineLevel.Full : OnlineLevel.Partial) : OnlineLevel.None;
        var date = decisionDate ?? today;
        return new ProcedureContent
        {
            Code = code!,
            Name = name!,
            Field = field!,
            Level = level.Value,
            AgencyCode = agency,
            TargetGroup = business && citizen ? TargetGroup.Both : business ? TargetGroup.Business : TargetGroup.Citizen,
            Cases = cases,
            Channels = channels,
            ProcessingTime = processing.Value,
            OnlineProcessingTime = onlineTime is { } o && counterTime is not null && o != counterTime ? o : null,
            Fees = fees,
            Components = components,
            LegalBasis = legal,
            IssuesResultDocument = results.Count > 0,
            ResultName = results.Select(r => Str(r, "name")).FirstOrDefault(n => n is not null),
            OnlineLevel = online,
            FullOnlineEligible = Bool(item, "isFullProcess") && online != OnlineLevel.None,
            Steps = ProcedureRules.DefaultSteps(level.Value, agency, processing.Value),
            Publication = new PublicationSpec(decision ?? "CSDLQG", date, date, null),
        };
    }

    /// <summary>The unit for a national agency: same code, else the unit whose name the national name is or
    /// begins with ("Sở Tư pháp thành phố Cần Thơ" → "Sở Tư pháp"), longest name first.</summary>
    public static string? MatchAgency(string? code, string? name, IReadOnlyList<UnitName> units)
    {
        if (code is not null && units.FirstOrDefault(u => u.Code == code && u.Kind != UnitKind.Commune) is { } byCode)
        {
            return byCode.Code;
        }

        var key = VietnameseText.SearchKey(name);
        if (key.Length == 0)
        {
            return null;
        }

        return units
            .Where(u => u.Kind != UnitKind.Commune && u.NameKey.Length > 0 && (key == u.NameKey || key.StartsWith(u.NameKey + " ", StringComparison.Ordinal)))
            .OrderByDescending(u => u.NameKey.Length)
            .Select(u => u.Code)
            .FirstOrDefault();
    }

    private static Deadline? ReadTime(JsonElement method, List<string> notes)
    {
        var amount = Num(method, "processingTime");
        if (amount is null)
        {
            return null;
        }

        var unitWord = Str(method, "processingTimeUnit")?.ToUpperInvariant();
        DeadlineUnit? unit = unitWord switch
        {
            "WORKING_DAY" or "WORKING_DAYS" => DeadlineUnit.WorkingDays,
            "WORKING_HOUR" or "WORKING_HOURS" or "HOUR" or "HOURS" => DeadlineUnit.WorkingHours,
            "DAY" or "DAYS" => DeadlineUnit.CalendarDays,
            _ => null,
        };
        if (unit is null)
        {
            notes.Add($"đơn vị thời hạn \"{unitWord}\" không ánh xạ được; coi là ngày làm việc.");
        }

        var value = amount.Value;
        if (value != Math.Floor(value))
        {
            // Half days ("0,5 ngày") become working hours so nothing is rounded away.
            return unit is null or DeadlineUnit.WorkingDays
                ? Deadline.WorkingHours((int)Math.Round(value * ProcedureRules.HoursPerWorkingDay))
                : new Deadline((int)Math.Ceiling(value), unit.Value);
        }

        return new Deadline((int)value, unit ?? DeadlineUnit.WorkingDays);
    }

    private static IEnumerable<JsonElement> Array(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object)
            : [];

    private static string? Str(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? VietnameseText.Normalize(value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()) is { Length: > 0 } text ? text : null
            : null;

    private static double? Num(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.GetDouble();
        }

        return value.ValueKind == JsonValueKind.String
            && double.TryParse(value.GetString()!.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : null;
    }

    private static bool Bool(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.Number => value.GetDouble() != 0,
            JsonValueKind.String => value.GetString() is "true" or "1" or "True",
            _ => false,
        };

    private static LocalDate? Date(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var iso = LocalDatePattern.Iso.Parse(text.Length >= 10 ? text[..10] : text);
        if (iso.Success)
        {
            return iso.Value;
        }

        var vn = LocalDatePattern.CreateWithInvariantCulture("dd/MM/yyyy").Parse(text.Length >= 10 ? text[..10] : text);
        return vn.Success ? vn.Value : null;
    }
}
