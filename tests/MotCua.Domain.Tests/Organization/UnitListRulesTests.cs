using MotCua.Domain.Organization;

namespace MotCua.Domain.Tests.Organization;

public sealed class UnitListRulesTests
{
    private static readonly IReadOnlyDictionary<string, UnitKind> Existing = new Dictionary<string, UnitKind>
    {
        ["92"] = UnitKind.Province,
        ["31135"] = UnitKind.Commune,
    };

    [Fact]
    public void Validate_GoodList_HasNoProblems()
    {
        UnitRecord[] records =
        [
            new(1, "92.A", "Sở A", "department", "92"),
            new(2, "92.C", "Trung tâm", "centre", "92"),
            new(3, "92.C2", "Trung tâm xã", "centre", "31135"),
            new(4, "HX", "Tỉnh mới", "province", null),
            new(5, "HX.1", "Sở của tỉnh mới", "department", "HX"),
        ];
        Assert.Empty(UnitListRules.Validate(records, Existing));
    }

    [Fact]
    public void Validate_UnknownParent_NamesTheRecord()
    {
        var problem = Assert.Single(UnitListRules.Validate([new UnitRecord(3, "X", "Sở X", "department", "ZZ")], Existing));
        Assert.Equal(3, problem.Number);
        Assert.Equal("X", problem.Key);
        Assert.Contains("ZZ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DuplicateCode_NamesBothRecords()
    {
        var problem = Assert.Single(UnitListRules.Validate(
            [new UnitRecord(1, "X", "Sở X", "department", "92"), new UnitRecord(2, "X", "Sở Y", "department", "92")], Existing));
        Assert.Equal(2, problem.Number);
        Assert.Contains("bản ghi 1", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("district")]
    [InlineData("")]
    [InlineData(null)]
    public void Validate_BadKind_IsAProblem(string? kind)
    {
        var problem = Assert.Single(UnitListRules.Validate([new UnitRecord(1, "X", "Sở X", kind, "92")], Existing));
        Assert.Contains("loại đơn vị", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingCodeOrName_IsAProblem()
    {
        var problems = UnitListRules.Validate([new UnitRecord(1, null, "Sở X", "department", "92"), new UnitRecord(2, "Y", " ", "department", "92")], Existing);
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Number == 1 && p.Message.Contains("thiếu mã", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Number == 2 && p.Message.Contains("thiếu tên", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("department", "31135")]
    [InlineData("commune", "31135")]
    [InlineData("province", "92")]
    public void Validate_WrongParentKind_IsAProblem(string kind, string parent) =>
        Assert.Single(UnitListRules.Validate([new UnitRecord(1, "X", "Đơn vị X", kind, parent)], Existing));

    [Fact]
    public void Validate_DepartmentWithoutParent_IsAProblem() =>
        Assert.Single(UnitListRules.Validate([new UnitRecord(1, "X", "Sở X", "department", null)], Existing));

    [Fact]
    public void Validate_Cycle_IsAProblem()
    {
        var problems = UnitListRules.Validate(
            [new UnitRecord(1, "A", "Trung tâm A", "centre", "B"), new UnitRecord(2, "B", "Trung tâm B", "centre", "A")], Existing);
        Assert.Contains(problems, p => p.Message.Contains("vòng lặp", StringComparison.Ordinal));
    }

    [Fact]
    public void ImportProblem_ToString_NamesRecordAndCode()
    {
        Assert.Equal("Bản ghi 3 (mã \"X\"): lỗi.", new ImportProblem(3, "X", "lỗi.").ToString());
        Assert.Equal("Tệp: lỗi.", new ImportProblem(0, null, "lỗi.").ToString());
    }
}
