namespace MotCua.Domain.Reform;

/// <summary>The families of indices a reform task can be aimed at (DOMAIN.md §8).</summary>
public enum IndicatorFamily
{
    /// <summary>Not aimed at an index.</summary>
    None = 0,

    /// <summary>PAR INDEX (Chỉ số cải cách hành chính, Decision 876/QĐ-BNV): one of its areas 1–8.</summary>
    ParIndex = 1,

    /// <summary>The service index of Decision 766/QĐ-TTg: one of its indicators ("2.1").</summary>
    Index766 = 2,

    /// <summary>SIPAS (Chỉ số hài lòng về sự phục vụ hành chính).</summary>
    Sipas = 3,

    /// <summary>PAPI (Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh).</summary>
    Papi = 4,

    /// <summary>PCI (Chỉ số năng lực cạnh tranh cấp tỉnh).</summary>
    Pci = 5,
}

/// <summary>What a task is meant to move: an index family and, for PAR INDEX and the 766 index, the area or
/// indicator code ("3" for PAR INDEX area 3, "2.1" for the 766 timeliness indicator).</summary>
public sealed record TaskTarget(IndicatorFamily Family, string? Code = null)
{
    public static readonly TaskTarget None = new(IndicatorFamily.None);

    /// <summary>"par:3", "766:2.1", "sipas", "" (for filters and forms).</summary>
    public string Key => Family switch
    {
        IndicatorFamily.None => string.Empty,
        IndicatorFamily.ParIndex => "par:" + Code,
        IndicatorFamily.Index766 => "766:" + Code,
        IndicatorFamily.Sipas => "sipas",
        IndicatorFamily.Papi => "papi",
        IndicatorFamily.Pci => "pci",
        _ => string.Empty,
    };

    /// <summary>Reads a <see cref="Key"/>; null when it is not a known target.</summary>
    public static TaskTarget? Parse(string? key)
    {
        var k = key?.Trim().ToLowerInvariant() ?? string.Empty;
        TaskTarget? target = k switch
        {
            "" => None,
            "sipas" => new TaskTarget(IndicatorFamily.Sipas),
            "papi" => new TaskTarget(IndicatorFamily.Papi),
            "pci" => new TaskTarget(IndicatorFamily.Pci),
            _ when k.StartsWith("par:", StringComparison.Ordinal) => new TaskTarget(IndicatorFamily.ParIndex, k[4..]),
            _ when k.StartsWith("766:", StringComparison.Ordinal) => new TaskTarget(IndicatorFamily.Index766, k[4..]),
            _ => null,
        };
        return target is not null && IndicatorCatalog.IsValid(target) ? target : null;
    }
}

/// <summary>One indicator a task can target, with its Vietnamese and English names.</summary>
/// <param name="Target">The family and code.</param>
/// <param name="Group">For the 766 index, the group code of the national portal (CKMB, TDGQ, DVCTT, TTTT, SHHS, MDHL).</param>
/// <param name="Name">Vietnamese name.</param>
/// <param name="EnglishName">English name.</param>
public sealed record IndicatorInfo(TaskTarget Target, string? Group, string Name, string EnglishName);

/// <summary>
/// The indicators a reform task can be aimed at: the eight areas of PAR INDEX for provinces (Decision
/// 876/QĐ-BNV of 10/11/2022), the indicators of the Decision 766/QĐ-TTg service index that MotCua computes
/// (docs INDEX766.md; codes 1.1–1.4, 2.1, 3.1, 3.5–3.7, 4.1–4.7, 5.1–5.3) and the SIPAS, PAPI and PCI surveys.
/// Names only: the index's maxima and formulas live in its versioned definition files, not here.
/// </summary>
public static class IndicatorCatalog
{
    public static readonly IReadOnlyList<IndicatorInfo> ParIndexAreas =
    [
        Par("1", "Công tác chỉ đạo, điều hành cải cách hành chính", "Direction and management of reform"),
        Par("2", "Cải cách thể chế", "Institutional reform"),
        Par("3", "Cải cách thủ tục hành chính", "Administrative-procedure reform"),
        Par("4", "Cải cách tổ chức bộ máy hành chính nhà nước", "Reform of the state administrative apparatus"),
        Par("5", "Cải cách chế độ công vụ", "Civil-service reform"),
        Par("6", "Cải cách tài chính công", "Public-finance reform"),
        Par("7", "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", "E-government and digital government"),
        Par("8", "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội", "Impact of reform on people, organisations and socio-economic development"),
    ];

