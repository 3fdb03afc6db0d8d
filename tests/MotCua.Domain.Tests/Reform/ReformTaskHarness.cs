using MotCua.Domain.Dossiers;
using MotCua.Domain.EventLog;
using MotCua.Domain.Reform;
using NodaTime;

namespace MotCua.Domain.Tests.Reform;

/// <summary>Drives one reform task in memory, as the store does: decide, link, apply.</summary>
internal sealed class ReformTaskHarness
{
    /// <summary>Mon 1/12/2025 09:00 in Vietnam.</summary>
    public static readonly Instant T0 = Instant.FromUtc(2025, 12, 1, 2, 0);

    public ReformTask Task { get; } = new() { Id = Guid.NewGuid() };

    public List<LoggedEvent> Events { get; } = [];

    public Instant Now { get; set; } = T0;

    public LocalDate Today => Now.InZone(VietnamTime.Zone).Date;

    /// <summary>A task assigned to Sở Tư pháp (92.STP) with the given deadline.</summary>
    public static ReformTaskHarness Assigned(TaskDeadline deadline, string lead = "Sở Tư pháp")
    {
        var h = new ReformTaskHarness();
        h.Must(ReformTaskRules.Assign(Guid.NewGuid(), "12/UBND-VP", 1, Assignment(lead, deadline)));
        return h;
    }

    public static TaskAssignment Assignment(string lead, TaskDeadline deadline, params string[] coordinators)
    {
        var (task, problems) = ReformTaskDraftRules.Review(new ReformTaskDraft("Rà soát quy trình nội bộ", lead, coordinators, null, null), ReformTestData.Demo);
        Assert.Empty(problems);
        return new TaskAssignment(task!, deadline, new TaskTarget(IndicatorFamily.Index766, "2.1"), TaskPriority.High);
    }

    public void AdvanceTo(LocalDate day) => Now = day.At(new LocalTime(9, 0)).InZoneLeniently(VietnamTime.Zone).ToInstant();

    public ReformDecision Do(ReformDecision decision)
    {
        if (!decision.Accepted)
        {
            return decision;
        }

        foreach (var (e, reason) in decision.Events)
        {
            var logged = EventChain.Link(StreamKind.ReformTask, Task.Id, Task.LastSequence + 1, Task.LastHash,
                ReformTaskEventCodec.ToNew(e, Now, new Actor("u1", "Chuyên viên", "92.STP"), reason), Now);
            Task.Apply(logged, e);
            Events.Add(logged);
        }

        return decision;
    }

    public ReformDecision Must(ReformDecision decision)
    {
        Assert.True(decision.Accepted, decision.Error);
        return Do(decision);
    }

    /// <summary>Folds the recorded events (through their JSON) into a new task.</summary>
    public ReformTask Refold()
    {
        var task = new ReformTask { Id = Task.Id };
        foreach (var e in Events)
        {
            task.Apply(e, ReformTaskEventCodec.Deserialize(e.Type, e.Data));
        }

        return task;
    }

    public ReformDecision Report(int percent, bool done = false) =>
        Must(ReformTaskRules.ReportProgress(Task, percent, "Đã làm", [new FileRecord("bien-ban.pdf", "2025/12/x.pdf", new string('a', 64), 10)], done));
}
