using MotCua.Domain.Reform;

namespace MotCua.Domain.Tests.Reform;

/// <summary>Every deadline form the issue lists, in directives written for the test.</summary>
public sealed class DeadlineFormsTests
{
    [Theory]
    [InlineData("1. Giao Sở Nội vụ rà soát quy chế, hoàn thành trước ngày 10/11/2024.", "2024-11-10", DeadlineKind.Date, ExtractionRule.DeadlineBeforeDate, "trước ngày 10/11/2024")]
    [InlineData("1. Giao Sở Nội vụ rà soát quy chế trước 10-11-2024.", "2024-11-10", DeadlineKind.Date, ExtractionRule.DeadlineBeforeDate, "trước 10-11-2024")]
    [InlineData("1. Giao Sở Nội vụ báo cáo chậm nhất ngày 15/12/2024.", "2024-12-15", DeadlineKind.Date, ExtractionRule.DeadlineNoLaterThan, "chậm nhất ngày 15/12/2024")]
    [InlineData("1. Giao Sở Nội vụ báo cáo CHẬM NHẤT NGÀY 15 THÁNG 12 NĂM 2024.", "2024-12-15", DeadlineKind.Date, ExtractionRule.DeadlineNoLaterThan, "CHẬM NHẤT NGÀY 15 THÁNG 12 NĂM 2024")]
    [InlineData("1. Giao Sở Nội vụ tổ chức hội nghị, hoàn thành trong tháng 12/2024.", "2024-12-31", DeadlineKind.EndOfMonth, ExtractionRule.DeadlineWithinMonth, "hoàn thành trong tháng 12/2024")]
    [InlineData("1. Giao Sở Nội vụ tổ chức hội nghị trong tháng 2 năm 2024.", "2024-02-29", DeadlineKind.EndOfMonth, ExtractionRule.DeadlineWithinMonth, "trong tháng 2 năm 2024")]
    [InlineData("1. Giao Sở Nội vụ tổ chức hội nghị trong quý IV/2024.", "2024-12-31", DeadlineKind.EndOfQuarter, ExtractionRule.DeadlineWithinQuarter, "trong quý IV/2024")]
    [InlineData("1. Giao Sở Nội vụ tổng kết, hoàn thành trong quý 2 năm 2025.", "2025-06-30", DeadlineKind.EndOfQuarter, ExtractionRule.DeadlineWithinQuarter, "hoàn thành trong quý 2 năm 2025")]
    [InlineData("1. Giao Sở Nội vụ xây dựng đề án. Thời gian hoàn thành: tháng 3 năm 2025.", "2025-03-31", DeadlineKind.EndOfMonth, ExtractionRule.DeadlineStated, "Thời gian hoàn thành: tháng 3 năm 2025")]
    [InlineData("1. Giao Sở Nội vụ xây dựng đề án (thời hạn: 30/6/2025).", "2025-06-30", DeadlineKind.Date, ExtractionRule.DeadlineStated, "thời hạn: 30/6/2025")]
    [InlineData("1. Giao Sở Nội vụ sửa đổi quy chế, hoàn thành trong năm 2025.", "2025-12-31", DeadlineKind.EndOfYear, ExtractionRule.DeadlineWithinYear, "hoàn thành trong năm 2025")]
    [InlineData("1. Giao Sở Nội vụ sửa đổi quy chế, hoàn thành ngày 30/9/2025.", "2025-09-30", DeadlineKind.Date, ExtractionRule.DeadlineCompleteOn, "hoàn thành ngày 30/9/2025")]
    [InlineData("1. Giao So Noi vu bao cao truoc ngay 05/01/2025.", "2025-01-05", DeadlineKind.Date, ExtractionRule.DeadlineBeforeDate, "truoc ngay 05/01/2025")]
    public void Deadline_Form_IsReadWithItsWords(string text, string date, DeadlineKind kind, ExtractionRule rule, string words)
    {
        var result = ReformTestData.Extract(text);
        var deadline = Assert.Single(result.Proposals).Deadline!;
        Assert.Equal(date, deadline.Date.ToString("yyyy-MM-dd", null));
        Assert.Equal(kind, deadline.Kind);
        Assert.Equal(rule, deadline.Rule);
        Assert.Equal(words, deadline.Span.Of(result.Text));
    }

    [Theory]
    [InlineData("1. Sở Tài chính báo cáo tình hình giải ngân hằng tháng.", RecurrencePeriod.Monthly, null, null)]
    [InlineData("1. Giao Sở Tài chính báo cáo hàng tháng, trước ngày 25.", RecurrencePeriod.Monthly, 25, null)]
    [InlineData("1. Giao Sở Nội vụ tổng hợp, báo cáo định kỳ hằng quý.", RecurrencePeriod.Quarterly, null, null)]
    [InlineData("1. Giao Sở Nội vụ sơ kết, báo cáo trước ngày 15 tháng 12 hằng năm.", RecurrencePeriod.Yearly, 15, 12)]
    [InlineData("1. Giao Sở Nội vụ tổng hợp; hàng năm, báo cáo trước ngày 05/12.", RecurrencePeriod.Yearly, 5, 12)]
    public void Recurrence_Form_IsRead(string text, RecurrencePeriod period, int? day, int? month)
    {
        var proposal = ReformTestData.Single(text);
        Assert.Equal(new TaskRecurrence(period, day, month), proposal.Recurrence!.Recurrence);
        Assert.Equal(ExtractionRule.RecurrencePhrase, proposal.Recurrence.Rule);
        Assert.Null(proposal.Deadline);
    }

