namespace MotCua.Web.Features.Satisfaction;

public static class SatisfactionFeatures
{
    public static IServiceCollection AddSatisfactionFeatures(this IServiceCollection services)
    {
        services.AddScoped<RateDossier>();
        services.AddScoped<SatisfactionQueries>();
        return services;
    }
}
