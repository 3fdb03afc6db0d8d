using MotCua.Domain.Reform;

namespace MotCua.Domain.Tests.Reform;

/// <summary>Every lead form the issue lists, and coordinators, groups and names not in the unit list.</summary>
public sealed class LeadFormsTests
{
    [Theory]
    [InlineData("1. Giao Sở Nội vụ rà soát quy chế.", "Sở Nội vụ", ExtractionRule.LeadGiao, "Sở Nội vụ")]
    [InlineData("1. Giao cho Sở Tư pháp thẩm định dự thảo.", "Sở Tư pháp", ExtractionRule.LeadGiao, "Sở Tư pháp")]
    [InlineData("1. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ bố trí kinh phí.", "Sở Tài chính", ExtractionRule.LeadChuTri, "Sở Tài chính")]
    [InlineData("1. Giao Giám đốc Sở Y tế chỉ đạo rà soát thủ tục.", "Sở Y tế", ExtractionRule.LeadGiao, "Giám đốc Sở Y tế")]
    [InlineData("1. Giao Chánh Văn phòng UBND tỉnh theo dõi, đôn đốc.", "Văn phòng Ủy ban nhân dân thành phố", ExtractionRule.LeadGiao, "Chánh Văn phòng UBND tỉnh")]
    [InlineData("1. Đề nghị Sở Xây dựng rà soát quy hoạch.", "Sở Xây dựng", ExtractionRule.LeadDeNghi, "Sở Xây dựng")]
    [InlineData("1. Yêu cầu Thủ trưởng Thanh tra tỉnh kiểm tra công vụ.", "Thanh tra thành phố", ExtractionRule.LeadYeuCau, "Thủ trưởng Thanh tra tỉnh")]
    [InlineData("1. Cơ quan chủ trì: Sở Công Thương. Cơ quan phối hợp: Sở Tài chính.", "Sở Công Thương", ExtractionRule.LeadLabel, "Sở Công Thương")]
    [InlineData("1. GIAO SỞ NỘI VỤ RÀ SOÁT QUY CHẾ.", "Sở Nội vụ", ExtractionRule.LeadGiao, "SỞ NỘI VỤ")]
    [InlineData("1. Giao Uỷ ban nhân dân phường Ninh Kiều rà soát hồ sơ.", "Phường Ninh Kiều", ExtractionRule.LeadGiao, "Uỷ ban nhân dân phường Ninh Kiều")]
    public void Lead_Form_FindsTheAgency(string text, string lead, ExtractionRule rule, string words)
    {
        var result = ReformTestData.Extract(text);
        var finding = Assert.Single(result.Proposals).Lead!;
        Assert.Equal(lead, finding.Agency.Name);
        Assert.Equal(rule, finding.Rule);
        Assert.Equal(words, finding.Span.Of(result.Text));
        Assert.Equal(AgencyStatus.ProvinceUnit, finding.Agency.Status);
    }

    [Fact]
    public void Lead_TitleOfThePerson_GivesTheAgency()
    {
        var proposal = ReformTestData.Single("1. Giao Chánh Văn phòng Ủy ban nhân dân tỉnh tổng hợp kết quả, báo cáo trước ngày 10/11/2024.");
        Assert.Equal("92.VP", proposal.Lead!.Agency.UnitCode);
        Assert.True(proposal.Lead.ByTitle);
    }

    [Fact]
    public void Lead_AgencyNamesSplitByLineBreaks_AreRead()
    {
        var proposal = ReformTestData.Single("1. Giao Sở Tài\n\nchính có trách nhiệm đôn đốc, hoàn thành trong\n\ntháng 12/2024.");
        Assert.Equal("Sở Tài chính", proposal.Lead!.Agency.Name);
        Assert.Equal("2024-12-31", proposal.Deadline!.Date.ToString("yyyy-MM-dd", null));
    }

    [Fact]
    public void Lead_SeveralAgenciesAssigned_FirstLeadsOthersCoordinate()
    {
        var proposal = ReformTestData.Single("1. Giao Sở Nội vụ, Sở Tư pháp và Sở Y tế rà soát thủ tục hành chính nội bộ.");
        Assert.Equal("Sở Nội vụ", proposal.Lead!.Agency.Name);
        Assert.Equal(["Sở Tư pháp", "Sở Y tế"], proposal.Coordinators.Select(c => c.Agency.Name));
        Assert.All(proposal.Coordinators, c => Assert.Equal(ExtractionRule.CoordinatorAlsoAssigned, c.Rule));
        Assert.Contains(proposal.Notes, n => n.Kind == NoteKind.SeveralAssigned);
    }

    [Fact]
    public void Coordinators_ListWithCommasAndVa_AreAllFound()
    {
        var result = ReformTestData.Extract("1. Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính, Sở Tư pháp, Công an tỉnh và các cơ quan liên quan xây dựng đề án.");
        var proposal = Assert.Single(result.Proposals);
        Assert.Equal(["Sở Tài chính", "Sở Tư pháp", "Công an thành phố", "Các cơ quan, đơn vị liên quan"], proposal.Coordinators.Select(c => c.Agency.Name));
        Assert.All(proposal.Coordinators, c => Assert.Equal("phối hợp", c.Trigger!.Value.Of(result.Text)));
        Assert.Equal(AgencyGroups.Related, proposal.Coordinators[^1].Agency.Groups);
    }

