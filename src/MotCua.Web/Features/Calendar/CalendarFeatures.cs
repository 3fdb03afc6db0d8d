using MotCua.Web.Features.Calendar.Admin;
using MotCua.Web.Features.Calendar.Draft;
using MotCua.Web.Features.Calendar.Edit;
using MotCua.Web.Features.Calendar.Hours;
using MotCua.Web.Features.Calendar.Month;
using MotCua.Web.Features.Calendar.Publish;
using MotCua.Web.Infrastructure.Seeding;

namespace MotCua.Web.Features.Calendar;

public static class CalendarFeatures
{
    public static IServiceCollection AddCalendarFeatures(this IServiceCollection services)
    {
        // The provider caches the province's calendar; the command line has no web host to add this.
        services.AddMemoryCache();
        services.AddScoped<WorkingCalendarProvider>();
        services.AddScoped<CalendarYearStore>();
        services.AddScoped<CalendarSeeder>();
        services.AddScoped<DraftYear>();
        services.AddScoped<EditCalendarYear>();
        services.AddScoped<PublishYear>();
        services.AddScoped<SetOfficeHours>();
        services.AddScoped<CalendarAdminQueries>();
        services.AddScoped<MonthQuery>();
        return services;
    }
}
