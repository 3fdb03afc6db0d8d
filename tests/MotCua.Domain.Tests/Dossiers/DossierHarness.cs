using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Domain.EventLog;
using NodaTime;

namespace MotCua.Domain.Tests.Dossiers;

/// <summary>Drives one dossier through the lifecycle in memory, as the store does: decide, link, apply.</summary>
internal sealed class DossierHarness
{
    public static readonly Instant T0 = Instant.FromUtc(2025, 3, 3, 1, 0); // Mon 3/3/2025 08:00 in Vietnam

    public static readonly ProcedureTerms Terms = new(
        "1.001193", "Đăng ký khai sinh", "v1", "Hộ tịch", Deadline.WorkingDays(3),
        [
            new StepTerms(0, "Thụ lý", null, "specialist", 0.5),
            new StepTerms(1, "Thẩm định", null, "specialist", 0.3),
            new StepTerms(2, "Phê duyệt", "92.STP", "unit-leader", 0.2),
        ],
        [new FeeTerms("Lệ phí", "LP1", 8_000)],
        IssuesResultDocument: true,
        FullOnline: true);

    public ContinuousTime Calendar { get; } = new();

    public Dossier Dossier { get; } = new() { Id = Guid.NewGuid() };

    public List<LoggedEvent> Events { get; } = [];

    public Instant Now { get; private set; } = T0;

    public static IntakeFacts NewIntake(Channel channel) =>
        new("92.TTPVHCC-250303-0001", channel, Terms, "92.TTPVHCC", "92.STP",
            [new ComponentRecord("TP1", "Tờ khai", [], Digitized: true)]);

    public void Advance(Duration by) => Now += by;

    public Decision Do(Decision decision)
    {
        if (!decision.Accepted)
        {
            return decision;
        }

        foreach (var (e, reason) in decision.Events)
        {
            var logged = EventChain.Link(StreamKind.Dossier, Dossier.Id, Dossier.LastSequence + 1, Dossier.LastHash,
                DossierEventCodec.ToNew(e, Now, new Actor("u1", "Cán bộ", "92.STP"), reason), Now);
            Dossier.Apply(logged, e);
            Events.Add(logged);
        }

        return decision;
    }

    public Decision Must(Decision decision)
    {
        Assert.True(decision.Accepted, decision.Error);
        return Do(decision);
    }

    public static DossierHarness AtCounter()
    {
        var h = new DossierHarness();
        h.Must(DossierLifecycle.ReceiveNew(NewIntake(Channel.Counter), h.Now, h.Calendar));
        return h;
    }

    public static DossierHarness Online()
    {
        var h = new DossierHarness();
        h.Must(DossierLifecycle.Submit(NewIntake(Channel.Online), h.Now, h.Calendar));
        return h;
    }

    /// <summary>A dossier brought to a status by the shortest legal path.</summary>
    public static DossierHarness InStatus(DossierStatus status)
    {
        DossierHarness h;
        switch (status)
        {
            case DossierStatus.Submitted:
                return Online();
            case DossierStatus.Refused:
                h = Online();
                h.Must(DossierLifecycle.Refuse(h.Dossier, "Thiếu tờ khai"));
                return h;
            case DossierStatus.Processing:
                return AtCounter();
            case DossierStatus.WaitingSupplement:
                h = AtCounter();
                h.Must(DossierLifecycle.RequestSupplement(h.Dossier, ["Bản sao giấy chứng sinh"], "Thiếu giấy chứng sinh"));
                return h;
            case DossierStatus.WaitingPayment:
                h = AtCounter();
                h.Must(DossierLifecycle.RequestPayment(h.Dossier, 8_000));
                return h;
            case DossierStatus.Withdrawn:
                h = AtCounter();
                h.Must(DossierLifecycle.Withdraw(h.Dossier, "Công dân xin rút"));
                return h;
            case DossierStatus.Stopped:
                h = AtCounter();
                h.Must(DossierLifecycle.Stop(h.Dossier, "Có tranh chấp"));
                return h;
            case DossierStatus.Finished:
                h = AtCounter();
                h.Must(DossierLifecycle.CompleteStep(h.Dossier, h.Now, h.Calendar));
                h.Must(DossierLifecycle.CompleteStep(h.Dossier, h.Now, h.Calendar));
                h.Must(DossierLifecycle.IssueResult(h.Dossier, true, "123/GKS", [new FileRecord("ket-qua.pdf", "k1", new string('a', 64), 100)]));
                return h;
            case DossierStatus.Returned:
                h = InStatus(DossierStatus.Finished);
                h.Must(DossierLifecycle.Return(h.Dossier, ReturnMethod.Online));
                return h;
            case DossierStatus.Received:
            default:
                throw new ArgumentOutOfRangeException(nameof(status), status, "not a resting status in this harness");
        }
    }
}
