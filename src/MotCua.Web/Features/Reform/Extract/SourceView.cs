using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using MotCua.Domain.Reform;

namespace MotCua.Web.Features.Reform.Extract;

/// <summary>
/// The directive's text as HTML, with each proposal's words wrapped in an anchor (<c>#src-N</c>, linking to
/// its form <c>#task-N</c>) and the words behind each field marked (<c>mark.hl-lead</c>, <c>hl-coord</c>,
/// <c>hl-deadline</c>, <c>hl-trigger</c>); excluded parts are dimmed. Plain HTML: no script needed.
/// </summary>
public static class SourceView
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private sealed record Mark(int Start, int End, int Depth, string Open, string Close);

    /// <param name="extraction">What was read.</param>
    /// <param name="describe">The title of a field mark: (task number, field label) → text.</param>
    public static IHtmlContent Render(DirectiveExtraction extraction, Func<int, string, string> describe)
    {
        var text = extraction.Text;
        var marks = new List<Mark>();
        foreach (var excluded in extraction.Excluded)
        {
            marks.Add(new Mark(excluded.Start, excluded.End, 0, "<span class=\"src-excluded\">", "</span>"));
        }

        foreach (var proposal in extraction.Proposals)
        {
            var n = proposal.Number.ToString(CultureInfo.InvariantCulture);
            marks.Add(new Mark(proposal.Span.Start, proposal.Span.End, 1,
                $"<span class=\"src-task\" id=\"src-{n}\"><a class=\"src-tag\" href=\"#task-{n}\">{n}</a>", "</span>"));
            void Field(TextSpan? span, string css, string label)
            {
                if (span is { Length: > 0 } s)
                {
                    marks.Add(new Mark(s.Start, s.End, 2, $"<mark class=\"{css}\" title=\"{Encoder.Encode(describe(proposal.Number, label))}\">", "</mark>"));
                }
            }

            Field(proposal.Lead?.Trigger, "hl-trigger", "trigger");
            Field(proposal.Lead?.Span, "hl-lead", "lead");
            foreach (var coordinator in proposal.Coordinators)
            {
                Field(coordinator.Trigger, "hl-trigger", "trigger");
                Field(coordinator.Span, "hl-coord", "coordinator");
            }

            Field(proposal.Deadline?.Span, "hl-deadline", "deadline");
            Field(proposal.Recurrence?.Span, "hl-deadline", "recurrence");
            Field(proposal.Recurrence?.DaySpan, "hl-deadline", "recurrence");
        }

        var ordered = marks
            .DistinctBy(m => (m.Start, m.End, m.Depth, m.Open))
            .OrderBy(m => m.Start).ThenByDescending(m => m.End).ThenBy(m => m.Depth)
            .ToList();
        var html = new StringBuilder(text.Length * 11 / 10);
        var open = new Stack<Mark>();
        var position = 0;
        void Emit(int until)
        {
            if (until > position)
            {
                html.Append(Encoder.Encode(text[position..until]));
                position = until;
            }
        }

        foreach (var mark in ordered)
        {
            while (open.Count > 0 && open.Peek().End <= mark.Start)
            {
                var done = open.Pop();
                Emit(done.End);
                html.Append(done.Close);
            }

            Emit(mark.Start);
            var end = open.Count > 0 ? Math.Min(mark.End, open.Peek().End) : mark.End;
            if (end <= mark.Start || (open.Count > 0 && open.Any(o => o.Depth == mark.Depth && mark.Depth > 0)))
            {
                continue;
            }

            html.Append(mark.Open);
            open.Push(mark with { End = end });
        }

        while (open.Count > 0)
        {
            var done = open.Pop();
            Emit(done.End);
            html.Append(done.Close);
        }

        Emit(text.Length);
        return new HtmlString(html.ToString());
    }
}
