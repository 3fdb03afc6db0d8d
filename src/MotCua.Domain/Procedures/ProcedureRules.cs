using System.Globalization;
using MotCua.Domain.Calendar;
using MotCua.Domain.Organization;
using MotCua.Domain.Text;
using NodaTime;

namespace MotCua.Domain.Procedures;

/// <summary>
/// The rules a procedure version must satisfy before it is published, whatever it comes from (an import
/// file, the staff form, the national catalog). Messages are Vietnamese sentences without the record name;
/// callers prefix them.
/// </summary>
public static class ProcedureRules
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 500;
    public const int MaxFieldLength = 200;
    public const int MaxTextLength = 2000;

    /// <summary>Working hours in one working day, used only to add step shares up: the Labour Code 2019
    /// (Art. 105) sets normal working hours at 8 a day, and DOMAIN.md §5 counts N working days as N × 8
    /// working hours.</summary>
    public const int HoursPerWorkingDay = 8;

    /// <summary>Checks <paramref name="content"/>. <paramref name="units"/> are the current units by code
    /// (to check the competent agency and the step performers).</summary>
    public static IReadOnlyList<string> Validate(ProcedureContent content, IReadOnlyDictionary<string, UnitKind> units)
    {
        var problems = new List<string>();
        Require(problems, content.Code, "mã thủ tục (code)", MaxCodeLength);
        if (!string.IsNullOrEmpty(content.Code) && !content.Code.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            problems.Add("mã thủ tục chỉ gồm chữ, số và dấu chấm, gạch (như 1.001193).");
        }

        Require(problems, content.Name, "tên thủ tục (name)", MaxNameLength);
        Require(problems, content.Field, "lĩnh vực (field)", MaxFieldLength);
        Optional(problems, content.ResultName, "tên kết quả (resultName)", MaxNameLength);
        Optional(problems, content.Conditions, "yêu cầu, điều kiện (conditions)", MaxTextLength);
        CheckAgency(problems, content, units);

        if (content.Channels == SubmissionChannels.None)
        {
            problems.Add("cần ít nhất một cách thức nộp hồ sơ (channels: counter, online, postal).");
        }

        if (content.OnlineLevel != OnlineLevel.None && !content.Channels.HasFlag(SubmissionChannels.Online))
        {
            problems.Add("thủ tục có dịch vụ công trực tuyến thì cách thức nộp phải gồm \"online\".");
        }

        if (content.FullOnlineEligible && content.OnlineLevel == OnlineLevel.None)
        {
            problems.Add("thủ tục đủ điều kiện trực tuyến toàn trình (fullOnlineEligible) thì phải có mức độ trực tuyến.");
        }

        CheckDeadline(problems, content.ProcessingTime, "thời hạn giải quyết (processingTime)");
        if (content.OnlineProcessingTime is { } online)
        {
            CheckDeadline(problems, online, "thời hạn giải quyết trực tuyến (onlineProcessingTime)");
        }

        foreach (var (caseName, i) in content.Cases.Select((c, i) => (c, i + 1)))
        {
            Require(problems, caseName, string.Create(CultureInfo.InvariantCulture, $"tên trường hợp {i}"), MaxNameLength);
        }

        foreach (var (fee, i) in content.Fees.Select((f, i) => (f, i + 1)))
        {
            var what = string.Create(CultureInfo.InvariantCulture, $"phí, lệ phí {i}");
            Require(problems, fee.Name, $"tên {what}", MaxNameLength);
            Optional(problems, fee.Code, $"mã {what}", MaxCodeLength);
            Optional(problems, fee.Note, $"ghi chú {what}", MaxTextLength);
            if (fee.Amount < 0)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{what} có số tiền âm ({fee.Amount}); số tiền là số đồng không âm."));
            }
        }

        foreach (var (component, i) in content.Components.Select((c, i) => (c, i + 1)))
        {
            var what = string.Create(CultureInfo.InvariantCulture, $"thành phần hồ sơ {i}");
            Require(problems, component.Name, $"tên {what}", MaxNameLength);
            Optional(problems, component.Code, $"mã {what}", MaxCodeLength);
            Optional(problems, component.Form, $"mẫu đơn của {what}", MaxNameLength);
            if (component.Originals < 0 || component.Copies < 0)
            {
                problems.Add($"{what} có số bản chính hoặc bản sao âm.");
            }
        }

        var componentCodes = content.Components.Where(c => !string.IsNullOrEmpty(c.Code)).GroupBy(c => c.Code, StringComparer.Ordinal);
        foreach (var duplicate in componentCodes.Where(g => g.Count() > 1))
        {
            problems.Add($"mã thành phần hồ sơ \"{duplicate.Key}\" bị trùng.");
        }

        foreach (var (basis, i) in content.LegalBasis.Select((b, i) => (b, i + 1)))
        {
            var what = string.Create(CultureInfo.InvariantCulture, $"căn cứ pháp lý {i}");
            Require(problems, basis.Code, $"số hiệu văn bản của {what}", MaxCodeLength * 2);
            Optional(problems, basis.Name, $"tên {what}", MaxNameLength);
        }

        CheckSteps(problems, content, units);
        CheckPublication(problems, content.Publication);
        return problems;
    }

    /// <summary>
    /// The steps shares must add up to the processing time: steps of the same order run in parallel, so an
    /// order counts with its longest step. Shares are compared in hours (one working day = 8 working hours)
    /// and must be in the processing time's kind of time (working time, or calendar days).
    /// </summary>
    public static string? CheckShares(Deadline processingTime, IReadOnlyList<StepSpec> steps)
    {
        if (steps.Count == 0 || processingTime.Amount <= 0)
        {
            return null;
        }

        var working = processingTime.Unit != DeadlineUnit.CalendarDays;
        foreach (var step in steps)
        {
            if ((step.Share.Unit != DeadlineUnit.CalendarDays) != working)
            {
                return working
                    ? $"bước \"{step.Name}\": thời gian của bước phải tính bằng ngày làm việc hoặc giờ làm việc như thời hạn giải quyết."
                    : $"bước \"{step.Name}\": thời hạn giải quyết tính bằng ngày nên thời gian của bước cũng phải tính bằng ngày (days).";
            }
        }

        var total = Hours(processingTime);
        var sum = steps.GroupBy(s => s.Order).Sum(g => g.Max(s => Hours(s.Share)));
        return sum == total
            ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"tổng thời gian các bước là {DescribeHours(sum, working)} nhưng thời hạn giải quyết là {processingTime}; các bước phải cộng lại đúng bằng thời hạn (các bước cùng thứ tự chạy song song, tính bước dài nhất).");
    }

    /// <summary>A deadline in hours: working days × 8, working hours, calendar days × 24.</summary>
    public static long Hours(Deadline deadline) => deadline.Unit switch
    {
        DeadlineUnit.WorkingDays => (long)deadline.Amount * HoursPerWorkingDay,
        DeadlineUnit.WorkingHours => deadline.Amount,
        DeadlineUnit.CalendarDays => (long)deadline.Amount * 24,
        _ => throw new ArgumentOutOfRangeException(nameof(deadline), deadline.Unit, null),
    };

    /// <summary>
    /// The process a procedure gets when its source lists no steps (as the national catalog does): one step
    /// taking the whole time, performed by the competent agency (for commune procedures that every commune
    /// settles, by the specialist of the commune handling the dossier), until an officer defines the real process.
    /// </summary>
    public static IReadOnlyList<StepSpec> DefaultSteps(ProcedureLevel level, string? agencyCode, Deadline processingTime) =>
    [
        new StepSpec(1, "Tiếp nhận, giải quyết và trả kết quả", agencyCode,
            level == ProcedureLevel.Commune && agencyCode is null ? Roles.Specialist : null, processingTime),
    ];

    /// <summary>
    /// The parts index indicator 1.3 requires of a published procedure (Decision 766/QĐ-TTg, indicator 1.3:
    /// name, steps, channel, components, processing time, target group, agency, fees, legal basis) that
    /// this version lacks; empty when it is complete.
    /// </summary>
    public static IReadOnlyList<string> MissingParts(ProcedureContent content)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(content.Name))
        {
            missing.Add("tên thủ tục");
        }

        if (content.Steps.Count == 0)
        {
            missing.Add("trình tự thực hiện");
        }

        if (content.Channels == SubmissionChannels.None)
        {
            missing.Add("cách thức thực hiện");
        }

        if (content.Components.Count == 0)
        {
            missing.Add("thành phần hồ sơ");
        }

        if (content.ProcessingTime.Amount <= 0)
        {
            missing.Add("thời hạn giải quyết");
        }

        if (!Enum.IsDefined(content.TargetGroup))
        {
            missing.Add("đối tượng thực hiện");
        }

        if (content.Level == ProcedureLevel.Province && content.AgencyCode is null)
        {
            missing.Add("cơ quan thực hiện");
        }

        if (content.Fees.Count == 0)
        {
            missing.Add("phí, lệ phí");
        }

        if (content.LegalBasis.Count == 0)
        {
            missing.Add("căn cứ pháp lý");
        }

        return missing;
    }

    /// <summary>The newest effective date among the legal bases (index indicator 1.1 compares the
    /// publication decision with it); <c>null</c> when no basis has a date.</summary>
    public static LocalDate? NewestLegalBasisDate(ProcedureContent content)
    {
        LocalDate? newest = null;
        foreach (var date in content.LegalBasis.Select(b => b.EffectiveFrom))
        {
            if (date is { } d && (newest is null || d > newest))
            {
                newest = d;
            }
        }

        return newest;
    }

    /// <summary>A new version may not start before the newest existing one: history is only appended, so
    /// the answer for a past date never changes behind a dossier's back.</summary>
    public static string? CheckNewVersionStart(LocalDate effectiveFrom, IEnumerable<ProcedureVersion> existing)
    {
        var newest = existing.OrderByDescending(v => v.EffectiveFrom).ThenByDescending(v => v.Number).FirstOrDefault();
        return newest is null || effectiveFrom >= newest.EffectiveFrom
            ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"ngày hiệu lực {effectiveFrom:dd/MM/yyyy} trước ngày hiệu lực của phiên bản {newest.Number} ({newest.EffectiveFrom:dd/MM/yyyy}); phiên bản mới phải có hiệu lực từ ngày đó trở đi.");
    }

    /// <summary>Sets every version's last day from the start of the version after it (a version followed by
    /// one starting the same day is never in force).</summary>
    public static void AssignEffectiveTo(IEnumerable<ProcedureVersion> versions)
    {
        var ordered = versions.OrderBy(v => v.EffectiveFrom).ThenBy(v => v.Number).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].EffectiveTo = i + 1 < ordered.Count ? ordered[i + 1].EffectiveFrom.PlusDays(-1) : null;
        }
    }

    /// <summary>Fills a new version entity from content; units are resolved by <paramref name="unitId"/>
    /// (codes already validated).</summary>
    public static ProcedureVersion ToVersion(ProcedureContent content, Func<string, int> unitId)
    {
        var version = new ProcedureVersion
        {
            Name = content.Name,
            NameKey = VietnameseText.SearchKey(content.Name),
            Field = content.Field,
            FieldKey = VietnameseText.SearchKey(content.Field),
            Level = content.Level,
            AgencyId = content.AgencyCode is null ? null : unitId(content.AgencyCode),
            TargetGroup = content.TargetGroup,
            Channels = content.Channels,
            ProcessingTime = content.ProcessingTime,
            OnlineProcessingTime = content.OnlineProcessingTime,
            IssuesResultDocument = content.IssuesResultDocument,
            ResultName = content.ResultName,
            OnlineLevel = content.OnlineLevel,
            FullOnlineEligible = content.FullOnlineEligible,
            Conditions = content.Conditions,
            DecisionNumber = content.Publication.Decision,
            DecisionDate = content.Publication.Date,
            EffectiveFrom = content.Publication.EffectiveFrom,
            PublicOn = content.Publication.PublicOn,
        };
        version.Cases.AddRange(content.Cases.Select((c, i) => new ProcedureCase { Position = i, Name = c }));
        version.Components.AddRange(content.Components.Select((c, i) => new ProcedureComponent
        {
            Position = i, Code = c.Code, Name = c.Name, Originals = c.Originals, Copies = c.Copies, Required = c.Required, Form = c.Form,
        }));
        version.Fees.AddRange(content.Fees.Select((f, i) => new ProcedureFee { Position = i, Name = f.Name, Code = f.Code, Amount = f.Amount, Note = f.Note }));
        version.LegalBases.AddRange(content.LegalBasis.Select((b, i) => new ProcedureLegalBasis { Position = i, Code = b.Code, Name = b.Name, EffectiveFrom = b.EffectiveFrom }));
        version.Steps.AddRange(content.Steps.Select((s, i) => new ProcessStep
        {
            Position = i, Order = s.Order, Name = s.Name, UnitId = s.UnitCode is null ? null : unitId(s.UnitCode), Role = s.Role, Share = s.Share,
        }));
        return version;
    }

    /// <summary>The content of a stored version (children loaded); units are named by <paramref name="unitCode"/>.</summary>
    public static ProcedureContent ToContent(string code, ProcedureVersion version, Func<int, string> unitCode) => new()
    {
        Code = code,
        Name = version.Name,
        Field = version.Field,
        Level = version.Level,
        AgencyCode = version.AgencyId is { } agency ? unitCode(agency) : null,
        TargetGroup = version.TargetGroup,
        Cases = [.. version.Cases.OrderBy(c => c.Position).Select(c => c.Name)],
        Channels = version.Channels,
        ProcessingTime = version.ProcessingTime,
        OnlineProcessingTime = version.OnlineProcessingTime,
        Fees = [.. version.Fees.OrderBy(f => f.Position).Select(f => new FeeSpec(f.Name, f.Code, f.Amount, f.Note))],
        Components = [.. version.Components.OrderBy(c => c.Position).Select(c => new ComponentSpec(c.Code, c.Name, c.Originals, c.Copies, c.Required, c.Form))],
        LegalBasis = [.. version.LegalBases.OrderBy(b => b.Position).Select(b => new LegalBasisSpec(b.Code, b.Name, b.EffectiveFrom))],
        IssuesResultDocument = version.IssuesResultDocument,
        ResultName = version.ResultName,
        OnlineLevel = version.OnlineLevel,
        FullOnlineEligible = version.FullOnlineEligible,
        Conditions = version.Conditions,
        Steps = [.. version.Steps.OrderBy(s => s.Position).Select(s => new StepSpec(s.Order, s.Name, s.UnitId is { } unit ? unitCode(unit) : null, s.Role, s.Share))],
        Publication = new PublicationSpec(version.DecisionNumber, version.DecisionDate, version.EffectiveFrom, version.PublicOn),
    };

    private static void CheckAgency(List<string> problems, ProcedureContent content, IReadOnlyDictionary<string, UnitKind> units)
    {
        if (content.AgencyCode is null)
        {
            if (content.Level == ProcedureLevel.Province)
            {
                problems.Add("thủ tục cấp tỉnh phải có cơ quan thực hiện (agencyCode).");
            }

            return;
        }

        if (!units.TryGetValue(content.AgencyCode, out var kind))
        {
            problems.Add($"cơ quan thực hiện \"{content.AgencyCode}\" không có trong danh sách đơn vị (agencyCode).");
            return;
        }

        if (content.Level == ProcedureLevel.Commune && kind != UnitKind.Commune)
        {
            problems.Add($"thủ tục cấp xã nhưng cơ quan thực hiện \"{content.AgencyCode}\" không phải xã, phường; bỏ trống agencyCode để mọi xã, phường thực hiện.");
        }

        if (content.Level == ProcedureLevel.Province && kind == UnitKind.Commune)
        {
            problems.Add($"thủ tục cấp tỉnh nhưng cơ quan thực hiện \"{content.AgencyCode}\" là xã, phường.");
        }
    }

    private static void CheckSteps(List<string> problems, ProcedureContent content, IReadOnlyDictionary<string, UnitKind> units)
    {
        if (content.Steps.Count == 0)
        {
            problems.Add("quy trình nội bộ cần ít nhất một bước (steps).");
            return;
        }

        var stepsValid = true;
        foreach (var (step, i) in content.Steps.Select((s, i) => (s, i + 1)))
        {
            var what = string.Create(CultureInfo.InvariantCulture, $"bước {i}");
            if (string.IsNullOrWhiteSpace(step.Name))
            {
                problems.Add($"thiếu tên {what}.");
                stepsValid = false;
            }
            else if (step.Name.Length > MaxNameLength)
            {
                problems.Add($"tên {what} dài quá {MaxNameLength} ký tự.");
            }

            if (step.Order < 1)
            {
                problems.Add($"{what} có thứ tự (order) nhỏ hơn 1.");
            }

            if (step.UnitCode is null && step.Role is null)
            {
                problems.Add($"{what} \"{step.Name}\" chưa có người thực hiện: ghi đơn vị (unitCode) hoặc vai trò (role).");
            }

            if (step.UnitCode is not null && !units.ContainsKey(step.UnitCode))
            {
                problems.Add($"{what} \"{step.Name}\": đơn vị thực hiện \"{step.UnitCode}\" không có trong danh sách đơn vị.");
            }

            if (step.Role is not null && !Roles.Staff.Contains(step.Role))
            {
                problems.Add($"{what} \"{step.Name}\": vai trò \"{step.Role}\" không hợp lệ; chỉ nhận {string.Join(", ", Roles.Staff)}.");
            }

            if (step.Share.Amount <= 0 || !Enum.IsDefined(step.Share.Unit))
            {
                problems.Add($"{what} \"{step.Name}\": thời gian của bước phải lớn hơn 0.");
                stepsValid = false;
            }
        }

        if (stepsValid && content.ProcessingTime.Amount > 0 && CheckShares(content.ProcessingTime, content.Steps) is { } shares)
        {
            problems.Add(shares);
        }
    }

    private static void CheckPublication(List<string> problems, PublicationSpec publication)
    {
        Require(problems, publication.Decision, "số quyết định công bố (publication.decision)", 100);
        if (publication.EffectiveFrom < publication.Date)
        {
            problems.Add("ngày hiệu lực của phiên bản (publication.effectiveFrom) trước ngày ký quyết định công bố.");
        }

        if (publication.PublicOn is { } publicOn && publicOn < publication.Date)
        {
            problems.Add("ngày công khai trên Cơ sở dữ liệu quốc gia (publication.publicOn) trước ngày ký quyết định công bố.");
        }
    }

    private static void CheckDeadline(List<string> problems, Deadline deadline, string what)
    {
        if (!Enum.IsDefined(deadline.Unit))
        {
            problems.Add($"{what}: đơn vị thời gian không hợp lệ; chỉ nhận working-days, working-hours, days.");
        }
        else if (deadline.Amount <= 0)
        {
            problems.Add($"{what} phải lớn hơn 0.");
        }
    }

    private static void Require(List<string> problems, string? value, string what, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"thiếu {what}.");
        }
        else if (value.Length > maxLength)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{what} dài quá {maxLength} ký tự."));
        }
    }

    private static void Optional(List<string> problems, string? value, string what, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{what} dài quá {maxLength} ký tự."));
        }
    }

    private static string DescribeHours(long hours, bool working) =>
        working
            ? hours % HoursPerWorkingDay == 0
                ? string.Create(CultureInfo.InvariantCulture, $"{hours / HoursPerWorkingDay} ngày làm việc")
                : string.Create(CultureInfo.InvariantCulture, $"{hours} giờ làm việc")
            : string.Create(CultureInfo.InvariantCulture, $"{hours / 24} ngày");
}
