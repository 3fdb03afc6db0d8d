using MotCua.Web.Features.Reform.Extract;

namespace MotCua.Web.Features.Reform;

public static class ReformFeatures
{
    public static IServiceCollection AddReformFeatures(this IServiceCollection services)
    {
        services.AddSingleton<AgencyCatalogSource>();
        services.AddScoped<ExtractDirective>();
        return services;
    }
}
