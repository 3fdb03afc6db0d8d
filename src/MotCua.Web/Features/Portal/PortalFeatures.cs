namespace MotCua.Web.Features.Portal;

public static class PortalFeatures
{
    /// <summary>Citizens only: staff accounts cannot use the portal's pages (they act in the workspace).</summary>
    public const string CitizenPolicy = "Citizen";

    public static IServiceCollection AddPortalFeatures(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(CitizenPolicy, policy => policy.RequireRole(Domain.Organization.Roles.Citizen));
        return services;
    }
}
