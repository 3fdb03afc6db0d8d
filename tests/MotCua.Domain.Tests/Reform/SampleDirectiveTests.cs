using MotCua.Domain.Reform;
using NodaTime;

namespace MotCua.Domain.Tests.Reform;

/// <summary>The three public documents of ../shared/samples, with the tasks a person reads in them (checked
/// by hand against the text).</summary>
public sealed class SampleDirectiveTests
{
    private const string Groups = "Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố";
    private const string Related = "Các cơ quan, đơn vị liên quan";
    private const string Office = "Văn phòng Ủy ban nhân dân thành phố";

    public static TheoryData<int, string, string[], string?, string> HauGiang2024Tasks => new()
    {
        // number, lead, coordinators, deadline, start of the text
        { 1, Groups, [], null, "Giao Giám đốc Sở, Thủ trưởng các cơ quan, ban, ngành tỉnh" },
        { 2, "Sở Nội vụ", ["Sở Kế hoạch và Đầu tư", Related], "2024-12-31", "“Công tác chỉ đạo, điều hành cải cách hành chính”: Giao Sở Nội vụ" },
        { 3, "Sở Nội vụ", [], "2024-11-30", "Tham mưu Chủ tịch Ủy ban nhân dân tỉnh công nhận sáng kiến" },
        { 4, Office, ["Sở Thông tin và Truyền thông"], "2024-12-31", "“Công tác công bố, công khai" },
        { 5, "Sở Nội vụ", [Related], "2024-12-31", "“Về giảm số lượng đơn vị sự nghiệp công lập" },
        { 6, "Sở Kế hoạch và Đầu tư", [], "2024-12-31", "“Về phân bổ chi tiết vốn đầu tư công năm 2024”" },
        { 7, "Sở Kế hoạch và Đầu tư", [], "2024-12-15", "Về nội dung “Tác động của CCHC" },
        { 8, "Sở Tài chính", [], "2024-12-31", "“Về nâng mức độ tự chủ" },
        { 9, "Sở Thông tin và Truyền thông", [], "2024-12-10", "“Kết nối trung tâm dữ liệu của tỉnh" },
        { 10, "Sở Thông tin và Truyền thông", [Related], "2024-12-31", "Chủ trì, phối hợp các cơ quan, đơn vị liên quan khẩn trương" },
        { 11, "Sở Thông tin và Truyền thông", [], "2024-12-15", "Về tiêu chí “Tỷ lệ các ứng dụng" },
        { 12, "Sở Thông tin và Truyền thông", ["Các sở, ban, ngành tỉnh liên quan"], "2024-12-15", "“Về thực hiện dịch vụ công trực tuyến" },
        { 13, Groups, [], "2024-12-31", "Các Sở, ban, ngành tỉnh, Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo" },
        { 14, Groups, [Office], "2024-12-01", "“Đảm bảo 100% cơ quan hành chính nhà nước" },
        { 15, "Sở Nội vụ", [], "2024-12-20", "Giao Giám đốc Sở Nội vụ báo cáo kết quả" },
    };

    [Fact]
    public void HauGiangDirective_Read_FindsItsFifteenTasks()
    {
        var result = ReformTestData.Extract(ReformTestData.Sample("directive-haugiang-2024-cchc-tasks.txt"), year: null);
        Assert.Equal(2024, result.Year);
        Assert.Equal(15, result.Proposals.Count);
    }

    [Theory]
    [MemberData(nameof(HauGiang2024Tasks))]
    public void HauGiangDirective_Read_TaskMatchesTheText(int number, string lead, string[] coordinators, string? deadline, string start)
    {
        var result = ReformTestData.Extract(ReformTestData.Sample("directive-haugiang-2024-cchc-tasks.txt"), year: null);
        var task = result.Proposals[number - 1];
        Assert.Equal(lead, task.Lead?.Agency.Name);
        Assert.Equal(coordinators, task.Coordinators.Select(c => c.Agency.Name));
        Assert.Equal(deadline, task.Deadline?.Date.ToString("yyyy-MM-dd", null));
        Assert.StartsWith(start, task.Text, StringComparison.Ordinal);
        Assert.Null(task.Recurrence);
    }

