namespace MotCua.Domain.Reform;

/// <summary>A range of characters in a directive's text (<see cref="DirectiveExtraction.Text"/>, the NFC form
/// of the input with line ends as <c>\n</c>): the words that produced a finding.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, Math.Max(0, end - start));

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The characters of <paramref name="text"/> this span covers.</summary>
    public string Of(string text) => text.Substring(Start, Length);
}
