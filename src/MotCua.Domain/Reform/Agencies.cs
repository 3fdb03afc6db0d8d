namespace MotCua.Domain.Reform;

/// <summary>A unit of the province the extraction matches agency names against (code + official name).</summary>
public sealed record KnownUnit(string Code, string Name);

/// <summary>How an agency named in a directive was recognised.</summary>
public enum AgencyStatus
{
    /// <summary>One of the province's units (<see cref="AgencyRef.UnitCode"/> is set).</summary>
    ProvinceUnit = 1,

    /// <summary>A name in the agency catalogue that is not one of the province's units (a ministry, another
    /// province's department, a body such as the Provincial Party Committee's boards).</summary>
    Known = 2,

    /// <summary>A former name in the catalogue (an agency merged or renamed, e.g. "Sở Thông tin và Truyền
    /// thông"); <see cref="AgencyRef.SuccessorName"/> says who holds its work now.</summary>
    Former = 3,

    /// <summary>A group of agencies ("các sở, ban, ngành tỉnh", "UBND các huyện, thị xã, thành phố").</summary>
    Group = 4,

    /// <summary>Recognised by its shape only ("Sở …", "UBND xã …"), neither a unit nor in the catalogue.</summary>
    Unlisted = 5,
}

/// <summary>The kinds of agency groups a directive assigns work to.</summary>
[Flags]
public enum AgencyGroups
{
    None = 0,

    /// <summary>"các sở, ban, ngành tỉnh" (every provincial agency).</summary>
    ProvincialAgencies = 1,

    /// <summary>"UBND các huyện, thị xã, thành phố" (every district; none since 1/7/2025).</summary>
    Districts = 2,

    /// <summary>"UBND các xã, phường" (every commune).</summary>
    Communes = 4,

    /// <summary>"các địa phương".</summary>
    Localities = 8,

    /// <summary>"các cơ quan, đơn vị liên quan" (whoever is concerned; usually coordinators).</summary>
    Related = 16,
}

/// <summary>An agency as the extraction understood it.</summary>
/// <param name="Name">The name to show and store: the unit's official name, the catalogue's name, the
/// group's standard wording or, for unlisted agencies, the words of the directive.</param>
/// <param name="Status">How it was recognised.</param>
/// <param name="UnitCode">The province unit's code when <see cref="Status"/> is <see cref="AgencyStatus.ProvinceUnit"/>.</param>
/// <param name="SuccessorName">For a former name, the agency that holds its work now.</param>
/// <param name="SuccessorUnitCode">The successor's unit code when it is one of the province's units.</param>
/// <param name="Groups">For a group, which kinds of agencies it covers.</param>
public sealed record AgencyRef(
    string Name,
    AgencyStatus Status,
    string? UnitCode = null,
    string? SuccessorName = null,
    string? SuccessorUnitCode = null,
    AgencyGroups Groups = AgencyGroups.None)
{
    /// <summary>The standard wording of a group, e.g. "Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố".</summary>
    public static string GroupName(AgencyGroups groups)
    {
        var parts = new List<string>();
        if (groups.HasFlag(AgencyGroups.ProvincialAgencies))
        {
            parts.Add(groups.HasFlag(AgencyGroups.Related) ? "các sở, ban, ngành tỉnh liên quan" : "các sở, ban, ngành tỉnh");
        }

        if (groups.HasFlag(AgencyGroups.Districts))
        {
            parts.Add("UBND các huyện, thị xã, thành phố");
        }

        if (groups.HasFlag(AgencyGroups.Communes))
        {
            parts.Add("UBND các xã, phường");
        }

        if (groups.HasFlag(AgencyGroups.Localities))
        {
            parts.Add("các địa phương");
        }

        if (groups.HasFlag(AgencyGroups.Related) && !groups.HasFlag(AgencyGroups.ProvincialAgencies))
        {
            parts.Add("các cơ quan, đơn vị liên quan");
        }

        var name = string.Join("; ", parts);
        return name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
    }
}

/// <summary>A catalogue entry: an agency's name, the other ways directives write it, and, for a former
/// agency, who holds its work now.</summary>
public sealed record AgencyAlias(string Name, AgencyAliasKind Kind, string? Successor, IReadOnlyList<string> Aliases);

/// <summary>Whether a catalogue name is in use.</summary>
public enum AgencyAliasKind
{
    /// <summary>A current provincial agency's standard name.</summary>
    Current = 1,

    /// <summary>A name no longer in use (merged or renamed agency).</summary>
    Former = 2,

    /// <summary>A body outside the provincial administration (ministries, Party boards, mass organisations).</summary>
    Other = 3,
}

/// <summary>
/// Reads the agency catalogue: a UTF-8 TSV with the columns <c>name</c>, <c>kind</c> (current, former, other),
/// <c>successor</c> (for former names) and <c>aliases</c> (separated by <c>|</c>); lines starting with
/// <c>#</c> and blank lines are ignored. MotCua ships one in <c>data/reform/agencies.tsv</c>.
/// </summary>
public static class AgencyCatalog
{
    /// <summary>Parses a catalogue. Throws <see cref="FormatException"/> naming the line of a bad entry.</summary>
    public static IReadOnlyList<AgencyAlias> Parse(string tsv)
    {
        var entries = new List<AgencyAlias>();
        var number = 0;
        foreach (var raw in tsv.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            var name = Text.VietnameseText.Normalize(columns[0]);
            if (string.IsNullOrEmpty(name))
            {
                throw new FormatException($"Danh mục cơ quan, dòng {number}: thiếu tên cơ quan.");
            }

            var kind = (columns.Length > 1 ? columns[1].Trim() : "current") switch
            {
                "" or "current" => AgencyAliasKind.Current,
                "former" => AgencyAliasKind.Former,
                "other" => AgencyAliasKind.Other,
                var other => throw new FormatException($"Danh mục cơ quan, dòng {number}: loại \"{other}\" không hợp lệ; chỉ nhận current, former, other."),
            };
            var successor = columns.Length > 2 ? Text.VietnameseText.Normalize(columns[2]) : null;
            if (kind == AgencyAliasKind.Former && string.IsNullOrEmpty(successor))
            {
                throw new FormatException($"Danh mục cơ quan, dòng {number}: tên cũ \"{name}\" cần cơ quan kế thừa (cột 3).");
            }

            var aliases = columns.Length > 3
                ? columns[3].Split('|').Select(Text.VietnameseText.Normalize).Where(a => !string.IsNullOrEmpty(a)).Select(a => a!).ToList()
                : [];
            entries.Add(new AgencyAlias(name, kind, string.IsNullOrEmpty(successor) ? null : successor, aliases));
        }

        return entries;
    }
}
