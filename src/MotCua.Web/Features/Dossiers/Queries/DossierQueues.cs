using System.Collections.Concurrent;
using System.Linq.Expressions;
using LinqKit;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using NodaTime;

namespace MotCua.Web.Features.Dossiers.Queries;

/// <summary>The queues of the officer workspace.</summary>
public enum Queue
{
    /// <summary>Online submissions waiting to be received at my unit.</summary>
    ToReceive,

    /// <summary>Steps assigned to me.</summary>
    Mine,

    /// <summary>At my unit (holder in scope), open.</summary>
    Unit,

    /// <summary>Open, with the dossier or step due today.</summary>
    DueToday,

    /// <summary>Open and past the dossier's or step's due time.</summary>
    Overdue,

    /// <summary>Waiting for the applicant's supplement.</summary>
    WaitingSupplement,

    /// <summary>Finished, waiting to be returned at my unit.</summary>
    ToReturn,
}

/// <summary>A line of a queue.</summary>
public sealed record QueueItem(Guid Id, string Code, string ProcedureName, DossierStatus Status, string? StepName, string? AssigneeName, Instant? DueAt, Instant? StepDueAt, Instant? ReceiptDueAt, bool Overdue);

/// <summary>The row of the one query that counts every queue (one property per <see cref="Queue"/>, same name).</summary>
public sealed class QueueCountRow
{
    public int ToReceive { get; set; }

    public int Mine { get; set; }

    public int Unit { get; set; }

    public int DueToday { get; set; }

    public int Overdue { get; set; }

    public int WaitingSupplement { get; set; }

    public int ToReturn { get; set; }

    public IReadOnlyDictionary<Queue, int> ToDictionary() => new Dictionary<Queue, int>
    {
        [Queue.ToReceive] = ToReceive,
        [Queue.Mine] = Mine,
        [Queue.Unit] = Unit,
        [Queue.DueToday] = DueToday,
        [Queue.Overdue] = Overdue,
        [Queue.WaitingSupplement] = WaitingSupplement,
        [Queue.ToReturn] = ToReturn,
    };
}

/// <summary>
/// Which dossiers each queue holds, written once as predicates the database evaluates and used twice: for a queue's
/// list and for the badges that count every queue in one query. Both run as EF compiled queries: the workspace asks
/// for them on every page and every refresh of its badges, and a compiled query skips EF's per-call translation
/// work (ADR 0074). A staff member's scope (her unit and those below it) is a list parameter; when it is a single unit —
/// every commune and ward officer — the scope tests compile to plain equalities instead: EF then reuses the finished
/// SQL as it is (a list makes it finish the SQL for the list's length on every call), and the SQL is short.
/// </summary>
internal static class DossierQueues
{
    /// <summary>What an officer can still act on.</summary>
    private static readonly DossierStatus[] Open =
        [DossierStatus.Submitted, DossierStatus.Received, DossierStatus.Processing, DossierStatus.WaitingSupplement, DossierStatus.WaitingPayment];

    /// <summary>Every status some queue holds: the open ones and finished dossiers to return.</summary>
    private static readonly DossierStatus[] Queued = [.. Open, DossierStatus.Finished];

    /// <summary>Whether <paramref name="code"/> is one of the staff member's units. In a compiled query this call
    /// becomes <c>scope.Contains(code)</c>, or <c>code == unit</c> for a single-unit scope
    /// (<see cref="ScopeRewriter"/>); evaluated in memory it is what it says.</summary>
    internal static bool InScope(string[] scope, string code) => scope.Contains(code);

    /// <summary>A staff member sees a dossier whose receiving, competent, holding or consulted unit is in her scope
    /// (<see cref="DossierVisibility"/>; province leaders and administrators see all).</summary>
    private static readonly Expression<Func<Dossier, string[], bool>> Visible = (d, scope) =>
        InScope(scope, d.ReceivingUnitCode) || InScope(scope, d.CompetentUnitCode) || InScope(scope, d.HolderUnitCode)
        || (d.ConsultedUnitCode != null && InScope(scope, d.ConsultedUnitCode));

