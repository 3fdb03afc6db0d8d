using MotCua.Web.Features.Portal.Documents;
using MotCua.Web.Features.Portal.Dossiers;
using MotCua.Web.Features.Portal.Lookup;
using MotCua.Web.Features.Portal.Submit;
using MotCua.Web.Features.Portal.Supplement;
using MotCua.Web.Features.Portal.Withdraw;

namespace MotCua.Web.Features.Portal;

public static class PortalFeatures
{
    /// <summary>Citizens only: staff accounts cannot use the portal's pages (they act in the workspace).</summary>
    public const string CitizenPolicy = "Citizen";

    public static IServiceCollection AddPortalFeatures(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(CitizenPolicy, policy => policy.RequireRole(Domain.Organization.Roles.Citizen));
        services.AddMemoryCache();
        services.AddScoped<PortalUploads>();
        services.AddScoped<MyDocuments>();
        services.AddScoped<CitizenDossiers>();
        services.AddScoped<SubmitOnline>();
        services.AddScoped<AnswerSupplement>();
        services.AddScoped<WithdrawDossier>();
        services.AddSingleton<LookupThrottle>();
        return services;
    }
}
