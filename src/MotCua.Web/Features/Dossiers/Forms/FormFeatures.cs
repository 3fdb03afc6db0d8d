namespace MotCua.Web.Features.Dossiers.Forms;

public static class FormFeatures
{
    /// <summary>The legal forms of dossiers (issue 6 §4): HTML print pages and PDFs.</summary>
    public static IServiceCollection AddFormFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FormOptions>(configuration.GetSection(FormOptions.Section));
        services.AddScoped<DossierForms>();
        return services;
    }
}
