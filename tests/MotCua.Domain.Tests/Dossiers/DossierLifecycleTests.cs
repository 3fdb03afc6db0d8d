using MotCua.Domain.Dossiers;
using NodaTime;

namespace MotCua.Domain.Tests.Dossiers;

public sealed class DossierLifecycleTests
{
    private static readonly Duration Hour = Duration.FromHours(1);

    [Fact]
    public void ReceiveNew_AtCounter_FixesTheAppointmentAndStartsTheFirstStep()
    {
        var h = DossierHarness.AtCounter();
        var d = h.Dossier;
        Assert.Equal(DossierStatus.Processing, d.Status);
        Assert.Equal(DossierHarness.T0 + Hour * 24, d.DueAt);
        Assert.Equal(d.DueAt, d.OriginalDueAt);
        Assert.Equal((0, "Thụ lý", "92.STP"), (d.StepIndex!.Value, d.StepName, d.HolderUnitCode));
        Assert.Equal(DossierHarness.T0 + Hour * 12, d.StepDueAt);
        Assert.Equal(["Received", "StepStarted"], h.Events.Select(e => e.Type));
        Assert.True(d.HasDigitizedComponent);
        Assert.Equal(8_000, d.FeeTotal);
    }

    [Fact]
    public void ReceiveNew_OnlineChannel_IsRefused() =>
        Assert.False(DossierLifecycle.ReceiveNew(DossierHarness.NewIntake(Channel.Online), DossierHarness.T0, new ContinuousTime()).Accepted);

    [Fact]
    public void Submit_Online_MustBeReceivedWithinEightWorkingHours()
    {
        var h = DossierHarness.Online();
        Assert.Equal(DossierStatus.Submitted, h.Dossier.Status);
        Assert.Equal(DossierHarness.T0 + Hour * 8, h.Dossier.ReceiptDueAt);
        Assert.False(DossierLifecycle.Submit(DossierHarness.NewIntake(Channel.Counter), h.Now, h.Calendar).Accepted);
    }

    [Theory]
    [InlineData(7, false)]
    [InlineData(8, false)]
    [InlineData(9, true)]
    public void Receive_Online_RecordsLateReceipt(int hoursLater, bool late)
    {
        var h = DossierHarness.Online();
        h.Advance(Hour * hoursLater);
        h.Must(DossierLifecycle.Receive(h.Dossier, DossierHarness.Terms, h.Now, h.Calendar));
        Assert.Equal(late, h.Dossier.ReceivedLate);
        Assert.Equal(h.Now + Hour * 24, h.Dossier.DueAt);
        Assert.Equal(DossierStatus.Processing, h.Dossier.Status);
    }

    [Fact]
    public void Refuse_NeedsAReason_AndIsTerminal()
    {
        var h = DossierHarness.Online();
        Assert.False(DossierLifecycle.Refuse(h.Dossier, " ").Accepted);
        h.Must(DossierLifecycle.Refuse(h.Dossier, "Sai thẩm quyền"));
        Assert.Equal(DossierStatus.Refused, h.Dossier.Status);
        Assert.Equal("Sai thẩm quyền", h.Events[^1].Reason);
        Assert.False(DossierLifecycle.Receive(h.Dossier, DossierHarness.Terms, h.Now, h.Calendar).Accepted);
    }

    [Fact]
    public void Assign_ThenReassignWithoutReason_IsRefused()
    {
        var h = DossierHarness.AtCounter();
        h.Must(DossierLifecycle.Assign(h.Dossier, "u1", "Nguyễn Thanh Tùng", null));
        Assert.Equal("u1", h.Dossier.AssigneeId);
        Assert.False(DossierLifecycle.Assign(h.Dossier, "u1", "Nguyễn Thanh Tùng", "x").Accepted);
        Assert.False(DossierLifecycle.Assign(h.Dossier, "u2", "Trần B", null).Accepted);
        h.Must(DossierLifecycle.Assign(h.Dossier, "u2", "Trần B", "Cán bộ u1 nghỉ phép"));
        Assert.Equal("u2", h.Dossier.AssigneeId);
    }

