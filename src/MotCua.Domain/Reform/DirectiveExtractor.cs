using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MotCua.Domain.Reform;

/// <summary>
/// Reads a directive (công văn, kế hoạch, thông báo kết luận, quyết định) and proposes its tasks, each with
/// one lead agency, its coordinating agencies, a deadline or a recurrence, and the words and rule behind every
/// field. Rule-based and deterministic: no network, no trained model; see docs/DIRECTIVES.md for the rules.
/// </summary>
public static partial class DirectiveExtractor
{
    /// <summary>Proposes the tasks of <paramref name="input"/>.</summary>
    /// <param name="input">The directive's text (any normalisation form, any line ends).</param>
    /// <param name="agencies">The province's units and the agency catalogue.</param>
    /// <param name="year">The directive's year for deadlines written without one; default: read from the
    /// header ("…, ngày … tháng … năm 2024").</param>
    /// <param name="fallbackYear">The year to use when neither <paramref name="year"/> nor the header gives one
    /// (callers pass the current year).</param>
    public static DirectiveExtraction Extract(string input, AgencyDirectory agencies, int? year = null, int? fallbackYear = null)
    {
        var outline = DirectiveOutline.Parse(input);
        var head = outline.Text.Length > 4000 ? outline.Text[..4000] : outline.Text;
        return new Reader(outline, agencies, year ?? DeadlineReader.HeaderYear(FoldedText.Fold(head)) ?? fallbackYear).Run();
    }

    [GeneratedRegex(@"trien\s+khai\s+(?:thuc\s+hien\s+)?(?:cong\s+van|van\s+ban|ke\s+hoach|chi\s+thi|quyet\s+dinh|thong\s+bao|chuong\s+trinh)\s+nay", RegexOptions.CultureInvariant)]
    internal static partial Regex ClosingFormula();

    [GeneratedRegex(@"(?<=\p{L})(\d{1,2})(?=[\s;,.:)”""]|$)")]
    internal static partial Regex FootnoteMark();

    private sealed class Clause(int first, int end, ExtractionRule rule)
    {
        public int First { get; } = first;

        public int End { get; } = end;

        public ExtractionRule Rule { get; } = rule;

        public TextSpan Span { get; set; }

        public bool StartsWithSignal { get; set; }

        public Lead? Lead { get; set; }

        public List<AgencyFinding> Coordinators { get; } = [];

        public DeadlineFinding? Deadline { get; set; }

        public RecurrenceFinding? Recurrence { get; set; }

        public List<ProposalNote> Notes { get; } = [];
    }

    private sealed record Lead(AgencyFinding Finding, bool Assigning);

    private sealed record Context(Lead? Lead, IReadOnlyList<AgencyFinding> Coordinators, DeadlineFinding? Deadline, RecurrenceFinding? Recurrence)
    {
        public static Context Empty { get; } = new(null, [], null, null);
    }

    private sealed class ItemState(OutlineItem item)
    {
        public OutlineItem Item { get; } = item;

        public Lead? Heading { get; set; }

        public List<Clause> Clauses { get; } = [];

        public DeadlineFinding? StatementDeadline { get; set; }

        public RecurrenceFinding? StatementRecurrence { get; set; }

        public Context Context { get; set; } = Context.Empty;

        /// <summary>True when the item's first sentence tells what was done ("đã"): a report, not an assignment.</summary>
        public bool Narrative { get; set; }
    }

    private sealed class Reader(DirectiveOutline outline, AgencyDirectory agencies, int? year)
    {
        private readonly DirectiveText _text = outline.Words;
        private readonly Dictionary<int, AgencyMatch?> _matches = [];
        private readonly List<DeadlinePhrase> _deadlines = DeadlineReader.FindDeadlines(outline.Words.Folded);
        private readonly List<RecurrencePhrase> _recurrences = DeadlineReader.FindRecurrences(outline.Words.Folded);

