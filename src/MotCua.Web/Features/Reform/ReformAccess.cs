using Microsoft.Extensions.Options;
using MotCua.Domain.Organization;
using MotCua.Domain.Reform;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Reform;

/// <summary>Settings under <c>MotCua:Reform</c>.</summary>
public sealed class ReformOptions
{
    public const string Section = "MotCua:Reform";

    /// <summary>The unit that assigns, accepts and chases reform tasks: the provincial Office (Văn phòng UBND).
    /// Default <c>&lt;province code&gt;.VP</c> ("92.VP").</summary>
    public string? OfficeUnitCode { get; set; }

    /// <summary>Reminders this many working days before a deadline (default 7, 3, 1).</summary>
    public int[]? ReminderDaysBefore { get; set; }

    /// <summary>Working days past a deadline after which province leaders are told (default 5).</summary>
    public int EscalateAfterWorkingDays { get; set; } = ReminderSchedule.Default.EscalateAfter;

    /// <summary>How often the chasing job runs in the web host (minutes, default 60).</summary>
    public int JobIntervalMinutes { get; set; } = 60;

    public ReminderSchedule Schedule => new(ReminderDaysBefore is { Length: > 0 } days ? days : ReminderSchedule.Default.DaysBefore, EscalateAfterWorkingDays);
}

/// <summary>
/// Who may see and do what with reform tasks. The Office (staff of <see cref="ReformOptions.OfficeUnitCode"/>)
/// saves directives, assigns, accepts, sends back and cancels, and sees every task; province leaders and
/// administrators see every task and act on none; the staff of an agency see the tasks it leads or coordinates
/// and report progress on those it leads. A task led by an agency outside the province is reported on by the
/// Office (it collects that agency's report). Anything else does not exist for the person (404).
/// </summary>
public sealed class ReformAccess(IOptions<ReformOptions> options, IOptions<MotCuaOptions> motcua)
{
    public string OfficeUnitCode => options.Value.OfficeUnitCode is { Length: > 0 } code ? code : motcua.Value.Province.Code + ".VP";

    /// <summary>Staff of the Office (any staff role of that unit).</summary>
    public bool IsOffice(StaffMember staff) =>
        string.Equals(staff.UnitCode, OfficeUnitCode, StringComparison.Ordinal)
        && (staff.IsInRole(Roles.UnitLeader) || staff.IsInRole(Roles.Specialist));

    public bool SeesAll(StaffMember staff) => staff.SeesProvince || IsOffice(staff);

    public bool CanSee(StaffMember staff, ReformTask task) =>
        SeesAll(staff) || staff.InScope(task.LeadUnitCode) || task.Coordinators.Any(c => staff.InScope(c.UnitCode));

    /// <summary>The lead agency's staff; the Office for an agency outside the province.</summary>
    public bool CanReport(StaffMember staff, ReformTask task) =>
        task.LeadUnitCode is null
            ? IsOffice(staff)
            : staff.InScope(task.LeadUnitCode) && (staff.IsInRole(Roles.UnitLeader) || staff.IsInRole(Roles.Specialist) || staff.IsInRole(Roles.OneStopOfficer));

    /// <summary>Assigning, accepting, sending back and cancelling are the Office's.</summary>
    public bool CanDecide(StaffMember staff) => IsOffice(staff);

    /// <summary>The tasks a staff member may see, as a query filter.</summary>
    public IQueryable<ReformTask> Visible(IQueryable<ReformTask> tasks, StaffMember staff)
    {
        if (SeesAll(staff))
        {
            return tasks;
        }

        var scope = staff.ScopeUnitCodes.ToList();
        return tasks.Where(t => (t.LeadUnitCode != null && scope.Contains(t.LeadUnitCode))
            || t.Coordinators.Any(c => c.UnitCode != null && scope.Contains(c.UnitCode)));
    }
}
