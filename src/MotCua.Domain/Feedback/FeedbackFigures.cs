using MotCua.Domain.Satisfaction;
using NodaTime;

namespace MotCua.Domain.Feedback;

/// <summary>
/// The counts behind Decision 766/QĐ-TTg's feedback indicators for a set of feedback (a unit's, or its subtree's),
/// judged at <c>asOf</c>: 5.1 = <see cref="OnTimeOrWithinTime"/> ÷ <see cref="Total"/>; 5.2 =
/// (<see cref="Total"/> − <see cref="NotSatisfactory"/>) ÷ <see cref="Total"/>. Refused feedback is not counted
/// (not within the unit's competence). The scoring (maximum, "6 when none") belongs to the index definitions.
/// </summary>
/// <param name="Total">Feedback within the unit's competence.</param>
/// <param name="OnTimeOrWithinTime">Answered on time, or open and still within time.</param>
/// <param name="Late">Answered late, or open past the due time.</param>
/// <param name="Open">Not answered yet.</param>
/// <param name="RatedUnsatisfied">Some answer rated unsatisfied.</param>
/// <param name="Reopened">Re-opened after an unsatisfied rating.</param>
/// <param name="NotSatisfactory">Rated unsatisfied, re-opened or late (each counted once).</param>
/// <param name="Refused">Refused (not counted in the others).</param>
public sealed record FeedbackTally(int Total, int OnTimeOrWithinTime, int Late, int Open, int RatedUnsatisfied, int Reopened, int NotSatisfactory, int Refused)
{
    public static FeedbackTally Of(IEnumerable<FeedbackItem> items, Instant asOf)
    {
        int total = 0, onTime = 0, late = 0, open = 0, unsatisfied = 0, reopened = 0, notSatisfactory = 0, refused = 0;
        foreach (var f in items)
        {
            if (!f.Counts)
            {
                refused++;
                continue;
            }

            total++;
            var timeliness = f.TimelinessAt(asOf);
            if (timeliness == FeedbackTimeliness.Late)
            {
                late++;
            }
            else
            {
                onTime++;
            }

            open += f.IsOpen ? 1 : 0;
            unsatisfied += f.EverUnsatisfied ? 1 : 0;
            reopened += f.Reopened ? 1 : 0;
            notSatisfactory += f.SatisfactoryAt(asOf) ? 0 : 1;
        }

        return new FeedbackTally(total, onTime, late, open, unsatisfied, reopened, notSatisfactory, refused);
    }
}

/// <summary>Dossier ratings of a set of dossiers: how many at each level (indicator 5.3 counts the unsatisfied ones).</summary>
public sealed record RatingTally(int Rated, int Satisfied, int Normal, int Unsatisfied)
{
    public static RatingTally Of(IEnumerable<SatisfactionLevel> ratings)
    {
        int satisfied = 0, normal = 0, unsatisfied = 0;
        foreach (var r in ratings)
        {
            switch (r)
            {
                case SatisfactionLevel.Satisfied: satisfied++; break;
                case SatisfactionLevel.Normal: normal++; break;
                case SatisfactionLevel.Unsatisfied: unsatisfied++; break;
                default: throw new ArgumentOutOfRangeException(nameof(ratings), r, null);
            }
        }

        return new RatingTally(satisfied + normal + unsatisfied, satisfied, normal, unsatisfied);
    }
}