        public DirectiveExtraction Run()
        {
            var states = outline.Items.Select(i => new ItemState(i)).ToArray();
            foreach (var state in states)
            {
                Read(state);
            }

            // A "Thời gian hoàn thành" line after the last sub-item, when no sub-item has its own deadline,
            // is the deadline of the enclosing item: it applies to each sub-item.
            foreach (var state in states)
            {
                if (state.Item.Statement is not { } statement)
                {
                    continue;
                }

                var (deadline, recurrence, _) = Timing(statement);
                var parent = state.Item.Parent;
                var target = state;
                if (parent is not null && parent.Children[^1] == state.Item
                    && !parent.Children.Any(c => states[c.Index].Clauses.Any(k => k.Deadline is not null)))
                {
                    target = states[parent.Index];
                }

                target.StatementDeadline ??= deadline;
                target.StatementRecurrence ??= recurrence;
            }

            var proposals = new List<TaskProposal>();
            var skipped = new List<SkippedText>();
            var preamble = Clauses(outline.Preamble, ExtractionRule.ItemSignalWord).Where(c => c.StartsWithSignal).ToList();
            foreach (var clause in preamble)
            {
                Analyse(clause);
            }

            Finish(preamble, null, Context.Empty, "0", proposals, skipped);
            foreach (var state in states)
            {
                var parentContext = state.Item.Parent is { } p ? states[p.Index].Context : Context.Empty;
                var intro = state.Clauses.LastOrDefault(c => c.Lead is not null);
                state.Context = new Context(
                    state.Heading ?? intro?.Lead ?? parentContext.Lead,
                    intro is { Coordinators.Count: > 0 } ? intro.Coordinators : parentContext.Coordinators,
                    state.StatementDeadline ?? state.Clauses.LastOrDefault(c => c.Deadline is not null)?.Deadline ?? parentContext.Deadline,
                    state.StatementRecurrence ?? state.Clauses.LastOrDefault(c => c.Recurrence is not null)?.Recurrence ?? parentContext.Recurrence);
                if (state.Item.Children.Count == 0)
                {
                    Finish(state.Clauses, state, parentContext, PathOf(state.Item), proposals, skipped);
                }
            }

            var numbered = proposals.Select((p, i) => p with { Number = i + 1 }).ToList();
            return new DirectiveExtraction(outline.Text, year, numbered, outline.Excluded, skipped, outline.Items.Count);
        }

        private void Read(ItemState state)
        {
            var body = state.Item.Body;
            var first = _text.FirstTokenAt(body.Start);
            var end = _text.FirstTokenAt(body.End);
            for (var t = first; t < end && !(t > first && _text.GapBefore(t).Contains('.')); t++)
            {
                state.Narrative |= _text.LowerWord(t) == "đã";
            }

            if (first < end && MatchAt(first) is { } heading && IsHeading(heading, body))
            {
                state.Heading = new Lead(new AgencyFinding(heading.Agency, SpanOf(heading), ExtractionRule.LeadHeading, null, heading.ByTitle), true);
                first = heading.EndToken;
            }

            foreach (var clause in Clauses(TextSpan.FromBounds(first < _text.Tokens.Length ? Math.Min(_text.Tokens[first].Start, body.End) : body.End, body.End), ExtractionRule.ItemMarker))
            {
                Analyse(clause);
                state.Clauses.Add(clause);
            }
        }

        /// <summary>"a) Sở Nội vụ" alone on its line (or followed by a colon): the item's tasks follow.</summary>
        private bool IsHeading(AgencyMatch heading, TextSpan body)
        {
            var after = _text.Tokens[heading.EndToken - 1].End;
            var lineEnd = _text.Source.IndexOf('\n', after);
            if (lineEnd < 0 || lineEnd > body.End)
            {
                lineEnd = body.End;
            }

            var rest = _text.Folded[after..lineEnd].Trim();
            return rest.Length == 0 || rest == ":" || rest == "." || (rest.StartsWith(':') && heading.EndToken < _text.Tokens.Length);
        }

        private List<Clause> Clauses(TextSpan range, ExtractionRule firstRule)
        {
            var clauses = new List<Clause>();
            var first = _text.FirstTokenAt(range.Start);
            var end = _text.FirstTokenAt(range.End);
            if (first >= end)
            {
                return clauses;
            }

            var start = first;
            var rule = firstRule;
            for (var t = first + 1; t < end; t++)
            {
                var gap = _text.GapBefore(t);
                var semicolon = gap.Contains(';');
                var period = gap.Contains('.') && (_text.IsCapitalised(t) || gap.Contains('"'));
                if (!semicolon && !period)
                {
                    continue;
                }

                ExtractionRule? split = null;
                if (_text.IsCapitalised(t) && IsSignal(t))
                {
                    split = ExtractionRule.ItemSignalWord;
                }
                else if (HasTiming(_text.Tokens[start].Start, _text.Tokens[t].Start))
                {
                    split = ExtractionRule.ItemAfterDeadline;
                }
                else if (period && SubjectAt(t, end) is not null)
                {
                    split = ExtractionRule.ItemNewSubject;
                }

                if (split is { } reason)
                {
                    clauses.Add(NewClause(start, t, rule));
                    start = t;
                    rule = reason;
                }
            }

            clauses.Add(NewClause(start, end, rule));
            return clauses;
        }

