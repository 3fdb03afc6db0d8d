namespace MotCua.Domain.Procedures;

/// <summary>The level of government that settles a procedure in the two-tier local government (from
/// 1 July 2025, Decree 118/2025/NĐ-CP): the province (a department or the provincial People's Committee)
/// or the commune.</summary>
public enum ProcedureLevel
{
    /// <summary>Cấp tỉnh: a provincial agency is competent.</summary>
    Province = 1,

    /// <summary>Cấp xã: every commune (xã, phường, đặc khu) is competent for its own residents and, under
    /// non-territorial intake, for dossiers received anywhere in the province.</summary>
    Commune = 2,
}

/// <summary>Who may use a procedure (đối tượng thực hiện).</summary>
public enum TargetGroup
{
    Citizen = 1,
    Business = 2,
    Both = 3,
}

/// <summary>How a dossier may be submitted (cách thức thực hiện).</summary>
[Flags]
public enum SubmissionChannels
{
    None = 0,

    /// <summary>In person at a one-stop counter (trực tiếp).</summary>
    Counter = 1,

    /// <summary>Online, through the national or provincial portal (trực tuyến).</summary>
    Online = 2,

    /// <summary>By public postal service (qua dịch vụ bưu chính công ích).</summary>
    Postal = 4,
}

/// <summary>The online service level of a procedure (Decree 42/2022/NĐ-CP, Art. 11): a full online
/// service (toàn trình) lets the citizen submit, pay and receive the result online or by post; a partial
/// one (một phần) needs at least one step at the counter.</summary>
public enum OnlineLevel
{
    None = 0,
    Partial = 1,
    Full = 2,
}

/// <summary>The words MotCua's catalog format uses for these values, and their Vietnamese names.</summary>
public static class ProcedureVocabulary
{
    public static string Format(ProcedureLevel level) => level switch
    {
        ProcedureLevel.Province => "province",
        ProcedureLevel.Commune => "commune",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static ProcedureLevel? ParseLevel(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "province" => ProcedureLevel.Province,
        "commune" => ProcedureLevel.Commune,
        _ => null,
    };

    public static string Describe(ProcedureLevel level) => level switch
    {
        ProcedureLevel.Province => "Cấp tỉnh",
        ProcedureLevel.Commune => "Cấp xã",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static string Format(TargetGroup group) => group switch
    {
        TargetGroup.Citizen => "citizen",
        TargetGroup.Business => "business",
        TargetGroup.Both => "both",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, null),
    };

    public static TargetGroup? ParseTargetGroup(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "citizen" => TargetGroup.Citizen,
        "business" => TargetGroup.Business,
        "both" => TargetGroup.Both,
        _ => null,
    };

    public static string Describe(TargetGroup group) => group switch
    {
        TargetGroup.Citizen => "Công dân",
        TargetGroup.Business => "Doanh nghiệp, tổ chức",
        TargetGroup.Both => "Công dân, doanh nghiệp, tổ chức",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, null),
    };

    public static string Format(OnlineLevel level) => level switch
    {
        OnlineLevel.None => "none",
        OnlineLevel.Partial => "partial",
        OnlineLevel.Full => "full",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static OnlineLevel? ParseOnlineLevel(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "none" => OnlineLevel.None,
        "partial" => OnlineLevel.Partial,
        "full" => OnlineLevel.Full,
        _ => null,
    };

    public static string Describe(OnlineLevel level) => level switch
    {
        OnlineLevel.None => "Không có dịch vụ công trực tuyến",
        OnlineLevel.Partial => "Dịch vụ công trực tuyến một phần",
        OnlineLevel.Full => "Dịch vụ công trực tuyến toàn trình",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>A staff role as a citizen reads it on a procedure's steps.</summary>
    public static string DescribeRole(string role) => role switch
    {
        Organization.Roles.OneStopOfficer => "Công chức Bộ phận Một cửa",
        Organization.Roles.Specialist => "Công chức, chuyên viên chuyên môn",
        Organization.Roles.UnitLeader => "Lãnh đạo đơn vị",
        Organization.Roles.ProvinceLeader => "Lãnh đạo Ủy ban nhân dân thành phố",
        Organization.Roles.Administrator => "Quản trị hệ thống",
        _ => role,
    };

    /// <summary>The channel words in a fixed order: counter, online, postal.</summary>
    public static IReadOnlyList<string> Format(SubmissionChannels channels)
    {
        var result = new List<string>(3);
        if (channels.HasFlag(SubmissionChannels.Counter))
        {
            result.Add("counter");
        }

        if (channels.HasFlag(SubmissionChannels.Online))
        {
            result.Add("online");
        }

        if (channels.HasFlag(SubmissionChannels.Postal))
        {
            result.Add("postal");
        }

        return result;
    }

    public static SubmissionChannels? ParseChannel(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "counter" => SubmissionChannels.Counter,
        "online" => SubmissionChannels.Online,
        "postal" => SubmissionChannels.Postal,
        _ => null,
    };

    public static string Describe(SubmissionChannels channel) => channel switch
    {
        SubmissionChannels.Counter => "Trực tiếp tại Bộ phận Một cửa",
        SubmissionChannels.Online => "Trực tuyến",
        SubmissionChannels.Postal => "Qua dịch vụ bưu chính công ích",
        _ => string.Join("; ", Format(channel).Select(c => Describe(ParseChannel(c)!.Value))),
    };
}
