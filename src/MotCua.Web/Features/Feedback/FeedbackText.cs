namespace MotCua.Web.Features.Feedback;

/// <summary>Marker for the feedback pages' strings: FeedbackText.resx (Vietnamese, the default) and
/// FeedbackText.en.resx (English), written with <c>tools/resx.py</c>.</summary>
public sealed class FeedbackText;