        private Clause NewClause(int first, int end, ExtractionRule rule)
        {
            var stop = _text.Tokens[end - 1].End;
            while (stop < _text.Source.Length && _text.Folded[stop] is '.' or ';' or '"' or ')' or '/' or '\'' or '!' or '?')
            {
                stop++;
            }

            var begin = _text.Tokens[first].Start;
            while (begin > 0 && _text.Folded[begin - 1] is '"' or '(' or '\'')
            {
                begin--;
            }

            return new Clause(first, end, rule)
            {
                Span = TextSpan.FromBounds(begin, stop),
                StartsWithSignal = IsSignal(first),
            };
        }

        private bool HasTiming(int from, int to) =>
            _deadlines.Any(d => d.Invalid is null && d.Date is not null && d.Span.Start >= from && d.Span.End <= to)
            || _recurrences.Any(r => r.Span.Start >= from && r.Span.End <= to);

        private bool IsSignal(int t) =>
            (_text.LowerWord(t) == "giao" && t + 1 < _text.Tokens.Length && (_text.WordsAt(t + 1, "cho") || MatchAt(t + 1) is not null))
            || _text.WordsAt(t, "de", "nghi") || _text.WordsAt(t, "yeu", "cau") || _text.WordsAt(t, "chu", "tri");

        private void Analyse(Clause clause)
        {
            FindLead(clause);
            FindCoordinators(clause);
            var (deadline, recurrence, notes) = Timing(clause.Span);
            clause.Deadline = deadline;
            clause.Recurrence = recurrence;
            clause.Notes.AddRange(notes);
        }

        private void FindLead(Clause clause)
        {
            for (var t = clause.First; t < clause.End; t++)
            {
                // "Cơ quan chủ trì: Sở X", "Đơn vị thực hiện: Sở X".
                if ((_text.WordsAt(t, "chu", "tri") || (_text.WordsAt(t, "thuc", "hien") && t > clause.First && (_text.WordsAt(t - 1, "vi") || _text.WordsAt(t - 1, "quan"))))
                    && t + 2 < clause.End && _text.GapBefore(t + 2).Contains(':') && MatchAt(t + 2) is { } labelled)
                {
                    SetLead(clause, List(labelled, clause.End), ExtractionRule.LeadLabel, Tokens(t, t + 2), true);
                    return;
                }
            }

            for (var t = clause.First; t < clause.End - 1; t++)
            {
                if (_text.LowerWord(t) == "giao" && (t == clause.First || _text.IsCapitalised(t) || _text.GapBefore(t).Contains(':')))
                {
                    var k = _text.WordsAt(t + 1, "cho") ? t + 2 : t + 1;
                    if (k < clause.End && MatchAt(k) is { } assigned)
                    {
                        SetLead(clause, List(assigned, clause.End), ExtractionRule.LeadGiao, Tokens(t, t + 1), true);
                        return;
                    }
                }

                var deNghi = _text.WordsAt(t, "de", "nghi");
                if ((deNghi || _text.WordsAt(t, "yeu", "cau")) && t + 2 < clause.End && MatchAt(t + 2) is { } asked)
                {
                    SetLead(clause, List(asked, clause.End), deNghi ? ExtractionRule.LeadDeNghi : ExtractionRule.LeadYeuCau, Tokens(t, t + 2), true);
                    return;
                }
            }

            for (var t = clause.First; t < clause.End; t++)
            {
                if (MatchAt(t) is { } leading && leading.EndToken + 1 < clause.End && _text.WordsAt(leading.EndToken, "chu", "tri")
                    && !_text.GapBefore(leading.EndToken).Contains(';') && !_text.GapBefore(leading.EndToken).Contains('.'))
                {
                    SetLead(clause, [leading], ExtractionRule.LeadChuTri, Tokens(leading.EndToken, leading.EndToken + 2), true);
                    return;
                }
            }

            if (SubjectAt(clause.First, clause.End) is { } subject
                && !(subject.EndToken < _text.Tokens.Length && _text.LowerWord(subject.EndToken) is "đã" or "đang" or "được"))
            {
                SetLead(clause, List(subject, clause.End), ExtractionRule.LeadSubject, null, false);
            }
        }

