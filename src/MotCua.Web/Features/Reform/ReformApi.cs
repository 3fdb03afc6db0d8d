using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MotCua.Domain.Reform;
using MotCua.Web.Features.Reform.Actions;
using MotCua.Web.Features.Reform.Assign;
using MotCua.Web.Features.Reform.Extract;
using MotCua.Web.Features.Reform.Queries;
using MotCua.Web.Infrastructure;
using NodaTime;

namespace MotCua.Web.Features.Reform;

/// <summary>JSON API of reform steering (staff only): directive reading, saving reviewed tasks, the task list and
/// history, progress reports, the Office's decisions, and the figures per agency.</summary>
public static class ReformApi
{
    /// <summary>The body of <c>POST /api/reform/directives/extract</c>.</summary>
    public sealed record ExtractRequest(string? Text, int? Year);

    /// <summary>One reviewed task of <c>POST /api/reform/directives</c>.</summary>
    /// <param name="Text">What to do.</param>
    /// <param name="Lead">One lead agency, as named (resolved against the province's units).</param>
    /// <param name="Coordinators">Coordinating agencies.</param>
    /// <param name="Deadline">yyyy-MM-dd, or null.</param>
    /// <param name="Recurrence">monthly, quarterly, yearly, or null.</param>
    /// <param name="WithinMonth">The deadline was "within the month" (kept when it is a month's last day).</param>
    /// <param name="RecurrenceDay">The day of a recurring deadline.</param>
    /// <param name="RecurrenceMonth">The month of a yearly deadline.</param>
    /// <param name="Target">An indicator key ("766:2.1", "par:3", "sipas"), or null.</param>
    /// <param name="Priority">normal (default), high, urgent.</param>
    public sealed record TaskRequest(string? Text, string? Lead, IReadOnlyList<string>? Coordinators, LocalDate? Deadline, string? Recurrence,
        bool WithinMonth = false, int? RecurrenceDay = null, int? RecurrenceMonth = null, string? Target = null, string? Priority = null);

    /// <summary>The body of <c>POST /api/reform/directives</c>: the directive's particulars, its text and the reviewed tasks.</summary>
    /// <param name="Number">"1234/UBND-KSTT".</param>
    /// <param name="IssuedOn">yyyy-MM-dd.</param>
    /// <param name="Issuer">The issuing body.</param>
    /// <param name="Title">Trích yếu.</param>
    /// <param name="Kind">officialLetter, plan, conclusionNotice, decision.</param>
    /// <param name="Text">The directive's text.</param>
    /// <param name="Tasks">The reviewed tasks.</param>
    public sealed record SaveDirectiveRequest(string? Number, LocalDate? IssuedOn, string? Issuer, string? Title, string? Kind, string? Text, IReadOnlyList<TaskRequest>? Tasks);

    public sealed record SavedDirective(Guid Id, IReadOnlyList<Guid> Tasks);

    public sealed record ProgressRequest(int Percent, string? Text, bool Done);

    public sealed record ReasonRequest(string? Reason);

    public sealed record TaskJson(Guid Id, Guid? DirectiveId, string? DirectiveNumber, int Number, string Text, string Lead, string? LeadUnitCode,
        IReadOnlyList<string> Coordinators, string DeadlineKind, LocalDate? DueOn, string? Recurrence, string State, bool Overdue, int Percent,
        string Priority, string? Target);

    public sealed record EventJson(int Sequence, string Type, Instant OccurredAt, string? Actor, string? UnitCode, string? Reason, string Data, string Hash);

    public sealed record TaskDetailJson(TaskJson Task, IReadOnlyList<EventJson> History, bool ChainIntact);

    public sealed record AgencyJson(string Key, string Name, string? UnitCode, int Assigned, int DoneOnTime, int DoneLate, int Overdue, int Pending, double? CompletionRate);

    public static void MapReformApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reform")
            .WithTags("Reform")
            .RequireAuthorization(WebHost.StaffPolicy);

