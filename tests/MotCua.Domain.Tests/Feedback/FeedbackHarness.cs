using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Domain.EventLog;
using MotCua.Domain.Feedback;
using NodaTime;

namespace MotCua.Domain.Tests.Feedback;

/// <summary>Drives one feedback in memory, as the store does (decide, link through the JSON codec, apply), on a real
/// working calendar: weekends, office hours 07:00–11:30 and 13:30–17:00, and the days off given.</summary>
internal sealed class FeedbackHarness
{
    /// <summary>Mon 1/12/2025 09:00 in Vietnam.</summary>
    public static readonly Instant T0 = At(2025, 12, 1, 9);

    public FeedbackHarness(params LocalDate[] daysOff)
    {
        Calendar = new WorkingCalendar(daysOff, []);
    }

    public WorkingCalendar Calendar { get; }

    public FeedbackItem Item { get; } = new() { Id = Guid.NewGuid() };

    public List<LoggedEvent> Events { get; } = [];

    public Instant Now { get; set; } = T0;

    public static Instant At(int year, int month, int day, int hour, int minute = 0) =>
        VietnamTime.ToInstant(new LocalDateTime(year, month, day, hour, minute));

    public static FeedbackInput Input(FeedbackSubject subject = FeedbackSubject.Procedure) =>
        new(subject, "Thủ tục khai sinh đòi giấy tờ không có trong quy định", "Cán bộ yêu cầu nộp thêm bản sao sổ hộ khẩu, trong khi thủ tục không quy định giấy tờ này.", null, "1.001193");

    /// <summary>A feedback about a procedure, routed to Sở Tư pháp (92.STP), received at <see cref="T0"/>.</summary>
    public static FeedbackHarness Submitted(FeedbackRouting routing = FeedbackRouting.Procedure, params LocalDate[] daysOff)
    {
        var h = new FeedbackHarness(daysOff);
        var unit = routing == FeedbackRouting.Office ? "92.VP" : "92.STP";
        h.Must(FeedbackRules.Submit("PAKN-251201-ABCDE", Input(), new FeedbackRoute(unit, routing, ProcedureCode: "1.001193", ProcedureName: "Đăng ký khai sinh"), h.Now, h.Calendar));
        return h;
    }

    public FeedbackDecision Do(FeedbackDecision decision)
    {
        if (!decision.Accepted)
        {
            return decision;
        }

        foreach (var (e, reason) in decision.Events)
        {
            var logged = EventChain.Link(StreamKind.Feedback, Item.Id, Item.LastSequence + 1, Item.LastHash,
                FeedbackEventCodec.ToNew(e, Now, new Actor("u1", "Nguyễn Thanh Tùng, Chuyên viên", "92.STP"), reason), Now);
            Item.Apply(logged, FeedbackEventCodec.Deserialize(logged.Type, logged.Data));
            Events.Add(logged);
        }

        return decision;
    }

    public FeedbackDecision Must(FeedbackDecision decision)
    {
        Assert.True(decision.Accepted, decision.Error);
        return Do(decision);
    }
}
