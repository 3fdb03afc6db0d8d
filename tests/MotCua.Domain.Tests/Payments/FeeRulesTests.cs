using MotCua.Domain.Dossiers;
using MotCua.Domain.Payments;

namespace MotCua.Domain.Tests.Payments;

public sealed class FeeRulesTests
{
    private static readonly IReadOnlyList<FeeTerms> Fees =
    [
        new("Lệ phí đăng ký hộ tịch", "LP-HT", 8_000),
        new("Phí cấp bản sao trích lục", "P-TL", 3_000),
    ];

    [Fact]
    public void Assess_NoAdjustment_ChargesTheListedFees()
    {
        var (a, error) = FeeRules.Assess(Fees, null);
        Assert.Null(error);
        Assert.Equal(11_000, a!.Total);
        Assert.Equal([8_000L, 3_000L], a.Lines.Select(l => l.Due));
        Assert.False(a.FullyExempt);
    }

    [Fact]
    public void Assess_ExemptionOfEverything_LeavesNothingToPay()
    {
        var (a, _) = FeeRules.Assess(Fees, new FeeAdjustment(FeeAdjustmentKind.Exemption, 0, "Khoản 1 Điều 11 Luật Hộ tịch 2014"));
        Assert.Equal((0L, 11_000L, true), (a!.Total, a.Listed, a.FullyExempt));
        Assert.Equal(100, a.Adjustment!.Percent);
    }

    [Fact]
    public void Assess_ExemptionOfOneFeeByCode_ChargesTheOthers()
    {
        var (a, _) = FeeRules.Assess(Fees, new FeeAdjustment(FeeAdjustmentKind.Exemption, 100, "Nghị quyết 15/2023/NQ-HĐND", ["LP-HT"]));
        Assert.Equal([0L, 3_000L], a!.Lines.Select(l => l.Due));
        Assert.False(a.FullyExempt);
    }

    [Theory]
    [InlineData(50, 8_000, 4_000)]
    [InlineData(30, 8_000, 5_600)]
    [InlineData(50, 3_001, 1_501)] // 1,500.5 rounds half up to the whole đồng
    [InlineData(99, 8_000, 80)]
    public void Reduce_ByPercent_RoundsToTheNearestDong(int percent, long amount, long due) =>
        Assert.Equal(due, FeeRules.Reduce(amount, percent));

    [Fact]
    public void Assess_ReductionOfAll_ReducesEachLine()
    {
        var (a, _) = FeeRules.Assess(Fees, new FeeAdjustment(FeeAdjustmentKind.Reduction, 50, "Nộp trực tuyến: giảm 50% theo Nghị quyết của HĐND tỉnh"));
        Assert.Equal(5_500, a!.Total);
        Assert.Equal(11_000, a.Listed);
    }

    public static TheoryData<FeeAdjustment, string> BadAdjustments() => new()
    {
        { new FeeAdjustment(FeeAdjustmentKind.Exemption, 100, "  "), "căn cứ pháp lý" },
        { new FeeAdjustment(FeeAdjustmentKind.Reduction, 0, "NQ 15/2023"), "1% đến 99%" },
        { new FeeAdjustment(FeeAdjustmentKind.Reduction, 100, "NQ 15/2023"), "1% đến 99%" },
        { new FeeAdjustment(FeeAdjustmentKind.Reduction, 50, "NQ 15/2023", ["KHONG-CO"]), "KHONG-CO" },
        { new FeeAdjustment(FeeAdjustmentKind.Reduction, 50, new string('x', 501)), "500" },
    };

    [Theory]
    [MemberData(nameof(BadAdjustments))]
    public void Assess_BadAdjustment_IsRefusedWithAReason(FeeAdjustment adjustment, string reason)
    {
        var (a, error) = FeeRules.Assess(Fees, adjustment);
        Assert.Null(a);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_AdjustmentOfNoFees_IsRefused() =>
        Assert.NotNull(FeeRules.Assess([], new FeeAdjustment(FeeAdjustmentKind.Exemption, 100, "NQ 15/2023")).Error);

    [Fact]
    public void RequestPayment_WithReduction_RecordsLinesAndLegalBasisInTheEvent()
    {
        var h = Dossiers.DossierHarness.AtCounter();
        var (a, _) = FeeRules.Assess(h.Dossier.Terms!.Fees, new FeeAdjustment(FeeAdjustmentKind.Reduction, 50, "Nghị quyết 15/2023/NQ-HĐND"));
        var decision = h.Must(DossierLifecycle.RequestPayment(h.Dossier, a!));
        var (e, reason) = Assert.Single(decision.Events);
        var requested = Assert.IsType<PaymentRequested>(e);
        Assert.Equal((4_000L, 8_000L, 4_000L), (requested.Amount, requested.Lines![0].Listed, requested.Lines[0].Due));
        Assert.Equal("Nghị quyết 15/2023/NQ-HĐND", reason);
        Assert.Equal((DossierStatus.WaitingPayment, 4_000L), (h.Dossier.Status, h.Dossier.FeeTotal));

        // The event round-trips through the log's JSON, adjustment included.
        var stored = (PaymentRequested)DossierEventCodec.Deserialize(h.Events[^1].Type, h.Events[^1].Data);
        Assert.Equal(FeeAdjustmentKind.Reduction, stored.Adjustment!.Kind);
        Assert.Equal(requested.Lines, stored.Lines);
    }

    [Fact]
    public void RequestPayment_FullExemption_RecordsItWithoutPausingTheClock()
    {
        var h = Dossiers.DossierHarness.AtCounter();
        var (a, _) = FeeRules.Assess(h.Dossier.Terms!.Fees, new FeeAdjustment(FeeAdjustmentKind.Exemption, 100, "Khoản 1 Điều 11 Luật Hộ tịch 2014"));
        var decision = h.Must(DossierLifecycle.RequestPayment(h.Dossier, a!));
        Assert.IsType<FeesExempted>(Assert.Single(decision.Events).Event);
        Assert.Equal((DossierStatus.Processing, 0L, false), (h.Dossier.Status, h.Dossier.FeeTotal, h.Dossier.IsPaused));
        Assert.Equal(h.Dossier.FeeTotal, Dossier.Fold(h.Dossier.Id, h.Events).FeeTotal);
    }

    [Fact]
    public void RequestPayment_OldEventWithoutLines_StillReads()
    {
        var old = (PaymentRequested)DossierEventCodec.Deserialize(nameof(PaymentRequested), """{"amount":8000}""");
        Assert.Equal((8_000L, null, null), (old.Amount, old.Lines, old.Adjustment));
        var paid = (PaymentCompleted)DossierEventCodec.Deserialize(nameof(PaymentCompleted), """{"amount":8000,"paymentChannel":1,"dueAt":"2025-03-06T01:00:00Z","stepDueAt":null}""");
        Assert.Null(paid.OrderId);
    }
}