    [Fact]
    public void Groups_OfAgencies_AreOneLead()
    {
        var proposal = ReformTestData.Single("1. Đề nghị các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố rà soát thủ tục, hoàn thành trong quý IV/2024.");
        Assert.Equal("Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố", proposal.Lead!.Agency.Name);
        Assert.Equal(AgencyStatus.Group, proposal.Lead.Agency.Status);
        Assert.Contains(proposal.Notes, n => n.Kind == NoteKind.GroupLead);
    }

    [Theory]
    [InlineData("UBND các xã, phường", AgencyGroups.Communes)]
    [InlineData("Ủy ban nhân dân cấp xã", AgencyGroups.Communes)]
    [InlineData("các cơ quan, đơn vị có liên quan", AgencyGroups.Related)]
    [InlineData("Thủ trưởng các cơ quan, ban, ngành tỉnh", AgencyGroups.ProvincialAgencies)]
    [InlineData("các địa phương", AgencyGroups.Localities)]
    public void Groups_Written_AreRecognised(string words, AgencyGroups groups)
    {
        var proposal = ReformTestData.Single($"1. Giao {words} rà soát thủ tục hành chính.");
        Assert.Equal(groups, proposal.Lead!.Agency.Groups);
    }

    [Fact]
    public void Agencies_NotInTheUnitList_AreStillRecognised()
    {
        var result = ReformTestData.Extract("""
            1. Giao Sở Thông tin và Truyền thông phối hợp Sở Ngoại vụ tỉnh Kiên Giang xây dựng nền tảng.
            2. Giao Sở Du lịch Hà Nội chủ trì hội nghị.
            3. Giao Sở KH&ĐT tổng hợp kế hoạch.
            """);
        Assert.Equal(3, result.Proposals.Count);
        var former = result.Proposals[0].Lead!.Agency;
        Assert.Equal(AgencyStatus.Former, former.Status);
        Assert.Equal("Sở Khoa học và Công nghệ", former.SuccessorName);
        Assert.Equal("92.SKHCN", former.SuccessorUnitCode);
        Assert.Equal("Sở Ngoại vụ", result.Proposals[0].Coordinators.Single().Agency.Name);
        Assert.Equal(AgencyStatus.Known, result.Proposals[0].Coordinators[0].Agency.Status);
        Assert.Equal("Sở Du lịch", result.Proposals[1].Lead!.Agency.Name);
        Assert.Equal("Sở Kế hoạch và Đầu tư", result.Proposals[2].Lead!.Agency.Name);
        Assert.Contains(result.Proposals[1].Notes, n => n.Kind == NoteKind.NotAUnit);
    }

    [Fact]
    public void Agency_UnknownToTheCatalogue_IsRecognisedByItsShape()
    {
        var proposal = DirectiveExtractor.Extract("1. Giao Sở Hợp tác quốc tế phối hợp UBND xã Tân Phú Thạnh rà soát.", AgencyDirectory.Empty, 2025).Proposals.Single();
        Assert.Equal("Sở Hợp tác quốc tế", proposal.Lead!.Agency.Name);
        Assert.Equal(AgencyStatus.Unlisted, proposal.Lead.Agency.Status);
        Assert.Equal("UBND xã Tân Phú Thạnh", proposal.Coordinators.Single().Agency.Name);
    }

    [Fact]
    public void Sentences_StartingWithSignalWords_AreSeparateTasks()
    {
        var result = ReformTestData.Extract("""
            Thực hiện chỉ đạo của Chủ tịch UBND tỉnh, Văn phòng có ý kiến như sau. Đề nghị Sở Y tế rà soát thủ tục cấp phép. Yêu cầu Sở Xây dựng báo cáo tiến độ trước ngày 30/11/2024. Giao Sở Tư pháp thẩm định.
            """);
        Assert.Equal(["Sở Y tế", "Sở Xây dựng", "Sở Tư pháp"], result.Proposals.Select(p => p.Lead!.Agency.Name));
        Assert.All(result.Proposals, p => Assert.Equal(ExtractionRule.ItemSignalWord, p.ItemRule));
    }

    [Fact]
    public void Items_AllMarkerKinds_FormTheOutline()
    {
        var outline = DirectiveOutline.Parse("""
            I. NHIỆM VỤ
            1. Về thể chế
            a) Giao Sở Tư pháp rà soát văn bản;
            - Rà soát nghị quyết;
            + Rà soát quyết định.
            1.1. Giao Sở Nội vụ rà soát.
            II. TỔ CHỨC THỰC HIỆN
            """);
        Assert.Equal([MarkerKind.Roman, MarkerKind.Number, MarkerKind.Letter, MarkerKind.Dash, MarkerKind.Plus, MarkerKind.SubNumber, MarkerKind.Roman], outline.Items.Select(i => i.Marker));
        Assert.Equal(outline.Items[3], outline.Items[4].Parent);
        Assert.Equal(outline.Items[1], outline.Items[5].Parent);
        Assert.Null(outline.Items[6].Parent);
    }

    [Fact]
    public void Items_DashStartingAWrappedLine_IsNotAnItem()
    {
        var outline = DirectiveOutline.Parse("Thực hiện Nghị quyết giai đoạn 2021\n- 2025 của Tỉnh ủy và kế hoạch\n- 2030 của tỉnh;\n- Giao Sở Nội vụ rà soát.");
        Assert.Single(outline.Items);
    }

    [Fact]
    public void Narrative_PastTense_IsNotATask()
    {
        var result = ReformTestData.Extract("a) Kết quả: Tỉnh đã ban hành kế hoạch. Sở Nội vụ tổ chức kiểm tra trong quý IV/2020.");
        Assert.Empty(result.Proposals);
    }
}