    /// <summary>
    /// The visible dossiers some queue can hold — the only ones counted, found through the (unit, status) and
    /// (assignee, status) indexes. Every queue but <see cref="Queue.Mine"/> asks for the holding or receiving unit in
    /// scope, which already makes the dossier visible; so visibility is only checked for the assignee's dossiers. The
    /// shorter condition is what keeps PostgreSQL's planning of this query cheap (docs/BENCHMARKS.md).
    /// </summary>
    private static readonly Expression<Func<Dossier, string[], string, bool>> VisibleCandidate = (d, scope, user) =>
        Queued.Contains(d.Status)
        && (InScope(scope, d.HolderUnitCode) || InScope(scope, d.ReceivingUnitCode)
            || (d.AssigneeId == user && (InScope(scope, d.CompetentUnitCode) || (d.ConsultedUnitCode != null && InScope(scope, d.ConsultedUnitCode)))));

    /// <summary>The same for province leaders and administrators, who see every dossier.</summary>
    private static readonly Expression<Func<Dossier, string[], string, bool>> Candidate = (d, scope, user) =>
        Queued.Contains(d.Status) && (InScope(scope, d.HolderUnitCode) || InScope(scope, d.ReceivingUnitCode) || d.AssigneeId == user);

    private static readonly Expression<Func<Dossier, string[], string, Instant, Instant, bool>> ToReceive = (d, scope, user, now, endOfToday) =>
        d.Status == DossierStatus.Submitted && InScope(scope, d.ReceivingUnitCode);

    private static readonly Expression<Func<Dossier, string[], string, Instant, Instant, bool>> Mine = (d, scope, user, now, endOfToday) =>
        d.AssigneeId == user && Open.Contains(d.Status);

    private static readonly Expression<Func<Dossier, string[], string, Instant, Instant, bool>> AtUnit = (d, scope, user, now, endOfToday) =>
        InScope(scope, d.HolderUnitCode) && Open.Contains(d.Status);

    private static readonly Expression<Func<Dossier, string[], string, Instant, Instant, bool>> DueToday = (d, scope, user, now, endOfToday) =>
        InScope(scope, d.HolderUnitCode) && Open.Contains(d.Status)
        && ((d.StepDueAt != null && d.StepDueAt >= now && d.StepDueAt < endOfToday) || (d.DueAt != null && d.DueAt >= now && d.DueAt < endOfToday));

    private static readonly Expression<Func<Dossier, string[], string, Instant, Instant, bool>> Overdue = (d, scope, user, now, endOfToday) =>
        InScope(scope, d.HolderUnitCode) && Open.Contains(d.Status) && d.PausedAt == null
        && ((d.DueAt != null && d.DueAt < now) || (d.StepDueAt != null && d.StepDueAt < now) || (d.Status == DossierStatus.Submitted && d.ReceiptDueAt < now));

    private static readonly Expression<Func<Dossier, string[], string, Instant, Instant, bool>> WaitingSupplement = (d, scope, user, now, endOfToday) =>
        d.Status == DossierStatus.WaitingSupplement && (InScope(scope, d.HolderUnitCode) || InScope(scope, d.ReceivingUnitCode));

    private static readonly Expression<Func<Dossier, string[], string, Instant, Instant, bool>> ToReturn = (d, scope, user, now, endOfToday) =>
        d.Status == DossierStatus.Finished && InScope(scope, d.ReceivingUnitCode);

    /// <summary>Which dossiers <paramref name="queue"/> holds (before visibility): (dossier, scope, user, now, end of today).</summary>
    internal static Expression<Func<Dossier, string[], string, Instant, Instant, bool>> Holds(Queue queue) => queue switch
    {
        Queue.ToReceive => ToReceive,
        Queue.Mine => Mine,
        Queue.Unit => AtUnit,
        Queue.DueToday => DueToday,
        Queue.Overdue => Overdue,
        Queue.WaitingSupplement => WaitingSupplement,
        Queue.ToReturn => ToReturn,
        _ => throw new ArgumentOutOfRangeException(nameof(queue), queue, null),
    };

