using MotCua.Domain.Text;

namespace MotCua.Domain.Organization;

/// <summary>One record of a unit list being imported, as read (fields may be missing or wrong).</summary>
public sealed record UnitRecord(int Number, string? Code, string? Name, string? Kind, string? ParentCode);

/// <summary>A problem with one record of an import, in Vietnamese, naming the record.</summary>
public sealed record ImportProblem(int Number, string? Key, string Message)
{
    /// <summary>"Bản ghi 3 (mã "X"): …"; a problem with the whole file (number 0) reads "Tệp: …".</summary>
    public override string ToString() => (Number, Key) switch
    {
        (0, _) => $"Tệp: {Message}",
        (_, null) => $"Bản ghi {Number}: {Message}",
        _ => $"Bản ghi {Number} (mã \"{Key}\"): {Message}",
    };
}

/// <summary>
/// The rules a unit list must satisfy before any of it is imported: every record has a code, a name and
/// a known kind; codes are unique in the file; a parent is an existing unit or another record of the file;
/// the tree of the two-tier government holds (a province has no parent, departments and communes hang
/// under a province, a service centre under a province or a commune); no record is its own ancestor.
/// </summary>
public static class UnitListRules
{
    public static IReadOnlyList<ImportProblem> Validate(
        IReadOnlyList<UnitRecord> records,
        IReadOnlyDictionary<string, UnitKind> existingUnits)
    {
        var problems = new List<ImportProblem>();
        var inFile = new Dictionary<string, UnitRecord>(StringComparer.Ordinal);
        var kinds = new Dictionary<string, UnitKind>(StringComparer.Ordinal);

        foreach (var record in records)
        {
            var code = VietnameseText.Normalize(record.Code);
            if (string.IsNullOrEmpty(code))
            {
                problems.Add(new ImportProblem(record.Number, null, "thiếu mã đơn vị (code)."));
                continue;
            }

            if (code.Length > 32)
            {
                problems.Add(new ImportProblem(record.Number, code, "mã đơn vị dài quá 32 ký tự."));
            }

            if (!inFile.TryAdd(code, record))
            {
                problems.Add(new ImportProblem(record.Number, code,
                    $"mã đơn vị trùng với bản ghi {inFile[code].Number} trong cùng tệp."));
            }

            if (string.IsNullOrEmpty(VietnameseText.Normalize(record.Name)))
            {
                problems.Add(new ImportProblem(record.Number, code, "thiếu tên đơn vị (name)."));
            }

            var kind = ParseKind(record.Kind);
            if (kind is null)
            {
                problems.Add(new ImportProblem(record.Number, code,
                    $"loại đơn vị \"{record.Kind}\" không hợp lệ; chỉ nhận province, department, centre, commune."));
            }
            else
            {
                kinds.TryAdd(code, kind.Value);
            }
        }

        foreach (var record in records)
        {
            var code = VietnameseText.Normalize(record.Code);
            if (string.IsNullOrEmpty(code) || !kinds.TryGetValue(code, out var kind))
            {
                continue;
            }

            var parentCode = VietnameseText.Normalize(record.ParentCode);
            if (string.IsNullOrEmpty(parentCode))
            {
                if (kind != UnitKind.Province)
                {
                    problems.Add(new ImportProblem(record.Number, code, "thiếu đơn vị cha (parentCode); chỉ cấp tỉnh không có đơn vị cha."));
                }

                continue;
            }

            UnitKind parentKind;
            if (kinds.TryGetValue(parentCode, out var fileKind))
            {
                parentKind = fileKind;
            }
            else if (existingUnits.TryGetValue(parentCode, out var existingKind))
            {
                parentKind = existingKind;
            }
            else
            {
                problems.Add(new ImportProblem(record.Number, code, $"đơn vị cha \"{parentCode}\" không có trong hệ thống cũng như trong tệp."));
                continue;
            }

            if (!IsAllowedParent(kind, parentKind))
            {
                problems.Add(new ImportProblem(record.Number, code,
                    $"đơn vị loại {Describe(kind)} không thể trực thuộc đơn vị loại {Describe(parentKind)} \"{parentCode}\"."));
            }

            if (HasCycle(code, inFile))
            {
                problems.Add(new ImportProblem(record.Number, code, "đơn vị là cấp trên của chính nó (vòng lặp đơn vị cha)."));
            }
        }

        return problems;
    }

    /// <summary>Parses a kind as written in import files.</summary>
    public static UnitKind? ParseKind(string? kind) => kind?.Trim().ToLowerInvariant() switch
    {
        "province" => UnitKind.Province,
        "department" => UnitKind.Department,
        "centre" or "center" => UnitKind.Centre,
        "commune" => UnitKind.Commune,
        _ => null,
    };

    /// <summary>The kind as written in import files.</summary>
    public static string Format(UnitKind kind) => kind switch
    {
        UnitKind.Province => "province",
        UnitKind.Department => "department",
        UnitKind.Centre => "centre",
        UnitKind.Commune => "commune",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The kind in Vietnamese.</summary>
    public static string Describe(UnitKind kind) => kind switch
    {
        UnitKind.Province => "tỉnh/thành phố",
        UnitKind.Department => "sở, ban, ngành",
        UnitKind.Centre => "trung tâm phục vụ hành chính công",
        UnitKind.Commune => "xã/phường/đặc khu",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool IsAllowedParent(UnitKind child, UnitKind parent) => child switch
    {
        UnitKind.Province => false,
        UnitKind.Department => parent == UnitKind.Province,
        UnitKind.Commune => parent == UnitKind.Province,
        UnitKind.Centre => parent is UnitKind.Province or UnitKind.Commune,
        _ => false,
    };

    private static bool HasCycle(string start, Dictionary<string, UnitRecord> inFile)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var current = start;
        while (inFile.TryGetValue(current, out var record))
        {
            var parent = VietnameseText.Normalize(record.ParentCode);
            if (string.IsNullOrEmpty(parent))
            {
                return false;
            }

            if (!seen.Add(parent))
            {
                return parent == start;
            }

            current = parent;
        }

        return false;
    }
}
