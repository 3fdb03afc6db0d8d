using MotCua.Domain.Organization;
using MotCua.Web.Features.Procedures.Catalog;
using MotCua.Web.Features.Procedures.Export;
using MotCua.Web.Features.Procedures.Import;
using MotCua.Web.Features.Procedures.Manage;

namespace MotCua.Web.Features.Procedures;

public static class ProcedureFeatures
{
    /// <summary>Who may open the catalog's staff pages: administrators (every procedure) and unit leaders
    /// (the procedures of their unit and the units below it, see <see cref="CatalogEditors"/>).</summary>
    public const string EditorPolicy = "CatalogEditor";

    public static IServiceCollection AddProcedureFeatures(this IServiceCollection services)
    {
        services.AddScoped<ProcedureCatalog>();
        services.AddScoped<PublishVersions>();
        services.AddScoped<ImportProcedures>();
        services.AddScoped<ExportProcedures>();
        services.AddScoped<CatalogEditors>();
        services.AddAuthorizationBuilder()
            .AddPolicy(EditorPolicy, policy => policy.RequireRole(Roles.Administrator, Roles.UnitLeader));
        return services;
    }
}