    /// <summary>The columns a queue line needs (not the whole projection row, whose procedure terms are large).</summary>
    internal sealed record Line(Guid Id, string Code, string ProcedureName, DossierStatus Status, string? StepName, string? AssigneeName,
        Instant? DueAt, Instant? StepDueAt, Instant? ReceiptDueAt, Instant? PausedAt);

    /// <summary>A query's arguments: (db, scope, its single unit or empty, user, now, end of today, …).</summary>
    private delegate Task<QueueCountRow?> CountQuery(MotCuaDbContext db, string[] scope, string unit, string user, Instant now, Instant endOfToday, CancellationToken cancellationToken);

    private delegate IAsyncEnumerable<Line> ListQuery(MotCuaDbContext db, string[] scope, string unit, string user, Instant now, Instant endOfToday, string search, int limit);

    /// <summary>The compiled queries of each EF model.</summary>
    private static readonly PerModel<Compiled> Queries = new(() => new Compiled());

    /// <summary>Every queue's count for the staff member, in one query.</summary>
    public static async Task<QueueCountRow> CountAsync(MotCuaDbContext db, bool province, string[] scope, string user, Instant now, Instant endOfToday, CancellationToken cancellationToken) =>
        await Queries.For(db).Counts(province, scope.Length == 1)(
            db, scope, SingleUnit(scope), user, now, endOfToday, cancellationToken) ?? new QueueCountRow();

    /// <summary>The first <paramref name="limit"/> dossiers of a queue, soonest due first; <paramref name="search"/>
    /// (empty for none) is part of the code or the whole procedure code.</summary>
    public static async Task<List<Line>> ListAsync(
        MotCuaDbContext db, Queue queue, bool province, string[] scope, string user, Instant now, Instant endOfToday, string search, int limit, CancellationToken cancellationToken)
    {
        var query = Queries.For(db).List(queue, province, search.Length > 0, scope.Length == 1);
        var lines = new List<Line>();
        await foreach (var line in query(db, scope, SingleUnit(scope), user, now, endOfToday, search, limit).WithCancellation(cancellationToken))
        {
            lines.Add(line);
        }

        return lines;
    }

    private static string SingleUnit(string[] scope) => scope.Length == 1 ? scope[0] : string.Empty;

    private sealed class Compiled
    {
        private readonly ConcurrentDictionary<(bool Province, bool Single), CountQuery> _counts = new();

        private readonly ConcurrentDictionary<(Queue Queue, bool Province, bool Searched, bool Single), ListQuery> _lists = new();

        public CountQuery Counts(bool province, bool single) =>
            _counts.GetOrAdd((province, single), key => CompileCounts(key.Province, key.Single));

        public ListQuery List(Queue queue, bool province, bool searched, bool single) =>
            _lists.GetOrAdd((queue, province, searched, single), key => CompileList(key.Queue, key.Province, key.Searched, key.Single));
    }

    private static CountQuery CompileCounts(bool province, bool single)
    {
        var candidate = province ? Candidate : VisibleCandidate;
        Expression<Func<MotCuaDbContext, string[], string, string, Instant, Instant, CancellationToken, QueueCountRow?>> query = (db, scope, unit, user, now, endOfToday, cancellationToken) =>
            db.Dossiers
                .Where(d => candidate.Invoke(d, scope, user))
                .GroupBy(d => 1)
                .OrderBy(g => g.Key)
                .Select(g => new QueueCountRow
                {
                    ToReceive = g.Count(d => ToReceive.Invoke(d, scope, user, now, endOfToday)),
                    Mine = g.Count(d => Mine.Invoke(d, scope, user, now, endOfToday)),
                    Unit = g.Count(d => AtUnit.Invoke(d, scope, user, now, endOfToday)),
                    DueToday = g.Count(d => DueToday.Invoke(d, scope, user, now, endOfToday)),
                    Overdue = g.Count(d => Overdue.Invoke(d, scope, user, now, endOfToday)),
                    WaitingSupplement = g.Count(d => WaitingSupplement.Invoke(d, scope, user, now, endOfToday)),
                    ToReturn = g.Count(d => ToReturn.Invoke(d, scope, user, now, endOfToday)),
                })
                .FirstOrDefault();
        var compiled = EF.CompileAsyncQuery(Prepare(query, single));
        return (db, scope, unit, user, now, endOfToday, cancellationToken) => compiled(db, scope, unit, user, now, endOfToday, cancellationToken);
    }