    [Fact]
    public void HauGiangDirective_Read_LeavesOutHeaderFootnotesAndClosing()
    {
        var result = ReformTestData.Extract(ReformTestData.Sample("directive-haugiang-2024-cchc-tasks.txt"), year: null);
        Assert.DoesNotContain(result.Proposals, p => p.Text.Contains("Kính gửi", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Proposals, p => p.Text.Contains("Thứ hạng CCHC qua từng năm", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Proposals, p => p.Text.Contains("Nơi nhận", StringComparison.Ordinal));
        // The footnote between the two halves of a task is dropped from its text, and so is its mark ("năm1;").
        Assert.EndsWith("hoàn thành trong tháng 12/2024.", result.Proposals[3].Text, StringComparison.Ordinal);
        Assert.Contains(result.Excluded, e => e.Of(result.Text).Contains("Thứ hạng CCHC qua từng năm", StringComparison.Ordinal));
        // The closing request to carry out the letter itself is set aside, with the reason.
        var skipped = Assert.Single(result.Skipped);
        Assert.StartsWith("Yêu cầu Giám đốc Sở", skipped.Span.Of(result.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void HauGiangDirective_Read_ExplainsEveryField()
    {
        var result = ReformTestData.Extract(ReformTestData.Sample("directive-haugiang-2024-cchc-tasks.txt"), year: null);
        var second = result.Proposals[1];
        Assert.Equal(ExtractionRule.LeadGiao, second.Lead!.Rule);
        Assert.Equal("Sở Nội vụ", second.Lead.Span.Of(result.Text));
        Assert.Equal("Giao", second.Lead.Trigger!.Value.Of(result.Text));
        Assert.Equal(AgencyStatus.ProvinceUnit, second.Lead.Agency.Status);
        Assert.Equal("92.SNV", second.Lead.Agency.UnitCode);
        Assert.Equal(ExtractionRule.CoordinatorPhoiHop, second.Coordinators[0].Rule);
        Assert.Equal("Sở Kế hoạch và đầu tư", second.Coordinators[0].Span.Of(result.Text));
        Assert.Equal(AgencyStatus.Former, second.Coordinators[0].Agency.Status);
        Assert.Equal("Sở Tài chính", second.Coordinators[0].Agency.SuccessorName);
        Assert.Contains(second.Notes, n => n.Kind == NoteKind.FormerName && n.Argument == "Sở Tài chính");
        Assert.Equal(ExtractionRule.DeadlineWithinMonth, second.Deadline!.Rule);
        Assert.Equal(DeadlineKind.EndOfMonth, second.Deadline.Kind);
        Assert.Equal("hoàn thành trong tháng 12/2024", second.Deadline.Span.Of(result.Text));
        Assert.True(second.Span.Contains(second.Lead.Span));

        var fifteenth = result.Proposals[14];
        Assert.True(fifteenth.Lead!.ByTitle);
        Assert.Equal("Giám đốc Sở Nội vụ", fifteenth.Lead.Span.Of(result.Text));

        var thirteenth = result.Proposals[12];
        Assert.Equal(ExtractionRule.ItemAfterDeadline, thirteenth.ItemRule);
        Assert.Equal(ExtractionRule.LeadSubject, thirteenth.Lead!.Rule);
        Assert.Equal(AgencyStatus.Group, thirteenth.Lead.Agency.Status);
        Assert.Equal(AgencyGroups.ProvincialAgencies | AgencyGroups.Districts, thirteenth.Lead.Agency.Groups);
    }

    [Fact]
    public void Programme_Read_ProposesOnlyTheAssignmentsOfPartThree()
    {
        var result = ReformTestData.Extract(ReformTestData.Sample("program-haugiang-2021-2025.txt"), year: null);
        Assert.Null(result.Year);
        Assert.Equal(13, result.Proposals.Count);
        Assert.All(result.Proposals, p => Assert.StartsWith("Phần ba", p.Path, StringComparison.Ordinal));

        var first = result.Proposals[0];
        Assert.Equal(Groups, first.Lead!.Agency.Name);
        Assert.Equal(new TaskRecurrence(RecurrencePeriod.Yearly, 5, 12), first.Recurrence!.Recurrence);

        var innerAffairs = result.Proposals.Where(p => p.Path.StartsWith("Phần ba › 2 › a", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, innerAffairs.Count);
        Assert.All(innerAffairs, p => Assert.Equal("Sở Nội vụ", p.Lead!.Agency.Name));
        Assert.Equal(ExtractionRule.LeadFromParent, innerAffairs[0].Lead!.Rule);
        Assert.Equal(RecurrencePeriod.Quarterly, innerAffairs[3].Recurrence!.Recurrence.Period);

        var justice = Assert.Single(result.Proposals, p => p.Path == "Phần ba › 2 › b");
        Assert.Equal(ExtractionRule.LeadHeading, justice.Lead!.Rule);
        Assert.Equal("Sở Tư pháp", justice.Lead.Agency.Name);
        Assert.StartsWith("Theo dõi, tổng hợp việc triển khai", justice.Text, StringComparison.Ordinal);

        var science = Assert.Single(result.Proposals, p => p.Path == "Phần ba › 2 › đ");
        Assert.Equal(["Sở Tài chính"], science.Coordinators.Select(c => c.Agency.Name));

        var last = result.Proposals[^1];
        Assert.Equal("Sở Nội vụ", last.Lead!.Agency.Name);
        Assert.Equal(new TaskRecurrence(RecurrencePeriod.Yearly, 15, 12), last.Recurrence!.Recurrence);
        Assert.Equal(new LocalDate(2026, 12, 15), last.Recurrence.Recurrence.NextOnOrAfter(new LocalDate(2026, 1, 5)));
    }

    [Fact]
    public void Report_Read_ProposesNothing()
    {
        var result = ReformTestData.Extract(ReformTestData.Sample("report-haugiang-2021-h1.txt"), year: null);
        Assert.Empty(result.Proposals);
        Assert.True(result.ItemCount > 50);
        Assert.Contains(result.Excluded, e => e.Of(result.Text).Contains("Sở Tư pháp tỉnh Hậu Giang và Sở lao động", StringComparison.Ordinal));
    }
}
