using MotCua.Web.Features.Units.History;
using MotCua.Web.Features.Units.Import;
using MotCua.Web.Features.Units.Merge;

namespace MotCua.Web.Features.Units;

public static class UnitFeatures
{
    public static IServiceCollection AddUnitFeatures(this IServiceCollection services)
    {
        services.AddScoped<ImportUnits>();
        services.AddScoped<UnitHistory>();
        services.AddScoped<MergeUnits>();
        services.AddScoped<UnitDirectory>();
        return services;
    }
}