    private static ListQuery CompileList(Queue queue, bool province, bool searched, bool single)
    {
        var holds = Holds(queue);
        // Visibility only needs checking where the queue does not already ask for a unit in scope (see VisibleCandidate).
        var seesAll = province || queue != Queue.Mine;
        var unsearched = !searched;
        Expression<Func<MotCuaDbContext, string[], string, string, Instant, Instant, string, int, IQueryable<Line>>> query = (db, scope, unit, user, now, endOfToday, search, limit) =>
            db.Dossiers
                .Where(d => (seesAll || Visible.Invoke(d, scope)) && holds.Invoke(d, scope, user, now, endOfToday)
                    && (unsearched || (d.Code.Contains(search) || d.ProcedureCode == search)))
                .OrderBy(d => d.StepDueAt ?? d.DueAt ?? d.ReceiptDueAt)
                .Take(limit)
                .Select(d => new Line(d.Id, d.Code, d.ProcedureName, d.Status, d.StepName, d.AssigneeName, d.DueAt, d.StepDueAt, d.ReceiptDueAt, d.PausedAt));
        var compiled = EF.CompileAsyncQuery(Prepare(query, single));
        return (db, scope, unit, user, now, endOfToday, search, limit) => compiled(db, scope, unit, user, now, endOfToday, search, limit);
    }

    /// <summary>Inlines the predicates (LinqKit), turns each <see cref="InScope"/> into its SQL form for the variant,
    /// and folds the variant's constant <c>seesAll ||</c> and <c>unsearched ||</c> tests away, so the SQL of each
    /// variant only holds the conditions it needs. The lambda's third parameter is the scope's single unit.</summary>
    private static TLambda Prepare<TLambda>(TLambda query, bool single)
        where TLambda : LambdaExpression
    {
        var expanded = (LambdaExpression)query.Expand();
        var scoped = new ScopeRewriter(single ? expanded.Parameters[2] : null).Visit(expanded);
        return (TLambda)new ConstantOrFolder().Visit(scoped);
    }

    /// <summary>Replaces <see cref="InScope"/> by <c>scope.Contains(code)</c>, or by <c>code == unit</c> when
    /// <paramref name="unit"/> (the single unit's parameter) is given. (EF sends a list as one SQL parameter per element,
    /// which makes it finish the SQL on every execution; a single unit avoids that too.)</summary>
    private sealed class ScopeRewriter(ParameterExpression? unit) : ExpressionVisitor
    {
        private static readonly System.Reflection.MethodInfo Marker = typeof(DossierQueues).GetMethod(
            nameof(InScope), System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!;

        private static readonly System.Reflection.MethodInfo Contains = typeof(Enumerable).GetMethods()
            .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(string));

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method != Marker)
            {
                return base.VisitMethodCall(node);
            }

            var scope = Visit(node.Arguments[0]);
            var code = Visit(node.Arguments[1]);
            return unit is null ? Expression.Call(Contains, scope, code) : Expression.Equal(code, unit);
        }
    }

    private sealed class ConstantOrFolder : ExpressionVisitor
    {
        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (node.NodeType is ExpressionType.OrElse or ExpressionType.AndAlso)
            {
                var left = Visit(node.Left);
                if (Evaluate(left) is bool known)
                {
                    // true || x = true, false || x = x; true && x = x, false && x = false.
                    return (node.NodeType == ExpressionType.OrElse) == known ? Expression.Constant(known) : Visit(node.Right);
                }

                return node.Update(left, node.Conversion, Visit(node.Right));
            }

            return base.VisitBinary(node);
        }

        private static bool? Evaluate(Expression e) =>
            e switch
            {
                ConstantExpression { Value: bool b } => b,
                MemberExpression { Expression: ConstantExpression closure, Member: System.Reflection.FieldInfo field } when field.FieldType == typeof(bool) =>
                    (bool?)field.GetValue(closure.Value),
                _ => null,
            };
    }
}
