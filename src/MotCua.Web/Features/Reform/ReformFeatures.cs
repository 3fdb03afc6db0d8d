using MotCua.Web.Features.Reform.Actions;
using MotCua.Web.Features.Reform.Assign;
using MotCua.Web.Features.Reform.Extract;
using MotCua.Web.Features.Reform.Notifications;
using MotCua.Web.Features.Reform.Queries;
using MotCua.Web.Features.Reform.Reminders;

namespace MotCua.Web.Features.Reform;

public static class ReformFeatures
{
    public static IServiceCollection AddReformFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<AgencyCatalogSource>();
        services.AddScoped<ExtractDirective>();
        services.Configure<ReformOptions>(configuration.GetSection(ReformOptions.Section));
        services.AddScoped<ReformAccess>();
        services.AddScoped<ReformTaskStore>();
        services.AddScoped<ReformNotifications>();
        services.AddScoped<AssignTasks>();
        services.AddScoped<ReformTaskActions>();
        services.AddScoped<ReformQueries>();
        services.AddScoped<ReformReminders>();
        return services;
    }
}