    public static readonly IReadOnlyList<IndicatorInfo> Index766 =
    [
        I766("1.1", "CKMB", "Công bố, công khai thủ tục hành chính đúng hạn", "Procedures published on time"),
        I766("1.2", "CKMB", "Cập nhật thủ tục hành chính lên Cơ sở dữ liệu quốc gia đúng hạn", "Procedures updated on the national catalog on time"),
        I766("1.3", "CKMB", "Công khai đầy đủ các nội dung thủ tục hành chính", "Procedures published with all parts"),
        I766("1.4", "CKMB", "Đồng bộ hồ sơ lên Cổng Dịch vụ công quốc gia", "Dossiers synced to the national portal"),
        I766("2.1", "TDGQ", "Hồ sơ giải quyết trước hạn, đúng hạn", "Dossiers handled early or on time"),
        I766("3.1", "DVCTT", "Hồ sơ trực tuyến toàn trình", "Fully online dossiers"),
        I766("3.5", "TTTT", "Thủ tục có phí, lệ phí có giao dịch thanh toán trực tuyến", "Fee-bearing procedures with an online payment"),
        I766("3.6", "TTTT", "Hồ sơ thanh toán trực tuyến", "Dossiers paid online"),
        I766("3.7", "TTTT", "Thủ tục có phí, lệ phí có phát sinh hồ sơ", "Fee-bearing procedures with dossiers"),
        I766("4.1", "SHHS", "Cấp kết quả giải quyết thủ tục hành chính điện tử", "Electronic results"),
        I766("4.2", "SHHS", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Digitized dossiers"),
        I766("4.3", "SHHS", "Khai thác, sử dụng lại dữ liệu đã số hóa", "Reuse of digitized data"),
        I766("4.4", "SHHS", "Chia sẻ dữ liệu với Kho quản lý dữ liệu điện tử của tổ chức, cá nhân", "Shared with the citizen's data store"),
        I766("4.5", "SHHS", "Hồ sơ kết nối Cơ sở dữ liệu quốc gia về dân cư", "Dossiers connected to the population database"),
        I766("4.6", "SHHS", "Thủ tục kết nối Cơ sở dữ liệu quốc gia về dân cư", "Procedures connected to the population database"),
        I766("4.7", "SHHS", "Cung cấp dịch vụ chứng thực bản sao điện tử", "Electronic certified copies"),
        I766("5.1", "MDHL", "Xử lý phản ánh, kiến nghị đúng hạn", "Feedback handled on time"),
        I766("5.2", "MDHL", "Mức độ hài lòng trong xử lý phản ánh, kiến nghị", "Feedback handled to satisfaction"),
        I766("5.3", "MDHL", "Mức độ hài lòng trong giải quyết thủ tục hành chính", "Dossier satisfaction"),
    ];

    public static readonly IReadOnlyList<IndicatorInfo> Surveys =
    [
        new(new TaskTarget(IndicatorFamily.Sipas), null, "SIPAS — Chỉ số hài lòng về sự phục vụ hành chính", "SIPAS — satisfaction with administrative services"),
        new(new TaskTarget(IndicatorFamily.Papi), null, "PAPI — Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh", "PAPI — provincial governance and public administration performance"),
        new(new TaskTarget(IndicatorFamily.Pci), null, "PCI — Chỉ số năng lực cạnh tranh cấp tỉnh", "PCI — provincial competitiveness"),
    ];

    /// <summary>Every indicator, PAR INDEX areas first.</summary>
    public static IEnumerable<IndicatorInfo> All => ParIndexAreas.Concat(Index766).Concat(Surveys);

    /// <summary>True for <see cref="TaskTarget.None"/> and for every indicator of the catalogue.</summary>
    public static bool IsValid(TaskTarget target) =>
        target.Family == IndicatorFamily.None ? target.Code is null : Find(target) is not null;

    /// <summary>The indicator of a target, or null (also for <see cref="TaskTarget.None"/>).</summary>
    public static IndicatorInfo? Find(TaskTarget target) =>
        All.FirstOrDefault(i => i.Target.Family == target.Family && string.Equals(i.Target.Code, target.Code, StringComparison.Ordinal));

    /// <summary>A short Vietnamese label: "PAR INDEX lĩnh vực 3", "Chỉ số 766: 2.1", "SIPAS", "—".</summary>
    public static string ShortLabel(TaskTarget target) => target.Family switch
    {
        IndicatorFamily.ParIndex => $"PAR INDEX lĩnh vực {target.Code}",
        IndicatorFamily.Index766 => $"Chỉ số 766: {target.Code}",
        IndicatorFamily.Sipas => "SIPAS",
        IndicatorFamily.Papi => "PAPI",
        IndicatorFamily.Pci => "PCI",
        _ => "—",
    };

    private static IndicatorInfo Par(string code, string name, string english) =>
        new(new TaskTarget(IndicatorFamily.ParIndex, code), null, name, english);

    private static IndicatorInfo I766(string code, string group, string name, string english) =>
        new(new TaskTarget(IndicatorFamily.Index766, code), group, name, english);
}
