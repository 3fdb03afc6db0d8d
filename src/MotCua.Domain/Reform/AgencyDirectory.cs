using System.Text.RegularExpressions;
using MotCua.Domain.Text;

namespace MotCua.Domain.Reform;

/// <summary>Where an agency mention starts and ends (tokens, end exclusive) and what it names.</summary>
internal sealed record AgencyMatch(int FirstToken, int EndToken, AgencyRef Agency, bool ByTitle, bool ByShape);

/// <summary>
/// Recognises agency names in a directive: the province's units, the agency catalogue (standard, former and
/// abbreviated names), groups ("các sở, ban, ngành tỉnh"), a person's title in front of an agency ("Giám đốc
/// Sở X" → Sở X), and, as a last resort, names by their shape ("Sở …", "UBND xã …"). Matching ignores
/// accents, case, line breaks and "Ủy ban nhân dân"/"UBND", "và"/"&amp;" spellings; a trailing "tỉnh" or
/// "thành phố" (and a place name after it) belongs to the name, so "Văn phòng UBND tỉnh" finds the unit
/// "Văn phòng Ủy ban nhân dân thành phố".
/// </summary>
public sealed partial class AgencyDirectory
{
    private static readonly string[][] Titles =
    [
        ["pho", "giam", "doc"], ["tong", "giam", "doc"], ["giam", "doc"], ["thu", "truong"], ["pho", "chu", "tich"],
        ["chu", "tich"], ["chi", "huy", "truong"], ["chanh"], ["truong"], ["lanh", "dao"],
    ];

    private static readonly string[][] LocalLevels =
    [
        ["huyen"], ["quan"], ["thi", "xa"], ["thanh", "pho"], ["xa"], ["phuong"], ["thi", "tran"], ["dac", "khu"],
    ];

    private static readonly HashSet<string> ShapePrefixes = new(StringComparer.Ordinal)
    {
        "so", "bo", "ban", "cuc", "phong", "dai", "bao", "hoi", "vien", "truong", "kho", "ngan", "chi", "trung", "van", "lien",
        "cong", "tong", "benh", "uy", "dang", "doan",
    };

    private static readonly HashSet<string> NameStopWords = new(StringComparer.Ordinal)
    {
        "chu", "phoi", "co", "thuc", "tham", "ra", "bao", "theo", "de", "trong", "hoan", "tiep", "chi", "to", "xay", "trien", "khan",
        "kiem", "don", "huong", "cung", "voi", "ve", "tai", "cho", "tu", "den", "la", "duoc", "da", "se", "dang", "can", "phai", "nham",
        "thuong", "nghiem", "chiu", "dam", "giao", "cac", "nay", "do", "khi", "neu", "tinh", "nam", "ngay", "thang", "quy", "truoc",
        "sau", "lien", "tong", "nhung", "mot", "gui", "trinh", "lam", "danh", "tao", "quan", "nang", "day", "tang", "ho", "boi",
    };

    private readonly Dictionary<string, List<Entry>> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnownUnit> _unitsByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnownUnit> _unitsByBaseKey = new(StringComparer.Ordinal);

