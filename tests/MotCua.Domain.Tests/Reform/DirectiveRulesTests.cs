using MotCua.Domain.Reform;
using NodaTime;

namespace MotCua.Domain.Tests.Reform;

public sealed class DirectiveRulesTests
{
    private static readonly LocalDate Today = new(2025, 12, 1);

    [Fact]
    public void Check_GoodDirective_IsCleaned()
    {
        var (directive, problems) = DirectiveRules.Check(
            new DirectiveInput("  1234/UBND-KSTT ", new LocalDate(2025, 11, 20), "Ủy ban nhân dân  thành phố", "V/v hoàn thành", DirectiveKind.OfficialLetter, "Dòng 1  \r\nDòng 2\n\n"),
            Today);
        Assert.Empty(problems);
        Assert.Equal(("1234/UBND-KSTT", "Ủy ban nhân dân thành phố", "Dòng 1\nDòng 2"), (directive!.Number, directive.Issuer, directive.Text));
    }

    [Theory]
    [InlineData(null, "Number", "Nhập số, ký hiệu")]
    [InlineData("UBND-KSTT", "Number", "phải có số")]
    public void Check_BadNumber_SaysWhy(string? number, string field, string message)
    {
        var (_, problems) = DirectiveRules.Check(new DirectiveInput(number, Today, "UBND", "Trích yếu", DirectiveKind.Plan, null), Today);
        var problem = Assert.Single(problems);
        Assert.Equal(field, problem.Field);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingEverything_NamesEveryField()
    {
        var (directive, problems) = DirectiveRules.Check(new DirectiveInput(null, Today.PlusDays(1), " ", null, (DirectiveKind)9, null), Today);
        Assert.Null(directive);
        Assert.Equal(["IssuedOn", "Issuer", "Kind", "Number", "Title"], problems.Select(p => p.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void KindName_EveryKind_IsVietnamese()
    {
        Assert.Equal(["Công văn", "Kế hoạch", "Thông báo kết luận", "Quyết định"], Enum.GetValues<DirectiveKind>().Select(DirectiveRules.KindName));
    }
}

public sealed class IndicatorCatalogTests
{
    [Fact]
    public void Index766_HasTheCodesMotCuaComputes()
    {
        Assert.Equal(
            ["1.1", "1.2", "1.3", "1.4", "2.1", "3.1", "3.5", "3.6", "3.7", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "5.1", "5.2", "5.3"],
            IndicatorCatalog.Index766.Select(i => i.Target.Code));
        Assert.Equal(8, IndicatorCatalog.ParIndexAreas.Count);
    }

    [Theory]
    [InlineData("766:2.1", IndicatorFamily.Index766, "2.1")]
    [InlineData("par:8", IndicatorFamily.ParIndex, "8")]
    [InlineData("PCI", IndicatorFamily.Pci, null)]
    [InlineData("", IndicatorFamily.None, null)]
    public void Parse_Key_RoundTrips(string key, IndicatorFamily family, string? code)
    {
        var target = TaskTarget.Parse(key)!;
        Assert.Equal(new TaskTarget(family, code), target);
        Assert.Equal(key.ToLowerInvariant(), target.Key);
    }

    [Theory]
    [InlineData("766:9.9")]
    [InlineData("par:9")]
    [InlineData("index")]
    public void Parse_UnknownKey_IsNull(string key) => Assert.Null(TaskTarget.Parse(key));
}

public sealed class TaskDeadlineTests
{
    [Fact]
    public void WithinMonth_FallsOnTheLastDay()
    {
        Assert.Equal(new LocalDate(2024, 2, 29), TaskDeadline.WithinMonth(2024, 2).Date);
        Assert.Equal("Trong tháng 02/2024", TaskDeadline.WithinMonth(2024, 2).Describe());
    }

    [Fact]
    public void Following_Recurring_IsTheNextOccurrence()
    {
        var yearly = TaskDeadline.Every(new TaskRecurrence(RecurrencePeriod.Yearly, 15, 12), new LocalDate(2025, 12, 15));
        Assert.Equal(new LocalDate(2026, 12, 15), yearly.Following()!.Date);
        Assert.Equal("Hằng năm (kỳ tới 15/12/2025)", yearly.Describe());
        Assert.Null(TaskDeadline.On(new LocalDate(2025, 12, 15)).Following());
    }

    [Fact]
    public void Describe_EveryKind()
    {
        Assert.Equal("Hạn 15/12/2025", TaskDeadline.On(new LocalDate(2025, 12, 15)).Describe());
        Assert.Equal("Không có thời hạn", TaskDeadline.None.Describe());
    }
}

public sealed class DirectiveHeaderTests
{
    [Fact]
    public void Read_HauGiangSampleDraft_FindsKindAndTitleButNoNumberOrDate()
    {
        var guess = DirectiveHeader.Read(ReformTestData.Sample("directive-haugiang-2024-cchc-tasks.txt"));
        Assert.Equal(DirectiveKind.OfficialLetter, guess.Kind);
        Assert.Equal("V/v khẩn trương hoàn thành các chỉ tiêu, nhiệm vụ năm 2024 về Cải cách hành chính", guess.Title);
        Assert.Null(guess.Number);
        Assert.Null(guess.IssuedOn);
    }

    [Fact]
    public void Read_SignedPlan_FindsEverything()
    {
        var guess = DirectiveHeader.Read("""
            ỦY BAN NHÂN DÂN
            THÀNH PHỐ CẦN THƠ
            Số: 215/KH-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Cần Thơ, ngày 05 tháng 3 năm 2025
            KẾ HOẠCH
            Cải cách hành chính năm 2025
            Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;
            I. MỤC ĐÍCH
            """);
        Assert.Equal(new DirectiveHeaderGuess("215/KH-UBND", new NodaTime.LocalDate(2025, 3, 5), DirectiveKind.Plan, "Cải cách hành chính năm 2025"), guess);
    }

    [Fact]
    public void Read_NoHeader_GuessesNothing()
    {
        Assert.Equal(new DirectiveHeaderGuess(null, null, null, null), DirectiveHeader.Read("1. Giao Sở Nội vụ rà soát, hoàn thành trong tháng 12/2024."));
    }
}
