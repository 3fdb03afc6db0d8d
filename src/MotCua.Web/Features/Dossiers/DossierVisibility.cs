using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Dossiers;

/// <summary>Who may see a dossier: staff whose scope contains its receiving, competent, holding or consulted unit
/// (province leaders and administrators see all); a citizen sees her own. Anything else does not exist for them
/// (404, not 403, so codes cannot be probed).</summary>
public sealed class DossierVisibility
{
    public bool CanSee(StaffMember staff, Dossier d) =>
        staff.SeesProvince
        || staff.InScope(d.ReceivingUnitCode)
        || staff.InScope(d.CompetentUnitCode)
        || staff.InScope(d.HolderUnitCode)
        || staff.InScope(d.ConsultedUnitCode);

    /// <summary>The dossiers a staff member may see, as a query filter.</summary>
    public IQueryable<Dossier> Visible(IQueryable<Dossier> dossiers, StaffMember staff)
    {
        if (staff.SeesProvince)
        {
            return dossiers;
        }

        // The unit codes go into the SQL as constants (EF escapes them): one cached command per scope, instead of
        // expanding a parameter list on every execution of the busiest queries.
        var scope = staff.ScopeUnitCodes.ToList();
        return dossiers.Where(d => EF.Constant(scope).Contains(d.ReceivingUnitCode) || EF.Constant(scope).Contains(d.CompetentUnitCode)
            || EF.Constant(scope).Contains(d.HolderUnitCode) || (d.ConsultedUnitCode != null && EF.Constant(scope).Contains(d.ConsultedUnitCode)));
    }
}