    /// <param name="units">The province's current units (any order).</param>
    /// <param name="catalog">The agency catalogue (<see cref="AgencyCatalog.Parse"/>).</param>
    public AgencyDirectory(IEnumerable<KnownUnit> units, IReadOnlyList<AgencyAlias> catalog)
    {
        Units = [.. units];
        foreach (var unit in Units)
        {
            var key = Canonical(KeyWords(unit.Name));
            if (key.Length == 0)
            {
                continue;
            }

            var reference = new AgencyRef(unit.Name, AgencyStatus.ProvinceUnit, unit.Code);
            _unitsByKey.TryAdd(string.Join(' ', key), unit);
            _unitsByBaseKey.TryAdd(string.Join(' ', WithoutDesignator(key).Words), unit);
            Add(key, reference, overwrite: false);
        }

        foreach (var alias in catalog)
        {
            var reference = Reference(alias);
            foreach (var name in alias.Aliases.Prepend(alias.Name))
            {
                var key = Canonical(KeyWords(name));
                if (key.Length > 0)
                {
                    Add(key, reference, overwrite: false);
                }
            }
        }

        foreach (var list in _index.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
    }

    /// <summary>A directory with no units and no catalogue: only groups and names by shape are recognised.</summary>
    public static AgencyDirectory Empty { get; } = new([], []);

    public IReadOnlyList<KnownUnit> Units { get; }

    /// <summary>
    /// What a name typed by a person (an edited proposal) refers to: a unit, a catalogue name, a group, or —
    /// when nothing recognises all of it — an unlisted agency with that name (NFC, spaces collapsed).
    /// </summary>
    public AgencyRef Resolve(string name)
    {
        var normalized = VietnameseText.NormalizeRequired(name);
        var text = new DirectiveText(normalized, []);
        if (text.Tokens.Length > 0)
        {
            var match = MatchAt(text, 0, requireCapital: false);
            if (match is not null && match.EndToken == text.Tokens.Length)
            {
                return match.Agency.Status == AgencyStatus.Unlisted ? match.Agency with { Name = normalized } : match.Agency;
            }
        }

        return new AgencyRef(normalized, AgencyStatus.Unlisted);
    }

    /// <summary>The agency mention starting at token <paramref name="index"/>, if any: the longest of a group,
    /// a (titled) catalogue or unit name, and a name recognised by its shape. In a directive a name starts
    /// with a capital ("Sở Nội vụ"); <paramref name="requireCapital"/> is false for names typed in a form.</summary>
    internal AgencyMatch? MatchAt(DirectiveText text, int index, bool requireCapital = true)
    {
        if (index >= text.Tokens.Length)
        {
            return null;
        }

        AgencyMatch? best = MatchGroup(text, index);
        var agencyStart = index;
        var byTitle = false;
        foreach (var title in Titles)
        {
            if (text.WordsAt(index, title))
            {
                agencyStart = index + title.Length;
                byTitle = true;
                break;
            }
        }

        foreach (var start in byTitle ? new[] { agencyStart, index } : [index])
        {
            if (start >= text.Tokens.Length || (requireCapital && !text.IsCapitalised(start)))
            {
                continue;
            }

            var candidate = MatchEntry(text, start) ?? MatchLocalCommittee(text, start) ?? MatchShape(text, start);
            if (candidate is not null && (best is null || candidate.EndToken > best.EndToken))
            {
                best = candidate with { FirstToken = index, ByTitle = start != index };
            }
        }

        return best;
    }

    /// <summary>What a catalogue entry stands for: the province's own unit when the names agree, else the
    /// catalogue's agency (with its successor resolved to a unit when it is one).</summary>
    private AgencyRef Reference(AgencyAlias alias)
    {
        if (UnitFor(alias.Name) is { } own)
        {
            return new AgencyRef(own.Name, AgencyStatus.ProvinceUnit, own.Code);
        }

        return alias.Kind == AgencyAliasKind.Former
            ? new AgencyRef(alias.Name, AgencyStatus.Former, null, alias.Successor, alias.Successor is null ? null : UnitFor(alias.Successor)?.Code)
            : new AgencyRef(alias.Name, AgencyStatus.Known);
    }

    /// <summary>The province unit whose name has the same key as <paramref name="name"/>, ignoring a final
    /// "tỉnh" / "thành phố".</summary>
    private KnownUnit? UnitFor(string name) =>
        _unitsByBaseKey.GetValueOrDefault(string.Join(' ', WithoutDesignator(Canonical(KeyWords(name))).Words));

    private void Add(string[] key, AgencyRef reference, bool overwrite)
    {
        var (words, designator) = WithoutDesignator(key);
        if (words.Length == 0)
        {
            return;
        }

        // A short generic base ("thanh tra", "cong an", "ubnd") names the province's body only with its
        // designator: "Thanh tra tỉnh", never a bare "Thanh tra".
        var required = designator && words.Length <= 3;
        if (!_index.TryGetValue(words[0], out var list))
        {
            list = [];
            _index[words[0]] = list;
        }

        var existing = list.FindIndex(e => e.Words.SequenceEqual(words, StringComparer.Ordinal) && e.DesignatorRequired == required);
        if (existing >= 0)
        {
            if (overwrite)
            {
                list[existing] = new Entry(words, required, reference);
            }

            return;
        }

        list.Add(new Entry(words, required, reference));
    }

    private AgencyMatch? MatchEntry(DirectiveText text, int start)
    {
        if (!Canonical(text, start, out var first, out _) || !_index.TryGetValue(first, out var entries))
        {
            return null;
        }

        foreach (var entry in entries)
        {
            var j = start;
            var ok = true;
            for (var k = 0; k < entry.Words.Length; k++)
            {
                if (j >= text.Tokens.Length || (k > 0 && !text.SoftGapBefore(j)) || !Canonical(text, j, out var word, out var next)
                    || !string.Equals(word, entry.Words[k], StringComparison.Ordinal))
                {
                    ok = false;
                    break;
                }

                j = next;
            }

            if (!ok)
            {
                continue;
            }

            var allowPlace = entry.Words is not ["ubnd"] and not ["hdnd"];
            var end = Designator(text, j, allowPlace);
            if (end == j && entry.DesignatorRequired)
            {
                continue;
            }

            return new AgencyMatch(start, end, entry.Reference, false, false);
        }

        return null;
    }

    /// <summary>"UBND xã Vị Thủy", "Ủy ban nhân dân huyện Châu Thành A": a local People's Committee, matched
    /// to the commune's unit when the province has it.</summary>
    private AgencyMatch? MatchLocalCommittee(DirectiveText text, int start)
    {
        if (!Canonical(text, start, out var first, out var j) || first != "ubnd")
        {
            return null;
        }

        foreach (var level in LocalLevels)
        {
            if (!text.WordsAt(j, level) || !text.BlankGapBefore(j))
            {
                continue;
            }

            var nameStart = j + level.Length;
            var end = nameStart;
            while (end < text.Tokens.Length && end - nameStart < 5 && text.BlankGapBefore(end)
                   && (text.IsCapitalised(end) || char.IsDigit(text.Tokens[end].Folded[0])))
            {
                end++;
            }

            if (end == nameStart)
            {
                return null;
            }

            var key = string.Join(' ', text.Tokens[j..end].Select(t => t.Folded));
            if (_unitsByKey.TryGetValue(key, out var unit))
            {
                return new AgencyMatch(start, end, new AgencyRef(unit.Name, AgencyStatus.ProvinceUnit, unit.Code), false, false);
            }

            var written = VietnameseText.NormalizeRequired(text.Source[text.Tokens[start].Start..text.Tokens[end - 1].End]);
            return new AgencyMatch(start, end, new AgencyRef(written, AgencyStatus.Unlisted), false, true);
        }

        return null;
    }

    /// <summary>Last resort: "Sở Ngoại vụ", "Trung tâm Xúc tiến đầu tư" — an organisation word, a capitalised
    /// word, then a few more words up to a verb, a preposition or punctuation.</summary>
    private static AgencyMatch? MatchShape(DirectiveText text, int start)
    {
        var prefix = text.Tokens[start].Folded;
        if (!ShapePrefixes.Contains(prefix))
        {
            return null;
        }

        var j = start + 1;
        // Two-word organisation words: "Trung tâm", "Chi cục", "Văn phòng", "Ngân hàng", "Kho bạc", "Ủy ban".
        if (prefix is "trung" or "chi" or "van" or "ngan" or "kho" or "uy" or "lien" or "cong" or "tong" or "benh" or "dang")
        {
            if (j >= text.Tokens.Length || !text.BlankGapBefore(j))
            {
                return null;
            }

            j++;
        }

        if (j >= text.Tokens.Length || !text.BlankGapBefore(j) || !text.IsCapitalised(j))
        {
            return null;
        }

        var end = j + 1;
        while (end < text.Tokens.Length && end - start < 9 && text.BlankGapBefore(end))
        {
            var word = text.Tokens[end].Folded;
            if (word == "va" && end + 1 < text.Tokens.Length && text.IsCapitalised(end + 1))
            {
                end += 2;
                continue;
            }

            if (NameStopWords.Contains(word) || word == "va" || char.IsDigit(word[0]))
            {
                break;
            }

            end++;
        }

        end = Designator(text, end, allowPlace: true);
        var written = VietnameseText.NormalizeRequired(text.Source[text.Tokens[start].Start..text.Tokens[end - 1].End]);
        return new AgencyMatch(start, end, new AgencyRef(written, AgencyStatus.Unlisted), false, true);
    }

    /// <summary>Consumes "tỉnh", "thành phố" or "TP" after a name, with a place name after it ("tỉnh Hậu
    /// Giang"); returns the index after what it consumed (<paramref name="index"/> when there is none).</summary>
    private static int Designator(DirectiveText text, int index, bool allowPlace)
    {
        if (index >= text.Tokens.Length || !text.BlankGapBefore(index))
        {
            return index;
        }

        int end;
        if (text.WordsAt(index, "tinh") || text.WordsAt(index, "tp"))
        {
            end = index + 1;
        }
        else if (text.WordsAt(index, "thanh", "pho"))
        {
            end = index + 2;
        }
        else
        {
            return index;
        }

        var place = 0;
        while (allowPlace && end < text.Tokens.Length && place < 3 && text.BlankGapBefore(end) && text.IsCapitalised(end)
               && !NameStopWords.Contains(text.Tokens[end].Folded))
        {
            end++;
            place++;
        }

        return end;
    }

    private static AgencyMatch? MatchGroup(DirectiveText text, int index)
    {
        var start = text.Tokens[index].Start;
        AgencyMatch? best = null;
        foreach (var (pattern, groups) in GroupPatterns)
        {
            // A bounded window: a group is a short phrase, and an unbounded search would scan the whole text.
            var match = pattern.Match(text.Folded, start, Math.Min(GroupWindow, text.Folded.Length - start));
            if (!match.Success || (best is not null && text.FirstTokenAt(match.Index + match.Length) <= best.EndToken))
            {
                continue;
            }

            var kinds = groups;
            if (kinds == AgencyGroups.None)
            {
                kinds = match.Groups["lq"].Success ? AgencyGroups.Related : AgencyGroups.ProvincialAgencies;
            }
            else if (kinds == AgencyGroups.ProvincialAgencies && match.Groups["lq"].Success)
            {
                kinds |= AgencyGroups.Related;
            }

            var end = text.FirstTokenAt(match.Index + match.Length);
            best = new AgencyMatch(index, end, new AgencyRef(AgencyRef.GroupName(kinds), AgencyStatus.Group, Groups: kinds), false, false);
        }

        return best;
    }

    private const int GroupWindow = 240;
    private const string Title = @"(?:(?:pho\s+)?(?:giam\s+doc|thu\s+truong|truong|chu\s+tich|lanh\s+dao)\s+)";
    private const string Level = @"(?:\s+(?:cap\s+)?(?:tinh|thanh\s+pho)(?![a-z]))?";
    private const string Related = @"(?<lq>\s+(?:co\s+)?lien\s+quan)?";
    private const string Committee = @"(?:(?:pho\s+)?chu\s+tich\s+)?(?:ubnd|uy\s+ban\s+nhan\s+dan)\s+";
    private const string District = @"(?:huyen|quan|thi\s+xa|thanh\s+pho|thi\s+tran)";
    private const string Commune = @"(?:xa|phuong|thi\s+tran|dac\s+khu)";

    private static readonly (Regex Pattern, AgencyGroups Groups)[] GroupPatterns =
    [
        // "Giám đốc Sở, Thủ trưởng các cơ quan, ban, ngành tỉnh", "các sở, ban, ngành tỉnh", "Giám đốc các sở, Trưởng các ban, ngành cấp tỉnh"
        (new Regex(@"\G" + Title + @"?(?:cac\s+)?so\s*,?\s*(?:va\s+)?" + Title + @"?(?:cac\s+)?(?:co\s+quan\s*,\s*)?ban\s*,?\s*nganh(?![a-z])" + Level + Related, RegexOptions.CultureInvariant), AgencyGroups.ProvincialAgencies),
        // "các sở, ngành", "các sở, ngành tỉnh"
        (new Regex(@"\G(?:cac\s+)so\s*,\s*nganh(?![a-z])" + Level + Related, RegexOptions.CultureInvariant), AgencyGroups.ProvincialAgencies),
        // "Thủ trưởng các cơ quan, ban, ngành tỉnh"; "các cơ quan, đơn vị (có) liên quan"
        (new Regex(@"\G" + Title + @"?cac\s+co\s+quan\s*,\s*ban\s*,?\s*nganh(?![a-z])" + Level + Related, RegexOptions.CultureInvariant), AgencyGroups.ProvincialAgencies),
        (new Regex(@"\G" + Title + @"?cac\s+co\s+quan\s+chuyen\s+mon(?:\s+(?:truc\s+)?thuoc\s+(?:ubnd|uy\s+ban\s+nhan\s+dan)" + Level + ")?" + Related, RegexOptions.CultureInvariant), AgencyGroups.ProvincialAgencies),
        (new Regex(@"\G(?:cac|nhung)\s+(?:co\s+quan|don\s+vi|nganh)(?:\s*,\s*(?:co\s+quan|don\s+vi|to\s+chuc|dia\s+phuong))*(?:\s+(?:co\s+)?lien\s+quan)(?<lq>)", RegexOptions.CultureInvariant), AgencyGroups.Related),
        (new Regex(@"\Gcac\s+co\s+quan\s*,\s*don\s+vi(?![a-z])(?<lq>)", RegexOptions.CultureInvariant), AgencyGroups.Related),
        // "Chủ tịch UBND (các) huyện, thị xã, thành phố", "UBND cấp huyện", "UBND các huyện"
        (new Regex(@"\G" + Committee + @"(?:cac\s+)?(?:" + District + @"(?:\s*,\s*(?:va\s+)?" + District + @")+(?![a-z])|cap\s+huyen)", RegexOptions.CultureInvariant), AgencyGroups.Districts),
        (new Regex(@"\G" + Committee + @"cac\s+" + District + @"(?![a-z])", RegexOptions.CultureInvariant), AgencyGroups.Districts),
        (new Regex(@"\Gcac\s+" + District + @"(?:\s*,\s*(?:va\s+)?" + District + @")+(?![a-z])", RegexOptions.CultureInvariant), AgencyGroups.Districts),
        // "UBND các xã, phường", "UBND cấp xã"
        (new Regex(@"\G" + Committee + @"(?:cac\s+)?(?:" + Commune + @"(?:\s*,\s*(?:va\s+)?" + Commune + @")+(?![a-z])|cap\s+xa)", RegexOptions.CultureInvariant), AgencyGroups.Communes),
        (new Regex(@"\G" + Committee + @"cac\s+" + Commune + @"(?![a-z])", RegexOptions.CultureInvariant), AgencyGroups.Communes),
        (new Regex(@"\Gcac\s+dia\s+phuong(?![a-z])", RegexOptions.CultureInvariant), AgencyGroups.Localities),
    ];

    private sealed record Entry(string[] Words, bool DesignatorRequired, AgencyRef Reference);

    /// <summary>The words of a name, folded (no marks, lower case), "&amp;" kept as a word.</summary>
    internal static string[] KeyWords(string name)
    {
        var text = new DirectiveText(VietnameseText.NormalizeRequired(name), []);
        return [.. text.Tokens.Select(t => t.Folded)];
    }

    /// <summary>One spelling for names written several ways: "Ủy ban nhân dân" → "ubnd", "Hội đồng nhân
    /// dân" → "hdnd", "&amp;" → "va".</summary>
    internal static string[] Canonical(string[] words)
    {
        var result = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            if (i + 3 < words.Length && words[i + 2] == "nhan" && words[i + 3] == "dan" && ((words[i] == "uy" && words[i + 1] == "ban") || (words[i] == "hoi" && words[i + 1] == "dong")))
            {
                result.Add(words[i] == "uy" ? "ubnd" : "hdnd");
                i += 3;
            }
            else
            {
                result.Add(words[i] == "&" ? "va" : words[i]);
            }
        }

        return [.. result];
    }

    private static bool Canonical(DirectiveText text, int index, out string word, out int next)
    {
        if (text.WordsAt(index, "uy", "ban", "nhan", "dan"))
        {
            (word, next) = ("ubnd", index + 4);
        }
        else if (text.WordsAt(index, "hoi", "dong", "nhan", "dan"))
        {
            (word, next) = ("hdnd", index + 4);
        }
        else
        {
            var folded = text.Tokens[index].Folded;
            (word, next) = (folded == "&" ? "va" : folded, index + 1);
        }

        return true;
    }

    private static (string[] Words, bool Designator) WithoutDesignator(string[] key)
    {
        if (key.Length >= 2 && key[^1] == "tinh")
        {
            return (key[..^1], true);
        }

        if (key.Length >= 3 && key[^2] == "thanh" && key[^1] == "pho")
        {
            return (key[..^2], true);
        }

        return (key, false);
    }
}