    [Fact]
    public void Deadline_StatedOnceForSubItems_AppliesToEach()
    {
        var result = ReformTestData.Extract("""
            2. Giao Sở Tài chính thực hiện các nhiệm vụ sau, hoàn thành trước ngày 15/12/2024:
            - Rà soát các khoản thu phí, lệ phí;
            - Tổng hợp dự toán kinh phí cải cách hành chính;
            - Hướng dẫn quyết toán kinh phí, hoàn thành trước ngày 31/01/2025.
            """);
        Assert.Equal(3, result.Proposals.Count);
        Assert.All(result.Proposals, p => Assert.Equal("Sở Tài chính", p.Lead!.Agency.Name));
        Assert.Equal(ExtractionRule.LeadFromParent, result.Proposals[0].Lead!.Rule);
        Assert.Equal("2024-12-15", result.Proposals[0].Deadline!.Date.ToString("yyyy-MM-dd", null));
        Assert.Equal(ExtractionRule.DeadlineFromParent, result.Proposals[1].Deadline!.Rule);
        Assert.Equal("trước ngày 15/12/2024", result.Proposals[1].Deadline!.Span.Of(result.Text));
        Assert.Equal("2025-01-31", result.Proposals[2].Deadline!.Date.ToString("yyyy-MM-dd", null));
        Assert.Equal(ExtractionRule.DeadlineBeforeDate, result.Proposals[2].Deadline!.Rule);
    }

    [Fact]
    public void Deadline_StatedAfterTheSubItems_AppliesToEach()
    {
        var result = ReformTestData.Extract("""
            3. Giao Sở Nội vụ chủ trì, phối hợp Sở Tư pháp:
            - Rà soát quy chế làm việc;
            - Đề xuất sửa đổi quy chế.
            Thời gian hoàn thành: tháng 3 năm 2025.
            4. Giao Sở Y tế báo cáo trước ngày 01/4/2025.
            """);
        Assert.Equal(3, result.Proposals.Count);
        Assert.All(result.Proposals.Take(2), p =>
        {
            Assert.Equal("2025-03-31", p.Deadline!.Date.ToString("yyyy-MM-dd", null));
            Assert.Equal(["Sở Tư pháp"], p.Coordinators.Select(c => c.Agency.Name));
            Assert.Equal(ExtractionRule.CoordinatorFromParent, p.Coordinators[0].Rule);
        });
        Assert.DoesNotContain("Thời gian hoàn thành", result.Proposals[1].Text, StringComparison.Ordinal);
        Assert.Equal("Sở Y tế", result.Proposals[2].Lead!.Agency.Name);
    }

    [Fact]
    public void Deadline_WithoutYear_TakesTheDirectivesYear()
    {
        var result = DirectiveExtractor.Extract("""
            ỦY BAN NHÂN DÂN TỈNH HẬU GIANG
            Hậu Giang, ngày 03 tháng 10 năm 2024
            1. Giao Sở Nội vụ báo cáo trước ngày 20/12.
            """, ReformTestData.Demo);
        Assert.Equal(2024, result.Year);
        var proposal = Assert.Single(result.Proposals);
        Assert.Equal("2024-12-20", proposal.Deadline!.Date.ToString("yyyy-MM-dd", null));
        Assert.Contains(proposal.Notes, n => n.Kind == NoteKind.YearAssumed && n.Argument == "2024");
    }

    [Fact]
    public void Deadline_SeveralInOneSentence_TakesTheLatestAndSaysSo()
    {
        var proposal = ReformTestData.Single("1. Giao Sở Nội vụ hoàn thành dự thảo trước ngày 10/12/2024 và trình ban hành trước ngày 25/12/2024.");
        Assert.Equal("2024-12-25", proposal.Deadline!.Date.ToString("yyyy-MM-dd", null));
        Assert.Contains(proposal.Notes, n => n.Kind == NoteKind.SeveralDeadlines);
    }

    [Fact]
    public void Deadline_ThatDoesNotExist_IsIgnoredWithANote()
    {
        var proposal = ReformTestData.Single("1. Giao Sở Nội vụ báo cáo trước ngày 31/02/2025.");
        Assert.Null(proposal.Deadline);
        Assert.Contains(proposal.Notes, n => n.Kind == NoteKind.InvalidDate);
    }

    [Fact]
    public void Date_CitedInTheText_IsNotADeadline()
    {
        var proposal = ReformTestData.Single("1. Giao Sở Nội vụ triển khai Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ.");
        Assert.Null(proposal.Deadline);
    }

    [Fact]
    public void Recurrence_NextOnOrAfter_FallsInTheRightPeriod()
    {
        var from = new NodaTime.LocalDate(2025, 1, 31);
        Assert.Equal(new NodaTime.LocalDate(2025, 2, 25), new TaskRecurrence(RecurrencePeriod.Monthly, 25).NextOnOrAfter(from));
        Assert.Equal(new NodaTime.LocalDate(2025, 1, 31), new TaskRecurrence(RecurrencePeriod.Monthly).NextOnOrAfter(from));
        Assert.Equal(new NodaTime.LocalDate(2025, 2, 28), new TaskRecurrence(RecurrencePeriod.Monthly, 31).NextOnOrAfter(new NodaTime.LocalDate(2025, 2, 1)));
        Assert.Equal(new NodaTime.LocalDate(2025, 3, 31), new TaskRecurrence(RecurrencePeriod.Quarterly).NextOnOrAfter(from));
        Assert.Equal(new NodaTime.LocalDate(2025, 12, 15), new TaskRecurrence(RecurrencePeriod.Yearly, 15, 12).NextOnOrAfter(from));
        Assert.Equal(new NodaTime.LocalDate(2026, 12, 15), new TaskRecurrence(RecurrencePeriod.Yearly, 15, 12).NextOnOrAfter(new NodaTime.LocalDate(2025, 12, 16)));
    }
}