        group.MapPost("/directives/extract", async Task<Results<Ok<DirectiveExtraction>, ValidationProblem>> (ExtractRequest request, ExtractDirective extract, CancellationToken ct) =>
            {
                var text = DirectiveFileText.Pasted(request.Text);
                if (!text.Succeeded)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [text.Error!] }, title: "Không đọc được văn bản");
                }

                if (request.Year is < 2000 or > 2100)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["year"] = ["Năm phải từ 2000 đến 2100."] }, title: "Không đọc được văn bản");
                }

                var reading = extract.Read(text.Text!, await extract.AgenciesAsync(ct), request.Year);
                return TypedResults.Ok(reading.Extraction!);
            })
            .WithName("ExtractDirectiveTasks")
            .WithSummary("Propose the tasks of a directive's text, with the words and rule behind every field (nothing is saved)");

        group.MapPost("/directives", async Task<Results<Created<SavedDirective>, ValidationProblem, ProblemHttpResult>> (SaveDirectiveRequest request, ClaimsPrincipal user, CurrentStaff currentStaff, AssignTasks assign, CancellationToken ct) =>
            {
                if (await currentStaff.GetAsync(user, ct) is not { } staff)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Không có quyền truy cập");
                }

                DirectiveKind? kind = Enum.TryParse<DirectiveKind>(request.Kind, ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : null;
                var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
                var drafts = new List<DraftToSave>();
                var tasks = request.Tasks ?? [];
                for (var i = 0; i < tasks.Count; i++)
                {
                    var t = tasks[i];
                    RecurrencePeriod? recurrence = null;
                    if (!string.IsNullOrWhiteSpace(t.Recurrence) && (recurrence = TaskRecurrence.Parse(t.Recurrence)) is null)
                    {
                        problems[$"tasks[{i}].recurrence"] = ["Định kỳ phải là monthly, quarterly hoặc yearly."];
                    }

                    var priority = t.Priority is null ? TaskPriority.Normal : ReformQueries.ParsePriority(t.Priority);
                    if (priority is null)
                    {
                        problems[$"tasks[{i}].priority"] = ["Mức độ ưu tiên phải là normal, high hoặc urgent."];
                    }

                    drafts.Add(new DraftToSave($"tasks[{i}]", i + 1, new ReformTaskDraft(t.Text, t.Lead, t.Coordinators ?? [], t.Deadline, recurrence),
                        t.WithinMonth, t.RecurrenceDay, t.RecurrenceMonth, t.Target, priority ?? TaskPriority.Normal));
                }

                if (problems.Count > 0)
                {
                    return TypedResults.ValidationProblem(problems, title: "Không lưu được văn bản");
                }

                var result = await assign.SaveDirectiveAsync(new DirectiveInput(request.Number, request.IssuedOn, request.Issuer, request.Title, kind, request.Text), drafts, null, staff, ct);
                if (!result.Succeeded)
                {
                    if (result.Problems is [{ Key: "", Value: AssignTasks.OfficeOnly }])
                    {
                        return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: AssignTasks.OfficeOnly);
                    }

                    return TypedResults.ValidationProblem(
                        result.Problems.GroupBy(p => Camel(p.Key)).ToDictionary(g => g.Key, g => g.Select(p => p.Value).ToArray()),
                        title: "Không lưu được văn bản");
                }

                return TypedResults.Created($"/Reform/Directives/{result.Directive!.Id}", new SavedDirective(result.Directive.Id, [.. result.Tasks.Select(t => t.Id)]));
            })
            .WithName("SaveDirective")
            .WithSummary("Save a directive with its reviewed tasks (the Office); every task is reviewed again, all or nothing");

        group.MapGet("/tasks", async Task<Results<Ok<IReadOnlyList<TaskJson>>, ProblemHttpResult>> (ClaimsPrincipal user, CurrentStaff currentStaff, ReformQueries queries,
                string? q, string? status, string? agency, Guid? directive, string? target, string? priority, CancellationToken ct) =>
            {
                if (await currentStaff.GetAsync(user, ct) is not { } staff)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Không có quyền truy cập");
                }

                var (rows, _) = await queries.ListAsync(staff, new TaskFilter(q, status, agency, directive, target, priority), ct);
                return TypedResults.Ok<IReadOnlyList<TaskJson>>([.. rows.Select(r => Json(r))]);
            })
            .WithName("ListReformTasks")
            .WithSummary("The reform tasks the caller may see (status: open, overdue, assigned, inprogress, reported, accepted, cancelled), soonest deadline first, at most 200");

        group.MapGet("/tasks/{id:guid}", async Task<Results<Ok<TaskDetailJson>, NotFound<ProblemDetails>>> (Guid id, ClaimsPrincipal user, CurrentStaff currentStaff, ReformQueries queries, ReformTaskStore store, CancellationToken ct) =>
            {
                if (await currentStaff.GetAsync(user, ct) is not { } staff || await queries.DetailAsync(staff, id, ct) is not { } detail)
                {
                    return NotFound();
                }

                var events = await store.EventsAsync(id, ct);
                return TypedResults.Ok(new TaskDetailJson(
                    Json(ReformQueries.Row(detail.Task, queries.Today), detail.Task.Coordinators.Select(c => c.Name).ToList()),
                    [.. events.Select(e => new EventJson(e.Sequence, e.Type, e.OccurredAt, e.ActorName, e.UnitCode, e.Reason, e.Data, e.Hash))],
                    detail.ChainIntact));
            })
            .WithName("GetReformTask")
            .WithSummary("A reform task with its event history (404 when the caller may not see it)");

        group.MapPost("/tasks/{id:guid}/progress", (Guid id, ProgressRequest request, ClaimsPrincipal user, CurrentStaff currentStaff, ReformTaskActions actions, ReformQueries queries, CancellationToken ct) =>
                RunAsync(id, new ReportProgress(request.Percent, request.Text, request.Done, []), user, currentStaff, actions, queries, ct))
            .WithName("ReportReformTaskProgress")
            .WithSummary("The lead agency reports progress (done = ask the Office to accept); evidence files are sent from the task page");

        group.MapPost("/tasks/{id:guid}/accept", (Guid id, ClaimsPrincipal user, CurrentStaff currentStaff, ReformTaskActions actions, ReformQueries queries, CancellationToken ct) =>
                RunAsync(id, new AcceptReport(), user, currentStaff, actions, queries, ct))
            .WithName("AcceptReformTask")
            .WithSummary("The Office accepts a task reported done");

        group.MapPost("/tasks/{id:guid}/send-back", (Guid id, ReasonRequest request, ClaimsPrincipal user, CurrentStaff currentStaff, ReformTaskActions actions, ReformQueries queries, CancellationToken ct) =>
                RunAsync(id, new SendBackReport(request.Reason), user, currentStaff, actions, queries, ct))
            .WithName("SendBackReformTask")
            .WithSummary("The Office sends a reported result back, with the reason");

        group.MapPost("/tasks/{id:guid}/cancel", (Guid id, ReasonRequest request, ClaimsPrincipal user, CurrentStaff currentStaff, ReformTaskActions actions, ReformQueries queries, CancellationToken ct) =>
                RunAsync(id, new CancelTask(request.Reason), user, currentStaff, actions, queries, ct))
            .WithName("CancelReformTask")
            .WithSummary("The Office cancels an open task, with the reason");

        group.MapGet("/dashboard/agencies", async (int? year, ReformQueries queries, CancellationToken ct) =>
            {
                var figures = await queries.DashboardAsync(year is >= 2000 and <= 2100 ? year : null, ct);
                return TypedResults.Ok<IReadOnlyList<AgencyJson>>([.. figures.Agencies.Select(a => new AgencyJson(a.Key, a.Name, a.UnitCode,
                    a.Tally.Assigned, a.Tally.DoneOnTime, a.Tally.DoneLate, a.Tally.Overdue, a.Tally.Pending, a.Tally.CompletionRate))]);
            })
            .WithName("ReformFiguresByAgency")
            .WithSummary("Per lead agency: assigned, done on time, done late, overdue, pending and the on-time completion rate (optionally for the results due in one year)");
    }

    private static async Task<Results<Ok<TaskJson>, NotFound<ProblemDetails>, ProblemHttpResult>> RunAsync(Guid id, ReformTaskAction action, ClaimsPrincipal user,
        CurrentStaff currentStaff, ReformTaskActions actions, ReformQueries queries, CancellationToken ct)
    {
        if (await currentStaff.GetAsync(user, ct) is not { } staff)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Không có quyền truy cập");
        }

        var outcome = await actions.RunAsync(id, staff, action, ct);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (!outcome.Succeeded)
        {
            var status = outcome.Conflict ? StatusCodes.Status409Conflict
                : outcome.Error is ReformTaskActions.NotTheLead or ReformTaskActions.NotTheOffice ? StatusCodes.Status403Forbidden
                : StatusCodes.Status400BadRequest;
            return TypedResults.Problem(statusCode: status, title: outcome.Error);
        }

        return TypedResults.Ok(Json(ReformQueries.Row(outcome.Task!, queries.Today), outcome.Task!.Coordinators.Select(c => c.Name).ToList()));
    }

    private static NotFound<ProblemDetails> NotFound() =>
        TypedResults.NotFound(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Không tìm thấy nhiệm vụ" });

    private static TaskJson Json(TaskRow r, IReadOnlyList<string>? coordinators = null) => new(
        r.Id, r.DirectiveId, r.DirectiveNumber, r.Number, r.Text, r.LeadName, r.LeadUnitCode, coordinators ?? [],
        Camel(r.Deadline.Kind.ToString()), r.Deadline.Date, r.Deadline.Recurrence?.Code, Camel(r.State.ToString()), r.Overdue, r.Percent,
        r.Priority.ToString().ToLowerInvariant(), r.Target.Family == IndicatorFamily.None ? null : r.Target.Key);

    /// <summary>"tasks[0].Lead" → "tasks[0].lead", "IssuedOn" → "issuedOn" (JSON names).</summary>
    private static string Camel(string key) =>
        string.Join('.', key.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
