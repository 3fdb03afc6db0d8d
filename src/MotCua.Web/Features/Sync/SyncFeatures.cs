using MotCua.Web.Features.Sync.Export;

namespace MotCua.Web.Features.Sync;

public static class SyncFeatures
{
    /// <summary>Dossiers in the national sync layout (DOMAIN.md §6).</summary>
    public static IServiceCollection AddSyncFeatures(this IServiceCollection services)
    {
        services.AddScoped<ExportDossiers>();
        return services;
    }
}