    [Fact]
    public void CompleteStep_WalksTheProcess_AndTheLastStepIssuesTheResult()
    {
        var h = DossierHarness.AtCounter();
        h.Advance(Hour * 4);
        h.Must(DossierLifecycle.CompleteStep(h.Dossier, h.Now, h.Calendar));
        Assert.Equal((1, "Thẩm định"), (h.Dossier.StepIndex!.Value, h.Dossier.StepName));
        Assert.Equal(h.Now + Duration.FromMinutes(432), h.Dossier.StepDueAt);
        h.Must(DossierLifecycle.CompleteStep(h.Dossier, h.Now, h.Calendar));
        Assert.Equal(2, h.Dossier.StepIndex);
        Assert.Equal("92.STP", h.Dossier.HolderUnitCode);
        h.Must(DossierLifecycle.IssueResult(h.Dossier, false, "12/QĐ", []));
        Assert.Equal(DossierStatus.Finished, h.Dossier.Status);
        Assert.Null(h.Dossier.StepIndex);
        Assert.Equal(h.Now, h.Dossier.FinishedAt);
        Assert.Equal(["StepCompleted", "ResultIssued"], h.Events.TakeLast(2).Select(e => e.Type));
    }

    [Fact]
    public void IssueResult_BeforeTheLastStep_IsRefused()
    {
        var h = DossierHarness.AtCounter();
        var decision = DossierLifecycle.IssueResult(h.Dossier, false, null, []);
        Assert.False(decision.Accepted);
        Assert.Contains("bước 1/3", decision.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void IssueResult_ElectronicWithoutFile_IsRefused()
    {
        var h = DossierHarness.AtCounter();
        h.Must(DossierLifecycle.CompleteStep(h.Dossier, h.Now, h.Calendar));
        h.Must(DossierLifecycle.CompleteStep(h.Dossier, h.Now, h.Calendar));
        Assert.False(DossierLifecycle.IssueResult(h.Dossier, true, null, []).Accepted);
    }

    [Fact]
    public void SendBack_ToAnEarlierStep_RestartsItWithTheReason()
    {
        var h = DossierHarness.AtCounter();
        h.Must(DossierLifecycle.CompleteStep(h.Dossier, h.Now, h.Calendar));
        Assert.False(DossierLifecycle.SendBack(h.Dossier, 1, "x", h.Now, h.Calendar).Accepted);
        Assert.False(DossierLifecycle.SendBack(h.Dossier, 0, "", h.Now, h.Calendar).Accepted);
        h.Must(DossierLifecycle.SendBack(h.Dossier, 0, "Thiếu chữ ký người đi khai", h.Now, h.Calendar));
        Assert.Equal(0, h.Dossier.StepIndex);
        Assert.Equal(["SentBack", "StepStarted"], h.Events.TakeLast(2).Select(e => e.Type));
        Assert.Equal("Thiếu chữ ký người đi khai", h.Events[^2].Reason);
    }

    [Fact]
    public void Supplement_PausesTheClock_AndGivesBackTheTimeLeft()
    {
        var h = DossierHarness.AtCounter();
        h.Advance(Hour * 6);
        h.Must(DossierLifecycle.RequestSupplement(h.Dossier, ["Giấy chứng sinh"], "Thiếu giấy chứng sinh"));
        Assert.Equal(DossierStatus.WaitingSupplement, h.Dossier.Status);
        Assert.False(DossierLifecycle.CompleteStep(h.Dossier, h.Now, h.Calendar).Accepted);
        h.Advance(Hour * 30);
        h.Must(DossierLifecycle.CompleteSupplement(h.Dossier, [], h.Now, h.Calendar));
        Assert.Equal(DossierStatus.Processing, h.Dossier.Status);
        // 18 of the 24 working hours were left when the clock stopped.
        Assert.Equal(h.Now + Hour * 18, h.Dossier.DueAt);
        Assert.Equal(h.Now + Hour * 6, h.Dossier.StepDueAt);
        Assert.Equal(1, h.Dossier.SupplementCount);
        Assert.Equal(Timeliness.WithinTime, h.Dossier.TimelinessAt(h.Now));
    }

    [Fact]
    public void Supplement_WithoutItems_IsRefused()
    {
        var h = DossierHarness.AtCounter();
        Assert.False(DossierLifecycle.RequestSupplement(h.Dossier, [" "], "Thiếu").Accepted);
        Assert.False(DossierLifecycle.RequestSupplement(h.Dossier, ["Giấy tờ"], "").Accepted);
    }

    [Fact]
    public void Supplement_TwoRequests_CountAsLate()
    {
        var h = DossierHarness.AtCounter();
        for (var i = 0; i < 2; i++)
        {
            h.Must(DossierLifecycle.RequestSupplement(h.Dossier, ["Giấy tờ"], "Thiếu"));
            h.Must(DossierLifecycle.CompleteSupplement(h.Dossier, [], h.Now, h.Calendar));
        }

        Assert.Equal(2, h.Dossier.SupplementCount);
        Assert.Equal(Timeliness.Late, h.Dossier.TimelinessAt(h.Now));
    }

    [Fact]
    public void Supplement_RequestedAfterTheDue_StaysLate()
    {
        var h = DossierHarness.AtCounter();
        var due = h.Dossier.DueAt!.Value;
        h.Advance(Hour * 30);
        h.Must(DossierLifecycle.RequestSupplement(h.Dossier, ["Giấy tờ"], "Thiếu"));
        h.Advance(Hour * 5);
        h.Must(DossierLifecycle.CompleteSupplement(h.Dossier, [], h.Now, h.Calendar));
        Assert.Equal(due, h.Dossier.DueAt);
    }

    [Fact]
    public void Payment_MismatchedAmount_IsRefused_ThenPaidOnlineResumes()
    {
        var h = DossierHarness.AtCounter();
        Assert.False(DossierLifecycle.RequestPayment(h.Dossier, 0).Accepted);
        h.Must(DossierLifecycle.RequestPayment(h.Dossier, 8_000));
        Assert.Equal(DossierStatus.WaitingPayment, h.Dossier.Status);
        h.Advance(Hour * 2);
        Assert.False(DossierLifecycle.CompletePayment(h.Dossier, 7_000, 1, h.Now, h.Calendar).Accepted);
        Assert.False(DossierLifecycle.CompletePayment(h.Dossier, 8_000, 5, h.Now, h.Calendar).Accepted);
        h.Must(DossierLifecycle.CompletePayment(h.Dossier, 8_000, 1, h.Now, h.Calendar));
        Assert.Equal(DossierStatus.Processing, h.Dossier.Status);
        Assert.Equal(1, h.Dossier.OnlinePaymentChannel);
        Assert.Equal(DossierHarness.T0 + Hour * 26, h.Dossier.DueAt);
    }

    [Fact]
    public void Transfer_MovesTheHolder_KeepsTheStepDue()
    {
        var h = DossierHarness.AtCounter();
        var stepDue = h.Dossier.StepDueAt;
        Assert.False(DossierLifecycle.Transfer(h.Dossier, "92.STP", "x").Accepted);
        h.Must(DossierLifecycle.Transfer(h.Dossier, "92.SNNMT", "Liên thông xác minh đất"));
        Assert.Equal("92.SNNMT", h.Dossier.HolderUnitCode);
        Assert.Equal(stepDue, h.Dossier.StepDueAt);
    }

    [Fact]
    public void Consultation_BlocksTheStepUntilAnswered()
    {
        var h = DossierHarness.AtCounter();
        h.Must(DossierLifecycle.RequestConsultation(h.Dossier, "92.CA", Domain.Calendar.Deadline.WorkingDays(1), "Xác minh cư trú", h.Now, h.Calendar));
        Assert.Equal(h.Now + Hour * 8, h.Dossier.ConsultationDueAt);
        Assert.False(DossierLifecycle.RequestConsultation(h.Dossier, "92.SYT", Domain.Calendar.Deadline.WorkingDays(1), "x", h.Now, h.Calendar).Accepted);
        Assert.False(DossierLifecycle.CompleteStep(h.Dossier, h.Now, h.Calendar).Accepted);
        Assert.False(DossierLifecycle.AnswerConsultation(h.Dossier, "92.SYT", "ý kiến").Accepted);
        h.Must(DossierLifecycle.AnswerConsultation(h.Dossier, "92.CA", "Đúng nơi cư trú"));
        h.Must(DossierLifecycle.CompleteStep(h.Dossier, h.Now, h.Calendar));
    }

    [Fact]
    public void Extend_OnlyOnce_OnlyBeforeTheDue_OnlyLater()
    {
        var h = DossierHarness.AtCounter();
        var due = h.Dossier.DueAt!.Value;
        Assert.False(DossierLifecycle.Extend(h.Dossier, due - Hour, "x", h.Now).Accepted);
        Assert.False(DossierLifecycle.Extend(h.Dossier, due + Hour, "", h.Now).Accepted);
        h.Must(DossierLifecycle.Extend(h.Dossier, due + Hour * 16, "Chờ kết quả xác minh", h.Now));
        Assert.Equal(due + Hour * 16, h.Dossier.DueAt);
        Assert.Equal(due, h.Dossier.OriginalDueAt);
        Assert.False(DossierLifecycle.Extend(h.Dossier, due + Hour * 40, "Lần hai", h.Now).Accepted);

        var late = DossierHarness.AtCounter();
        late.Advance(Hour * 25);
        Assert.False(DossierLifecycle.Extend(late.Dossier, late.Now + Hour, "Muộn", late.Now).Accepted);
    }

    [Fact]
    public void Return_OnlineNeedsAnElectronicResult()
    {
        var h = DossierHarness.AtCounter();
        h.Must(DossierLifecycle.CompleteStep(h.Dossier, h.Now, h.Calendar));
        h.Must(DossierLifecycle.CompleteStep(h.Dossier, h.Now, h.Calendar));
        h.Must(DossierLifecycle.IssueResult(h.Dossier, false, "1/QĐ", []));
        Assert.False(DossierLifecycle.Return(h.Dossier, ReturnMethod.Online).Accepted);
        h.Must(DossierLifecycle.Return(h.Dossier, ReturnMethod.Counter));
        Assert.Equal(DossierStatus.Returned, h.Dossier.Status);
    }

    [Fact]
    public void Correct_IsANewEventWithAReason_AndChangesNoDate()
    {
        var h = DossierHarness.AtCounter();
        var due = h.Dossier.DueAt;
        Assert.False(DossierLifecycle.Correct(h.Dossier, "Số giấy tờ", "123", "").Accepted);
        h.Must(DossierLifecycle.Correct(h.Dossier, "Số giấy tờ", "123", "Nhập nhầm"));
        Assert.Equal("Corrected", h.Events[^1].Type);
        Assert.Equal(due, h.Dossier.DueAt);
    }

    public static TheoryData<DossierStatus> RestingStatuses() =>
    [
        DossierStatus.Submitted, DossierStatus.Refused, DossierStatus.Processing, DossierStatus.WaitingSupplement,
        DossierStatus.WaitingPayment, DossierStatus.Withdrawn, DossierStatus.Stopped, DossierStatus.Finished, DossierStatus.Returned,
    ];

    /// <summary>Every command tried in every status: exactly the legal ones are accepted.</summary>
    [Theory]
    [MemberData(nameof(RestingStatuses))]
    public void EveryCommand_InEveryStatus_IsAcceptedExactlyWhenLegal(DossierStatus status)
    {
        var allowed = new Dictionary<string, DossierStatus[]>
        {
            ["Receive"] = [DossierStatus.Submitted],
            ["Refuse"] = [DossierStatus.Submitted],
            ["Assign"] = [DossierStatus.Processing],
            ["CompleteStep"] = [DossierStatus.Processing],
            ["RequestSupplement"] = [DossierStatus.Processing],
            ["CompleteSupplement"] = [DossierStatus.WaitingSupplement],
            ["RequestPayment"] = [DossierStatus.Processing],
            ["CompletePayment"] = [DossierStatus.WaitingPayment],
            ["Transfer"] = [DossierStatus.Processing],
            ["Consult"] = [DossierStatus.Processing],
            ["Extend"] = [DossierStatus.Processing, DossierStatus.WaitingSupplement, DossierStatus.WaitingPayment],
            ["Stop"] = [DossierStatus.Processing, DossierStatus.WaitingSupplement, DossierStatus.WaitingPayment],
            ["Withdraw"] = [DossierStatus.Submitted, DossierStatus.Processing, DossierStatus.WaitingSupplement, DossierStatus.WaitingPayment],
            ["Return"] = [DossierStatus.Finished],
        };
        var commands = new Dictionary<string, Func<DossierHarness, Decision>>
        {
            ["Receive"] = h => DossierLifecycle.Receive(h.Dossier, DossierHarness.Terms, h.Now, h.Calendar),
            ["Refuse"] = h => DossierLifecycle.Refuse(h.Dossier, "Lý do"),
            ["Assign"] = h => DossierLifecycle.Assign(h.Dossier, "u9", "Cán bộ 9", "Lý do"),
            ["CompleteStep"] = h => DossierLifecycle.CompleteStep(h.Dossier, h.Now, h.Calendar),
            ["RequestSupplement"] = h => DossierLifecycle.RequestSupplement(h.Dossier, ["Giấy tờ"], "Lý do"),
            ["CompleteSupplement"] = h => DossierLifecycle.CompleteSupplement(h.Dossier, [], h.Now, h.Calendar),
            ["RequestPayment"] = h => DossierLifecycle.RequestPayment(h.Dossier, 8_000),
            ["CompletePayment"] = h => DossierLifecycle.CompletePayment(h.Dossier, 8_000, 0, h.Now, h.Calendar),
            ["Transfer"] = h => DossierLifecycle.Transfer(h.Dossier, "92.SXD", "Lý do"),
            ["Consult"] = h => DossierLifecycle.RequestConsultation(h.Dossier, "92.CA", Domain.Calendar.Deadline.WorkingDays(1), "Hỏi", h.Now, h.Calendar),
            ["Extend"] = h => DossierLifecycle.Extend(h.Dossier, (h.Dossier.DueAt ?? h.Now) + Hour, "Lý do", h.Now),
            ["Stop"] = h => DossierLifecycle.Stop(h.Dossier, "Lý do"),
            ["Withdraw"] = h => DossierLifecycle.Withdraw(h.Dossier, "Lý do"),
            ["Return"] = h => DossierLifecycle.Return(h.Dossier, ReturnMethod.Counter),
        };

        foreach (var (name, command) in commands)
        {
            var h = DossierHarness.InStatus(status);
            var before = h.Events.Count;
            var decision = command(h);
            var expected = allowed[name].Contains(status);
            Assert.True(expected == decision.Accepted, $"{name} in {status}: expected {(expected ? "accepted" : "refused")}, got {decision.Error ?? "accepted"}");
            if (!decision.Accepted)
            {
                Assert.False(string.IsNullOrWhiteSpace(decision.Error));
                Assert.Equal(before, h.Events.Count);
            }
        }
    }

    [Theory]
    [InlineData(2, Timeliness.Early)]
    [InlineData(24, Timeliness.OnTime)]
    [InlineData(25, Timeliness.Late)]
    public void Timeliness_FinishedEarlyOnTimeOrLate(int hoursToFinish, Timeliness expected)
    {
        var h = DossierHarness.AtCounter();
        h.Advance(Hour * hoursToFinish);
        h.Must(DossierLifecycle.CompleteStep(h.Dossier, h.Now, h.Calendar));
        h.Must(DossierLifecycle.CompleteStep(h.Dossier, h.Now, h.Calendar));
        h.Must(DossierLifecycle.IssueResult(h.Dossier, false, null, []));
        Assert.Equal(expected, h.Dossier.TimelinessAt(h.Now + Hour * 100));
    }

    [Fact]
    public void Timeliness_OpenPastTheDue_IsLate_ButBeforeTheEndOfAPastPeriodItWasWithinTime()
    {
        var h = DossierHarness.AtCounter();
        Assert.Equal(Timeliness.WithinTime, h.Dossier.TimelinessAt(h.Now + Hour * 23));
        Assert.Equal(Timeliness.Late, h.Dossier.TimelinessAt(h.Now + Hour * 25));
    }

    [Fact]
    public void Fold_OfAllEvents_EqualsTheStateBuiltStepByStep()
    {
        var h = DossierHarness.AtCounter();
        h.Must(DossierLifecycle.Assign(h.Dossier, "u1", "Cán bộ", null));
        h.Must(DossierLifecycle.RequestSupplement(h.Dossier, ["Giấy tờ"], "Thiếu"));
        h.Advance(Hour * 3);
        h.Must(DossierLifecycle.CompleteSupplement(h.Dossier, [], h.Now, h.Calendar));
        h.Must(DossierLifecycle.CompleteStep(h.Dossier, h.Now, h.Calendar));
        h.Must(DossierLifecycle.Extend(h.Dossier, h.Dossier.DueAt!.Value + Hour * 8, "Xin lỗi", h.Now));

        var folded = Dossier.Fold(h.Dossier.Id, h.Events);
        foreach (var property in typeof(Dossier).GetProperties().Where(p => p.Name != nameof(Dossier.Terms)))
        {
            Assert.True(Equals(property.GetValue(h.Dossier), property.GetValue(folded)), $"{property.Name} differs");
        }

        Assert.Equal(h.Dossier.TermsJson, folded.TermsJson);
    }

    [Fact]
    public void Codec_RoundTripsEveryEventType()
    {
        var h = DossierHarness.InStatus(DossierStatus.Returned);
        foreach (var e in h.Events)
        {
            var data = DossierEventCodec.Deserialize(e.Type, e.Data);
            Assert.Equal(e.Data, DossierEventCodec.Serialize(data));
        }
    }
}