        /// <summary>The agency a sentence starts with — at its first word, or after a short opening phrase
        /// and a comma ("Hàng năm, Sở Nội vụ …", "Trên cơ sở Chương trình này, Giám đốc các sở …").</summary>
        private AgencyMatch? SubjectAt(int first, int end)
        {
            if (IsSignal(first))
            {
                return null;
            }

            if (MatchAt(first) is { } direct)
            {
                return direct;
            }

            for (var t = first + 1; t < Math.Min(end, first + 12); t++)
            {
                var gap = _text.GapBefore(t);
                if (gap.Contains(';') || gap.Contains(':') || gap.Contains('.'))
                {
                    return null;
                }

                if (gap.Contains(','))
                {
                    return MatchAt(t);
                }
            }

            return null;
        }

        private void SetLead(Clause clause, List<AgencyMatch> assigned, ExtractionRule rule, TextSpan? trigger, bool assigning)
        {
            if (assigned.All(m => m.Agency.Status == AgencyStatus.Group) && assigned.Count > 1)
            {
                var groups = assigned.Aggregate(AgencyGroups.None, (g, m) => g | m.Agency.Groups);
                var span = TextSpan.FromBounds(_text.Tokens[assigned[0].FirstToken].Start, _text.Tokens[assigned[^1].EndToken - 1].End);
                var merged = new AgencyRef(AgencyRef.GroupName(groups), AgencyStatus.Group, Groups: groups);
                clause.Lead = new Lead(new AgencyFinding(merged, span, rule, trigger, assigned.Any(m => m.ByTitle)), assigning);
                return;
            }

            var lead = assigned[0];
            clause.Lead = new Lead(new AgencyFinding(lead.Agency, SpanOf(lead), rule, trigger, lead.ByTitle), assigning);
            if (assigned.Count > 1)
            {
                foreach (var other in assigned.Skip(1))
                {
                    AddCoordinator(clause, new AgencyFinding(other.Agency, SpanOf(other), ExtractionRule.CoordinatorAlsoAssigned, trigger, other.ByTitle));
                }

                clause.Notes.Add(new ProposalNote(NoteKind.SeveralAssigned, string.Join(", ", assigned.Select(a => a.Agency.Name))));
            }
        }

        private void FindCoordinators(Clause clause)
        {
            for (var t = clause.First; t < clause.End - 1; t++)
            {
                if (!_text.WordsAt(t, "phoi", "hop"))
                {
                    continue;
                }

                var k = t + 2;
                if (_text.WordsAt(k, "chat", "che"))
                {
                    k += 2;
                }

                if (_text.WordsAt(k, "voi") || _text.WordsAt(k, "cung"))
                {
                    k++;
                }

                if (k >= clause.End || MatchAt(k) is not { } first)
                {
                    continue;
                }

                var rule = _text.GapBefore(t + 2).Contains(':') ? ExtractionRule.CoordinatorLabel : ExtractionRule.CoordinatorPhoiHop;
                foreach (var match in List(first, clause.End))
                {
                    AddCoordinator(clause, new AgencyFinding(match.Agency, SpanOf(match), rule, Tokens(t, t + 2), match.ByTitle));
                }

                t = k;
            }
        }

        private static void AddCoordinator(Clause clause, AgencyFinding finding)
        {
            if (clause.Lead?.Finding.Agency.Name == finding.Agency.Name || clause.Coordinators.Any(c => c.Agency.Name == finding.Agency.Name))
            {
                return;
            }

            clause.Coordinators.Add(finding);
        }

        /// <summary>An agency and the agencies listed after it ("Sở A, Sở B và các cơ quan liên quan").</summary>
        private List<AgencyMatch> List(AgencyMatch first, int end)
        {
            var list = new List<AgencyMatch> { first };
            var j = first.EndToken;
            while (j < end)
            {
                var gap = _text.GapBefore(j);
                var separated = gap.Contains(',') || gap.Contains(';');
                var k = j;
                if (_text.WordsAt(k, "va") || _text.WordsAt(k, "cung"))
                {
                    k++;
                    separated = true;
                    if (_text.WordsAt(k, "voi"))
                    {
                        k++;
                    }
                }

                if (!separated || k >= end || gap.Contains(':') || gap.Contains('.') || MatchAt(k) is not { } next)
                {
                    break;
                }

                list.Add(next);
                j = next.EndToken;
            }

            return list;
        }

