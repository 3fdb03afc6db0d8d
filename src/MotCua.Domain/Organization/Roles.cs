namespace MotCua.Domain.Organization;

/// <summary>The roles of MotCua. Staff roles are always combined with a unit scope: an officer acts on
/// her unit and its descendants only.</summary>
public static class Roles
{
    public const string Administrator = "administrator";
    public const string ProvinceLeader = "province-leader";
    public const string UnitLeader = "unit-leader";
    public const string Specialist = "specialist";
    public const string OneStopOfficer = "one-stop-officer";
    public const string Citizen = "citizen";

    public static readonly IReadOnlyList<string> All =
        [Administrator, ProvinceLeader, UnitLeader, Specialist, OneStopOfficer, Citizen];

    public static readonly IReadOnlyList<string> Staff =
        [Administrator, ProvinceLeader, UnitLeader, Specialist, OneStopOfficer];
}
