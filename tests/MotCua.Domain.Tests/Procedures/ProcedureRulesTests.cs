using MotCua.Domain.Calendar;
using MotCua.Domain.Organization;
using MotCua.Domain.Procedures;
using NodaTime;

namespace MotCua.Domain.Tests.Procedures;

public sealed class ProcedureRulesTests
{
    private static readonly Dictionary<string, UnitKind> Units = new(StringComparer.Ordinal)
    {
        ["92"] = UnitKind.Province,
        ["92.STP"] = UnitKind.Department,
        ["92.SXD"] = UnitKind.Department,
        ["92.TTPVHCC"] = UnitKind.Centre,
        ["31135"] = UnitKind.Commune,
    };

    internal static ProcedureContent Birth() => new()
    {
        Code = "1.001193",
        Name = "Đăng ký khai sinh",
        Field = "Hộ tịch",
        Level = ProcedureLevel.Commune,
        TargetGroup = TargetGroup.Citizen,
        Channels = SubmissionChannels.Counter | SubmissionChannels.Online,
        ProcessingTime = Deadline.WorkingDays(1),
        Fees = [new FeeSpec("Lệ phí đăng ký khai sinh", null, 0, "Miễn lệ phí khi đăng ký đúng hạn")],
        Components = [new ComponentSpec("TP1", "Tờ khai đăng ký khai sinh", 1, 0, true, "Mẫu tờ khai đăng ký khai sinh")],
        LegalBasis = [new LegalBasisSpec("60/2014/QH13", "Luật Hộ tịch", new LocalDate(2016, 1, 1))],
        IssuesResultDocument = true,
        OnlineLevel = OnlineLevel.Full,
        FullOnlineEligible = true,
        Steps =
        [
            new StepSpec(1, "Tiếp nhận hồ sơ", null, Roles.OneStopOfficer, Deadline.WorkingHours(2)),
            new StepSpec(2, "Thẩm định, ghi sổ hộ tịch", null, Roles.Specialist, Deadline.WorkingHours(4)),
            new StepSpec(3, "Ký giấy khai sinh", null, Roles.UnitLeader, Deadline.WorkingHours(2)),
        ],
        Publication = new PublicationSpec("1234/QĐ-UBND", new LocalDate(2025, 6, 30), new LocalDate(2025, 7, 1), new LocalDate(2025, 7, 3)),
    };

    [Fact]
    public void Validate_CompleteProcedure_HasNoProblem() =>
        Assert.Empty(ProcedureRules.Validate(Birth(), Units));

