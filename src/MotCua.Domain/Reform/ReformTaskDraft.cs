using MotCua.Domain.Text;
using NodaTime;

namespace MotCua.Domain.Reform;

/// <summary>A proposal as the officer edited it, before it becomes a task (fields as typed).</summary>
public sealed record ReformTaskDraft(string? Text, string? Lead, IReadOnlyList<string> Coordinators, LocalDate? Deadline, RecurrencePeriod? Recurrence)
{
    /// <summary>The draft of an extracted proposal, unchanged.</summary>
    public static ReformTaskDraft From(TaskProposal proposal) => new(
        proposal.Text,
        proposal.Lead?.Agency.Name,
        [.. proposal.Coordinators.Select(c => c.Agency.Name)],
        proposal.Deadline?.Date,
        proposal.Recurrence?.Recurrence.Period);
}

/// <summary>A draft that passed review: what a reform task is created from (one lead, its coordinators, a
/// deadline and/or a recurrence), each agency resolved against the province's units.</summary>
public sealed record ReviewedTask(string Text, AgencyRef Lead, IReadOnlyList<AgencyRef> Coordinators, LocalDate? Deadline, RecurrencePeriod? Recurrence);

/// <summary>A problem with one field of a draft, in Vietnamese. <see cref="Field"/> is the draft's property name.</summary>
public sealed record DraftProblem(string Field, string Message);

/// <summary>
/// The rules an edited proposal must satisfy before it may become a task: a text; exactly one lead agency
/// (provinces' reform programmes state the principle "một nhiệm vụ chỉ giao một cơ quan chủ trì và chịu trách
/// nhiệm chính", e.g. Hậu Giang's 2021–2025 programme, Part Two, III.2); coordinators that differ from the lead
/// and from each other; a plausible deadline.
/// </summary>
public static class ReformTaskDraftRules
{
    public const int MaxTextLength = 4000;
    public const int MaxAgencyLength = 400;
    public const int MaxCoordinators = 30;

    /// <summary>Reviews a draft: either the reviewed task or the problems (never both).</summary>
    public static (ReviewedTask? Task, IReadOnlyList<DraftProblem> Problems) Review(ReformTaskDraft draft, AgencyDirectory agencies)
    {
        var problems = new List<DraftProblem>();
        var text = VietnameseText.Normalize(draft.Text);
        if (string.IsNullOrEmpty(text))
        {
            problems.Add(new DraftProblem(nameof(draft.Text), "Nhập nội dung nhiệm vụ."));
        }
        else if (text.Length > MaxTextLength)
        {
            problems.Add(new DraftProblem(nameof(draft.Text), $"Nội dung nhiệm vụ dài quá {MaxTextLength} ký tự."));
        }

        AgencyRef? lead = null;
        var leadText = draft.Lead?.Trim();
        if (string.IsNullOrEmpty(leadText))
        {
            problems.Add(new DraftProblem(nameof(draft.Lead), "Nhập một cơ quan chủ trì."));
        }
        else if (leadText.Contains('\n', StringComparison.Ordinal))
        {
            problems.Add(new DraftProblem(nameof(draft.Lead), "Chỉ một cơ quan chủ trì; đưa các cơ quan khác vào ô phối hợp."));
        }
        else if (leadText.Length > MaxAgencyLength)
        {
            problems.Add(new DraftProblem(nameof(draft.Lead), $"Tên cơ quan chủ trì dài quá {MaxAgencyLength} ký tự."));
        }
        else
        {
            lead = agencies.Resolve(leadText);
        }

        var coordinators = new List<AgencyRef>();
        var names = draft.Coordinators.Select(VietnameseText.Normalize).Where(n => !string.IsNullOrEmpty(n)).Select(n => n!).ToList();
        if (names.Count > MaxCoordinators)
        {
            problems.Add(new DraftProblem(nameof(draft.Coordinators), $"Nhiều nhất {MaxCoordinators} cơ quan phối hợp."));
        }

        foreach (var name in names.Take(MaxCoordinators))
        {
            if (name.Length > MaxAgencyLength)
            {
                problems.Add(new DraftProblem(nameof(draft.Coordinators), $"Tên cơ quan phối hợp dài quá {MaxAgencyLength} ký tự."));
                continue;
            }

            var agency = agencies.Resolve(name);
            if (lead is not null && SameAgency(agency, lead))
            {
                problems.Add(new DraftProblem(nameof(draft.Coordinators), $"\"{name}\" đã là cơ quan chủ trì; bỏ khỏi danh sách phối hợp."));
            }
            else if (coordinators.Any(c => SameAgency(c, agency)))
            {
                problems.Add(new DraftProblem(nameof(draft.Coordinators), $"\"{name}\" bị lặp trong danh sách phối hợp."));
            }
            else
            {
                coordinators.Add(agency);
            }
        }

        if (draft.Deadline is { Year: < 2000 or > 2100 })
        {
            problems.Add(new DraftProblem(nameof(draft.Deadline), "Thời hạn phải là một ngày từ năm 2000 đến năm 2100."));
        }

        return problems.Count > 0
            ? (null, problems)
            : (new ReviewedTask(text!, lead!, coordinators, draft.Deadline, draft.Recurrence), problems);
    }

    private static bool SameAgency(AgencyRef a, AgencyRef b) =>
        (a.UnitCode is not null && a.UnitCode == b.UnitCode)
        || string.Equals(VietnameseText.SearchKey(a.Name), VietnameseText.SearchKey(b.Name), StringComparison.Ordinal);
}
