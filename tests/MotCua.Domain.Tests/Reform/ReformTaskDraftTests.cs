using MotCua.Domain.Reform;
using NodaTime;

namespace MotCua.Domain.Tests.Reform;

public sealed class ReformTaskDraftTests
{
    [Fact]
    public void Review_EditedProposal_ResolvesAgencies()
    {
        var draft = new ReformTaskDraft("Rà soát quy chế", "Văn phòng UBND tỉnh", ["Sở Tài chính", " ", "Sở KH&ĐT"], new LocalDate(2025, 3, 31), RecurrencePeriod.Monthly);
        var (task, problems) = ReformTaskDraftRules.Review(draft, ReformTestData.Demo);
        Assert.Empty(problems);
        Assert.Equal("92.VP", task!.Lead.UnitCode);
        Assert.Equal(["92.STC", null], task.Coordinators.Select(c => c.UnitCode));
        Assert.Equal(AgencyStatus.Former, task.Coordinators[1].Status);
    }

    [Fact]
    public void Review_ExtractedProposalUnchanged_Passes()
    {
        var proposal = ReformTestData.Single("1. Giao Sở Nội vụ phối hợp Sở Tư pháp rà soát, hoàn thành trong tháng 12/2024.");
        var (task, problems) = ReformTaskDraftRules.Review(ReformTaskDraft.From(proposal), ReformTestData.Demo);
        Assert.Empty(problems);
        Assert.Equal(new LocalDate(2024, 12, 31), task!.Deadline);
    }

    [Theory]
    [InlineData("", "Sở Nội vụ", "", "Text", "Nhập nội dung nhiệm vụ.")]
    [InlineData("Rà soát", "", "", "Lead", "Nhập một cơ quan chủ trì.")]
    [InlineData("Rà soát", "Sở Nội vụ\nSở Tư pháp", "", "Lead", "Chỉ một cơ quan chủ trì")]
    [InlineData("Rà soát", "Sở Nội vụ", "sở nội vụ", "Coordinators", "đã là cơ quan chủ trì")]
    [InlineData("Rà soát", "Sở Nội vụ", "Sở Y tế|So Y te", "Coordinators", "bị lặp")]
    public void Review_BadDraft_SaysWhatIsWrongInVietnamese(string text, string lead, string coordinators, string field, string message)
    {
        var draft = new ReformTaskDraft(text, lead, coordinators.Split('|'), null, null);
        var (task, problems) = ReformTaskDraftRules.Review(draft, ReformTestData.Demo);
        Assert.Null(task);
        var problem = Assert.Single(problems);
        Assert.Equal(field, problem.Field);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_ImplausibleDeadline_IsRefused()
    {
        var (_, problems) = ReformTaskDraftRules.Review(new ReformTaskDraft("Rà soát", "Sở Nội vụ", [], new LocalDate(1999, 1, 1), null), ReformTestData.Demo);
        Assert.Equal("Deadline", Assert.Single(problems).Field);
    }
}