    [Fact]
    public void Validate_NegativeFee_IsAProblem()
    {
        var content = Birth() with { Fees = [new FeeSpec("Lệ phí", null, -8000, null)] };
        Assert.Contains(ProcedureRules.Validate(content, Units), p => p.Contains("số tiền âm", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SharesShortOfTheWhole_SaysBothTotals()
    {
        var content = Birth() with { Steps = [new StepSpec(1, "Giải quyết", null, Roles.Specialist, Deadline.WorkingHours(6))] };
        var problem = Assert.Single(ProcedureRules.Validate(content, Units));
        Assert.Contains("6 giờ làm việc", problem, StringComparison.Ordinal);
        Assert.Contains("1 ngày làm việc", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ParallelConsultation_CountsTheLongestStepOnce()
    {
        var content = Birth() with
        {
            Level = ProcedureLevel.Province,
            AgencyCode = "92.SXD",
            ProcessingTime = Deadline.WorkingDays(5),
            Steps =
            [
                new StepSpec(1, "Tiếp nhận", "92.TTPVHCC", Roles.OneStopOfficer, Deadline.WorkingHours(4)),
                new StepSpec(2, "Lấy ý kiến Sở Tư pháp", "92.STP", null, Deadline.WorkingDays(2)),
                new StepSpec(2, "Thẩm định hồ sơ", null, Roles.Specialist, Deadline.WorkingDays(3)),
                new StepSpec(3, "Phê duyệt", null, Roles.UnitLeader, Deadline.WorkingHours(12)),
            ],
        };
        Assert.Empty(ProcedureRules.Validate(content, Units));
    }

    [Fact]
    public void Validate_StepWithoutPerformer_IsAProblem()
    {
        var content = Birth() with { Steps = [new StepSpec(1, "Giải quyết", null, null, Deadline.WorkingDays(1))] };
        Assert.Contains(ProcedureRules.Validate(content, Units), p => p.Contains("chưa có người thực hiện", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_CalendarDaySharesForWorkingDayTime_IsAProblem()
    {
        var content = Birth() with { Steps = [new StepSpec(1, "Giải quyết", null, Roles.Specialist, Deadline.CalendarDays(1))] };
        Assert.Contains(ProcedureRules.Validate(content, Units), p => p.Contains("ngày làm việc hoặc giờ làm việc", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ProcedureLevel.Province, null, "phải có cơ quan thực hiện")]
    [InlineData(ProcedureLevel.Province, "31135", "là xã, phường")]
    [InlineData(ProcedureLevel.Commune, "92.STP", "không phải xã, phường")]
    [InlineData(ProcedureLevel.Province, "92.NOPE", "không có trong danh sách đơn vị")]
    public void Validate_WrongAgencyForLevel_IsAProblem(ProcedureLevel level, string? agency, string expected)
    {
        var content = Birth() with { Level = level, AgencyCode = agency, Steps = [new StepSpec(1, "Giải quyết", null, Roles.Specialist, Deadline.WorkingDays(1))] };
        Assert.Contains(ProcedureRules.Validate(content, Units), p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_UnknownRoleAndUnit_AreProblems()
    {
        var content = Birth() with { Steps = [new StepSpec(1, "Giải quyết", "92.NOPE", "citizen", Deadline.WorkingDays(1))] };
        var problems = ProcedureRules.Validate(content, Units);
        Assert.Contains(problems, p => p.Contains("\"92.NOPE\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("vai trò \"citizen\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_OnlineLevelWithoutOnlineChannel_IsAProblem()
    {
        var content = Birth() with { Channels = SubmissionChannels.Counter };
        Assert.Contains(ProcedureRules.Validate(content, Units), p => p.Contains("\"online\"", StringComparison.Ordinal));
    }

    [Fact]
    public void DefaultSteps_CommuneProcedure_IsOneSpecialistStepTakingTheWholeTime()
    {
        var steps = ProcedureRules.DefaultSteps(ProcedureLevel.Commune, null, Deadline.WorkingDays(3));
        var step = Assert.Single(steps);
        Assert.Equal((null, Roles.Specialist, Deadline.WorkingDays(3)), (step.UnitCode, step.Role, step.Share));
        Assert.Null(ProcedureRules.CheckShares(Deadline.WorkingDays(3), steps));
    }

    [Fact]
    public void DefaultSteps_ProvinceProcedure_IsPerformedByTheAgency() =>
        Assert.Equal("92.STP", Assert.Single(ProcedureRules.DefaultSteps(ProcedureLevel.Province, "92.STP", Deadline.WorkingDays(3))).UnitCode);

    [Fact]
    public void MissingParts_NoFeesNoLegalBasis_AreListed()
    {
        var content = Birth() with { Fees = [], LegalBasis = [] };
        Assert.Equal(["phí, lệ phí", "căn cứ pháp lý"], ProcedureRules.MissingParts(content));
        Assert.Empty(ProcedureRules.MissingParts(Birth()));
    }

    [Fact]
    public void NewestLegalBasisDate_IsTheLatestDate()
    {
        var content = Birth() with
        {
            LegalBasis = [new("60/2014/QH13", null, new LocalDate(2016, 1, 1)), new("123/2015/NĐ-CP", null, null), new("04/2020/TT-BTP", null, new LocalDate(2020, 7, 16))],
        };
        Assert.Equal(new LocalDate(2020, 7, 16), ProcedureRules.NewestLegalBasisDate(content));
        Assert.Null(ProcedureRules.NewestLegalBasisDate(content with { LegalBasis = [] }));
    }

    [Fact]
    public void AssignEffectiveTo_ChainsVersionsAndSkipsASameDayPredecessor()
    {
        ProcedureVersion V(int number, LocalDate from) => ProcedureRules.ToVersion(
            Birth() with { Publication = Birth().Publication with { Date = from, EffectiveFrom = from } }, _ => 1) is var v ? Number(v, number) : null!;
        var first = V(1, new LocalDate(2025, 1, 1));
        var second = V(2, new LocalDate(2025, 7, 1));
        var third = V(3, new LocalDate(2025, 7, 1));
        ProcedureRules.AssignEffectiveTo([third, first, second]);
        Assert.Equal(new LocalDate(2025, 6, 30), first.EffectiveTo);
        Assert.False(second.IsInForceOn(new LocalDate(2025, 7, 1)));
        Assert.True(third.IsInForceOn(new LocalDate(2025, 7, 1)));
        Assert.True(first.IsInForceOn(new LocalDate(2025, 6, 30)));
        Assert.Null(third.EffectiveTo);

        static ProcedureVersion Number(ProcedureVersion version, int number)
        {
            version.Number = number;
            return version;
        }
    }

    [Fact]
    public void CheckNewVersionStart_BeforeNewestVersion_IsRefused()
    {
        var existing = ProcedureRules.ToVersion(Birth(), _ => 1);
        existing.Number = 1;
        Assert.NotNull(ProcedureRules.CheckNewVersionStart(new LocalDate(2025, 6, 1), [existing]));
        Assert.Null(ProcedureRules.CheckNewVersionStart(new LocalDate(2025, 7, 1), [existing]));
    }

    [Fact]
    public void ToVersionAndBack_KeepsEveryFact()
    {
        var content = Birth() with { Cases = ["Trẻ em sinh tại cơ sở y tế"], OnlineProcessingTime = Deadline.WorkingHours(4), ResultName = "Giấy khai sinh" };
        var version = ProcedureRules.ToVersion(content, code => code == "92.STP" ? 7 : throw new InvalidOperationException(code));
        var back = ProcedureRules.ToContent(content.Code, version, id => id == 7 ? "92.STP" : throw new InvalidOperationException());
        Assert.True(ProcedureDiff.AreSame(content, back), string.Join("; ", ProcedureDiff.Compare(content, back)));
        Assert.Equal("dang ky khai sinh", version.NameKey);
    }

    [Fact]
    public void Money_IsVietnameseFormat()
    {
        Assert.Equal("8.000 đồng", ProcedureText.Money(8000));
        Assert.Equal("1.500.000 đồng", ProcedureText.Money(1_500_000));
        Assert.Equal("Miễn phí", ProcedureText.Money(0));
    }
}