        private (DeadlineFinding? Deadline, RecurrenceFinding? Recurrence, List<ProposalNote> Notes) Timing(TextSpan span)
        {
            var notes = new List<ProposalNote>();
            var inside = _deadlines.Where(d => span.Contains(d.Span)).ToList();
            foreach (var invalid in inside.Where(d => d.Invalid is not null))
            {
                notes.Add(new ProposalNote(NoteKind.InvalidDate, VietnameseSpan(invalid.Span)));
            }

            var dated = inside.Where(d => d.Invalid is null && d.Date is not null).ToList();
            var undated = inside.Where(d => d.Invalid is null && d.Date is null).ToList();
            var periods = _recurrences.Where(r => span.Contains(r.Span)).ToList();

            RecurrenceFinding? recurrence = null;
            if (periods.Count > 0)
            {
                var phrase = periods.MinBy(p => p.Period)!;
                var day = undated.FirstOrDefault();
                var (d, m) = phrase.Period switch
                {
                    RecurrencePeriod.Yearly => (day?.Month is not null ? day.Day : null, day?.Month),
                    RecurrencePeriod.Monthly => (day?.Day, (int?)null),
                    _ => (day?.Month is null ? day?.Day : null, (int?)null),
                };
                recurrence = new RecurrenceFinding(new TaskRecurrence(phrase.Period, d, m), phrase.Span, ExtractionRule.RecurrencePhrase, d is null ? null : day!.Span);
            }
            else if (year is { } y)
            {
                foreach (var phrase in undated.Where(u => u.Month is not null))
                {
                    if (Valid(y, phrase.Month!.Value, phrase.Day!.Value) is { } assumed)
                    {
                        dated.Add(phrase with { Date = assumed });
                        notes.Add(new ProposalNote(NoteKind.YearAssumed, y.ToString(CultureInfo.InvariantCulture)));
                    }
                }
            }

            DeadlineFinding? deadline = null;
            if (dated.Count > 0)
            {
                var latest = dated.MaxBy(d => d.Date!.Value)!;
                deadline = new DeadlineFinding(latest.Date!.Value, latest.Kind, latest.Span, latest.Rule);
                var distinct = dated.Select(d => d.Date!.Value).Distinct().ToList();
                if (distinct.Count > 1)
                {
                    notes.Add(new ProposalNote(NoteKind.SeveralDeadlines, string.Join(", ", distinct.Select(d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)))));
                }
            }

            return (deadline, recurrence, notes);
        }

        private static NodaTime.LocalDate? Valid(int y, int m, int d) =>
            m is >= 1 and <= 12 && d >= 1 && d <= NodaTime.CalendarSystem.Iso.GetDaysInMonth(y, m) ? new NodaTime.LocalDate(y, m, d) : null;

        private string VietnameseSpan(TextSpan span) => Text.VietnameseText.NormalizeRequired(span.Of(_text.Source));

