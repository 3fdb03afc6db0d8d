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

        var scope = staff.ScopeUnitCodes.ToList();
        return dossiers.Where(d => scope.Contains(d.ReceivingUnitCode) || scope.Contains(d.CompetentUnitCode)
            || scope.Contains(d.HolderUnitCode) || (d.ConsultedUnitCode != null && scope.Contains(d.ConsultedUnitCode)));
    }
}
