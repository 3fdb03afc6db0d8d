using MotCua.Domain.Feedback;
using MotCua.Domain.Organization;
using MotCua.Web.Features.Reform;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Feedback;

/// <summary>
/// Who may see and do what with feedback. The Office (the unit of <c>MotCua:Reform:OfficeUnitCode</c>, the same
/// Office that steers reform tasks) sees every feedback, routes it to a unit and may publish answers; the staff of the
/// handling unit (and of the units above it) see it; its leaders and specialists refuse, ask for more information,
/// answer and publish; province leaders and administrators see everything and act on nothing. Anything else does not
/// exist for the person (404). The sender's personal data is shown to those who may act on it.
/// </summary>
public sealed class FeedbackAccess(ReformAccess reform)
{
    public string OfficeUnitCode => reform.OfficeUnitCode;

    public bool IsOffice(StaffMember staff) => reform.IsOffice(staff);

    public bool SeesAll(StaffMember staff) => staff.SeesProvince || IsOffice(staff);

    public bool CanSee(StaffMember staff, FeedbackItem f) => SeesAll(staff) || staff.InScope(f.UnitCode);

    /// <summary>Refuse, ask for information, answer: the handling unit's leaders and specialists.</summary>
    public bool CanHandle(StaffMember staff, FeedbackItem f) =>
        staff.InScope(f.UnitCode) && (staff.IsInRole(Roles.UnitLeader) || staff.IsInRole(Roles.Specialist));

    /// <summary>Choosing or changing the handling unit is the Office's.</summary>
    public bool CanRoute(StaffMember staff) => IsOffice(staff);

    /// <summary>Publishing an answer: the handling unit, or the Office (which runs the public page).</summary>
    public bool CanPublish(StaffMember staff, FeedbackItem f) => CanHandle(staff, f) || IsOffice(staff);

    /// <summary>The sender's name and contact: whoever may act on the feedback.</summary>
    public bool SeesSender(StaffMember staff, FeedbackItem f) => CanHandle(staff, f) || IsOffice(staff);

    /// <summary>The feedback a staff member may see, as a query filter.</summary>
    public IQueryable<FeedbackItem> Visible(IQueryable<FeedbackItem> items, StaffMember staff)
    {
        if (SeesAll(staff))
        {
            return items;
        }

        var scope = staff.ScopeUnitCodes.ToList();
        return items.Where(f => scope.Contains(f.UnitCode));
    }
}
