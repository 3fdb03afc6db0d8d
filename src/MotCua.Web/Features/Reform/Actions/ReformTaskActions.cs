using MotCua.Domain.Dossiers;
using MotCua.Domain.Reform;
using MotCua.Web.Features.Reform.Notifications;
using MotCua.Web.Infrastructure;
using MotCua.Web.Infrastructure.Files;

namespace MotCua.Web.Features.Reform.Actions;

/// <summary>A command on a reform task.</summary>
public abstract record ReformTaskAction;

/// <summary>The lead agency reports progress, with evidence files; <paramref name="Done"/> asks for acceptance.</summary>
public sealed record ReportProgress(int Percent, string? Text, bool Done, IReadOnlyList<UploadedEvidence> Files) : ReformTaskAction;

/// <summary>An evidence file as uploaded.</summary>
public sealed record UploadedEvidence(Stream Content, string FileName);

/// <summary>The Office accepts the reported result.</summary>
public sealed record AcceptReport : ReformTaskAction;

/// <summary>The Office sends the reported result back.</summary>
public sealed record SendBackReport(string? Reason) : ReformTaskAction;

/// <summary>The Office cancels the task.</summary>
public sealed record CancelTask(string? Reason) : ReformTaskAction;

/// <summary>What a command gave: the task after it, or why nothing was written (<see cref="NotFound"/> when the
/// person may not see the task at all).</summary>
public sealed record ReformActionOutcome(ReformTask? Task, string? Error, bool NotFound = false, bool Conflict = false)
{
    public bool Succeeded => Error is null && !NotFound;
}

/// <summary>
/// Runs commands on a task: checks that the person may see it (else 404) and may give the command, asks the rules
/// (<see cref="ReformTaskRules"/>), and appends the events with their e-mails in one transaction. Evidence files
/// are stored first and removed again when nothing is written.
/// </summary>
public sealed class ReformTaskActions(ReformTaskStore store, ReformAccess access, ReformNotifications notifications, IFileStore files)
{
    public const string NotTheLead = "Chỉ cơ quan chủ trì báo cáo tiến độ nhiệm vụ này.";
    public const string NotTheOffice = "Chỉ Văn phòng UBND nghiệm thu, trả lại hoặc hủy nhiệm vụ.";

    public async Task<ReformActionOutcome> RunAsync(Guid taskId, StaffMember staff, ReformTaskAction action, CancellationToken cancellationToken)
    {
        var task = await store.FindAsync(taskId, cancellationToken);
        if (task is null || !access.CanSee(staff, task))
        {
            return new ReformActionOutcome(null, null, NotFound: true);
        }

        return action switch
        {
            ReportProgress report => await ReportAsync(task, staff, report, cancellationToken),
            AcceptReport => await DecideAsync(task, staff, ReformTaskRules.Accept(task), null, cancellationToken),
            SendBackReport back => await DecideAsync(task, staff, ReformTaskRules.SendBack(task, back.Reason), back.Reason, cancellationToken),
            CancelTask cancel => await DecideAsync(task, staff, ReformTaskRules.Cancel(task, cancel.Reason), null, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };
    }

    private async Task<ReformActionOutcome> ReportAsync(ReformTask task, StaffMember staff, ReportProgress report, CancellationToken cancellationToken)
    {
        if (!access.CanReport(staff, task))
        {
            return new ReformActionOutcome(null, NotTheLead);
        }

        // Check everything but the files first, so that a refused report stores nothing.
        var check = ReformTaskRules.ReportProgress(task, report.Percent, report.Text, [], report.Done);
        if (!check.Accepted)
        {
            return new ReformActionOutcome(null, check.Error);
        }

        if (report.Files.Count > ReformTaskRules.MaxFiles)
        {
            return new ReformActionOutcome(null, $"Nhiều nhất {ReformTaskRules.MaxFiles} tệp minh chứng cho một báo cáo.");
        }

        var stored = new List<FileRecord>();
        try
        {
            foreach (var file in report.Files)
            {
                stored.Add(await files.SaveAsync(file.Content, file.FileName, cancellationToken));
            }
        }
        catch (FileRejectedException ex)
        {
            Forget(stored);
            return new ReformActionOutcome(null, ex.Message);
        }

        var decision = ReformTaskRules.ReportProgress(task, report.Percent, report.Text, stored, report.Done);
        store.Stage(task, decision, staff.Actor);
        if (report.Done)
        {
            await notifications.StageReportedDoneAsync(task, cancellationToken);
        }

        if (!await store.SaveAsync(cancellationToken))
        {
            Forget(stored);
            return new ReformActionOutcome(null, ReformTaskStore.ConflictMessage, Conflict: true);
        }

        return new ReformActionOutcome(task, null);
    }

    private async Task<ReformActionOutcome> DecideAsync(ReformTask task, StaffMember staff, ReformDecision decision, string? sentBackReason, CancellationToken cancellationToken)
    {
        if (!access.CanDecide(staff))
        {
            return new ReformActionOutcome(null, NotTheOffice);
        }

        if (!decision.Accepted)
        {
            return new ReformActionOutcome(null, decision.Error);
        }

        store.Stage(task, decision, staff.Actor);
        if (decision.Events.Any(e => e.Event is ReportSentBack))
        {
            await notifications.StageSentBackAsync(task, ReformTaskRules.NormalizeMultiline(sentBackReason) ?? string.Empty, cancellationToken);
        }

        return await store.SaveAsync(cancellationToken)
            ? new ReformActionOutcome(task, null)
            : new ReformActionOutcome(null, ReformTaskStore.ConflictMessage, Conflict: true);
    }

    private void Forget(IEnumerable<FileRecord> stored)
    {
        foreach (var f in stored)
        {
            files.Delete(f.StorageKey);
        }
    }
}