        private void Finish(List<Clause> clauses, ItemState? state, Context parent, string path, List<TaskProposal> proposals, List<SkippedText> skipped)
        {
            Lead? previous = null;
            for (var i = 0; i < clauses.Count; i++)
            {
                var clause = clauses[i];
                var lead = clause.Lead;
                IReadOnlyList<AgencyFinding> coordinators = clause.Coordinators;
                if (lead is null && previous is not null)
                {
                    lead = previous with { Finding = previous.Finding with { Rule = ExtractionRule.LeadSameItem } };
                }
                else if (lead is null && state?.Heading is { } heading)
                {
                    lead = heading;
                }
                else if (lead is null && parent.Lead is { } inherited)
                {
                    lead = inherited with { Finding = inherited.Finding with { Rule = ExtractionRule.LeadFromParent } };
                    if (coordinators.Count == 0)
                    {
                        coordinators = [.. parent.Coordinators.Select(c => c with { Rule = ExtractionRule.CoordinatorFromParent })];
                    }
                }

                previous = lead ?? previous;
                var deadline = clause.Deadline ?? state?.StatementDeadline
                    ?? (parent.Deadline is { } d ? d with { Rule = ExtractionRule.DeadlineFromParent } : null);
                var recurrence = clause.Recurrence ?? state?.StatementRecurrence
                    ?? (parent.Recurrence is { } r ? r with { Rule = ExtractionRule.RecurrenceFromParent } : null);

                // A sentence whose subject is an agency is a task only when it sets a deadline, and not in an
                // item that reports what was done.
                var include = (lead is not null && (lead.Assigning || ((deadline is not null || recurrence is not null) && state?.Narrative != true)))
                    || clause.StartsWithSignal;
                if (!include)
                {
                    continue;
                }

                var folded = _text.Folded[clause.Span.Start..clause.Span.End];
                if (ClosingFormula().IsMatch(folded) && clause.End - clause.First <= 40)
                {
                    skipped.Add(new SkippedText(clause.Span, "Câu kết yêu cầu triển khai thực hiện chính văn bản này, không phải một nhiệm vụ riêng."));
                    continue;
                }

                var notes = new List<ProposalNote>(clause.Notes);
                if (lead is null)
                {
                    notes.Insert(0, new ProposalNote(NoteKind.NoLead));
                }
                else
                {
                    var agency = lead.Finding.Agency;
                    if (agency.Status == AgencyStatus.Group)
                    {
                        notes.Add(new ProposalNote(NoteKind.GroupLead));
                    }
                    else if (agency.Status is AgencyStatus.Known or AgencyStatus.Unlisted && agencies.Units.Count > 0)
                    {
                        notes.Add(new ProposalNote(NoteKind.NotAUnit, agency.Name));
                    }
                }

                foreach (var former in coordinators.Select(c => c.Agency).Prepend(lead?.Finding.Agency).Where(a => a?.Status == AgencyStatus.Former).Distinct())
                {
                    notes.Add(new ProposalNote(NoteKind.FormerName, former!.SuccessorName));
                }

                var suffix = clauses.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $" (ý {i + 1})") : string.Empty;
                proposals.Add(new TaskProposal(0, Clean(clause.Span), clause.Span, path + suffix, clause.Rule, lead?.Finding, coordinators, deadline, recurrence, notes));
            }
        }

        /// <summary>The words of a span as a task's text: footnotes and their marks removed, spaces collapsed,
        /// the final ";" or "./." tidied.</summary>
        private string Clean(TextSpan span)
        {
            var builder = new StringBuilder(span.Length);
            for (var i = span.Start; i < span.End; i++)
            {
                var masked = _text.Folded[i] == ' ' && !char.IsWhiteSpace(_text.Source[i]);
                builder.Append(masked ? ' ' : _text.Source[i]);
            }

            var text = Text.VietnameseText.NormalizeRequired(builder.ToString());
            text = FootnoteMark().Replace(text, m => outline.FootnoteNumbers.Contains(m.Groups[1].Value) ? string.Empty : m.Value);
            text = text.TrimEnd(' ', ';', ',');
            if (text.EndsWith("./.", StringComparison.Ordinal) || text.EndsWith("/.", StringComparison.Ordinal))
            {
                text = text[..text.LastIndexOf('/')].TrimEnd('.') + ".";
            }

            return text;
        }

        private string PathOf(OutlineItem item)
        {
            var labels = new List<string>();
            for (var current = item; current is not null; current = current.Parent)
            {
                var label = current.MarkerSpan.Of(_text.Source).Trim();
                if (current.Marker is MarkerKind.Dash or MarkerKind.Plus)
                {
                    var siblings = current.Parent?.Children ?? outline.Items.Where(i => i.Parent is null).ToList();
                    var ordinal = siblings.Where(s => s.Marker == current.Marker).ToList().IndexOf(current) + 1;
                    label = (current.Marker == MarkerKind.Dash ? "–" : "+") + ordinal.ToString(CultureInfo.InvariantCulture);
                }
                else
                {
                    label = label.TrimEnd('.', ')', ':');
                }

                labels.Add(label);
            }

            labels.Reverse();
            return string.Join(" › ", labels);
        }

        private AgencyMatch? MatchAt(int index)
        {
            if (!_matches.TryGetValue(index, out var match))
            {
                match = agencies.MatchAt(_text, index);
                _matches[index] = match;
            }

            return match;
        }

        private TextSpan SpanOf(AgencyMatch match) =>
            TextSpan.FromBounds(_text.Tokens[match.FirstToken].Start, _text.Tokens[match.EndToken - 1].End);

        private TextSpan Tokens(int first, int end) =>
            TextSpan.FromBounds(_text.Tokens[first].Start, _text.Tokens[end - 1].End);
    }
}
