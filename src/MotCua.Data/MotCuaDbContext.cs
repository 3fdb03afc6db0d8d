using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using MotCua.Data.Conventions;
using MotCua.Data.Identity;
using MotCua.Data.Interceptors;
using MotCua.Domain.Dossiers;
using MotCua.Domain.EventLog;
using MotCua.Domain.Notifications;
using MotCua.Domain.Organization;
using MotCua.Domain.Portal;
using MotCua.Domain.Procedures;

namespace MotCua.Data;

/// <summary>
/// The one EF Core model of MotCua, used unchanged on SQLite and PostgreSQL (ADR 0002). Each entity is
/// configured in its own <c>IEntityTypeConfiguration</c> under Configurations/; features reach their
/// tables with <c>Set&lt;T&gt;()</c> or the few shortcuts below.
/// </summary>
public sealed class MotCuaDbContext(DbContextOptions<MotCuaDbContext> options)
    : IdentityDbContext<UserAccount, IdentityRole<string>, string>(options)
{
    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<UnitSuccession> UnitSuccessions => Set<UnitSuccession>();

    public DbSet<AdministrativeArea> AdministrativeAreas => Set<AdministrativeArea>();

    public DbSet<AreaSuccession> AreaSuccessions => Set<AreaSuccession>();

    public DbSet<SeedRecord> SeedRecords => Set<SeedRecord>();

    public DbSet<LoggedEvent> EventLog => Set<LoggedEvent>();

    public DbSet<Dossier> Dossiers => Set<Dossier>();

    public DbSet<Domain.Reform.IndicatorReading> IndicatorReadings => Set<Domain.Reform.IndicatorReading>();

    public DbSet<DossierApplicant> DossierApplicants => Set<DossierApplicant>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<ExtensionDraft> ExtensionDrafts => Set<ExtensionDraft>();

    public DbSet<CitizenDocument> CitizenDocuments => Set<CitizenDocument>();

    public DbSet<Procedure> Procedures => Set<Procedure>();

    public DbSet<ProcedureVersion> ProcedureVersions => Set<ProcedureVersion>();

    /// <summary>The provider this context runs on.</summary>
    public DatabaseProvider Provider => Database.ProviderName switch
    {
        "Microsoft.EntityFrameworkCore.Sqlite" => DatabaseProvider.Sqlite,
        "Npgsql.EntityFrameworkCore.PostgreSQL" => DatabaseProvider.Postgres,
        var other => throw new InvalidOperationException($"Unsupported provider {other}"),
    };

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        // Options built by DatabaseSettings already carry the guard (a pooled context must not change its options
        // here); options built elsewhere (tests, design time) get it now.
        if (!HasAppendOnlyGuard(optionsBuilder.Options))
        {
            AddAppendOnlyGuard(optionsBuilder);
        }
    }

    /// <summary>Adds the interceptor that refuses to update or delete event-log rows.</summary>
    public static DbContextOptionsBuilder AddAppendOnlyGuard(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(AppendOnly);

    private static bool HasAppendOnlyGuard(DbContextOptions options) =>
        options.FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.Interceptors?.Contains(AppendOnly) == true;

    private static readonly AppendOnlyInterceptor AppendOnly = new();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MotCuaDbContext).Assembly);
        IdentityTables.Configure(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        NodaTimeConventions.Apply(configurationBuilder);
        configurationBuilder.Properties<string>().HaveMaxLength(400);
    }
}
