using MotCua.Domain.Calendar;
using MotCua.Domain.Procedures;
using NodaTime;

namespace MotCua.Domain.Tests.Procedures;

public sealed class ProcedureDiffTests
{
    [Fact]
    public void Compare_SameContent_HasNoChange() =>
        Assert.Empty(ProcedureDiff.Compare(ProcedureRulesTests.Birth(), ProcedureRulesTests.Birth()));

    [Fact]
    public void Compare_ChangedTimeAndFee_ListsBeforeAndAfter()
    {
        var before = ProcedureRulesTests.Birth();
        var after = before with
        {
            ProcessingTime = Deadline.WorkingDays(2),
            Steps = [.. before.Steps.Take(2), before.Steps[2] with { Share = Deadline.WorkingHours(10) }],
            Fees = [new FeeSpec("Lệ phí đăng ký khai sinh", null, 8000, null)],
            Publication = before.Publication with { Decision = "99/QĐ-UBND", EffectiveFrom = new LocalDate(2026, 1, 1) },
        };
        var changes = ProcedureDiff.Compare(before, after);
        Assert.Contains(new ProcedureChange("Thời hạn giải quyết", "1 ngày làm việc", "2 ngày làm việc"), changes);
        Assert.Contains(changes, c => c.What == "Phí, lệ phí" && c.After == "Lệ phí đăng ký khai sinh: 8.000 đồng");
        Assert.Contains(changes, c => c.What == "Phí, lệ phí" && c.Before is not null && c.After is null);
        Assert.Contains(changes, c => c.What == "Quy trình nội bộ" && c.After != null && c.After.Contains("10 giờ làm việc", StringComparison.Ordinal));
        Assert.Contains(new ProcedureChange("Ngày hiệu lực", "01/07/2025", "01/01/2026"), changes);
        Assert.False(ProcedureDiff.AreSame(before, after));
    }

    [Fact]
    public void Compare_ReorderedComponents_IsAChange()
    {
        var before = ProcedureRulesTests.Birth() with
        {
            Components = [new ComponentSpec("TP1", "A", 1, 0, true, null), new ComponentSpec("TP2", "B", 1, 0, true, null)],
        };
        var after = before with { Components = [.. before.Components.Reverse()] };
        Assert.Single(ProcedureDiff.Compare(before, after));
    }
}
