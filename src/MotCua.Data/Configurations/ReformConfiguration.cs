using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Reform;

namespace MotCua.Data.Configurations;

internal sealed class DirectiveConfiguration : IEntityTypeConfiguration<Directive>
{
    public void Configure(EntityTypeBuilder<Directive> builder)
    {
        builder.ToTable("Directives");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Number).HasMaxLength(DirectiveRules.MaxNumberLength);
        builder.Property(d => d.NumberKey).HasMaxLength(DirectiveRules.MaxNumberLength * 2);
        // The same number on the same day is the same directive: saving it twice is refused.
        builder.HasIndex(d => new { d.NumberKey, d.IssuedOn }).IsUnique();
        builder.HasIndex(d => d.IssuedOn);
        builder.Property(d => d.Issuer).HasMaxLength(DirectiveRules.MaxIssuerLength);
        builder.Property(d => d.Title).HasMaxLength(DirectiveRules.MaxTitleLength);
        builder.Property(d => d.Text).HasColumnType("text");
        builder.Property(d => d.FileName).HasMaxLength(200);
        builder.Property(d => d.FileKey).HasMaxLength(200);
        builder.Property(d => d.FileSha256).HasMaxLength(64).IsFixedLength();
        builder.Property(d => d.RecordedById).HasMaxLength(450);
        builder.Property(d => d.RecordedBy).HasMaxLength(300);
        builder.Property(d => d.RecordedByUnitCode).HasMaxLength(32);
    }
}

/// <summary>The projection of a reform task's events (ADR 0050); its rows are written only by folding events.</summary>
internal sealed class ReformTaskConfiguration : IEntityTypeConfiguration<ReformTask>
{
    public void Configure(EntityTypeBuilder<ReformTask> builder)
    {
        builder.ToTable("ReformTasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.HasOne<Directive>().WithMany().HasForeignKey(t => t.DirectiveId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.DirectiveNumber).HasMaxLength(DirectiveRules.MaxNumberLength);
        builder.Property(t => t.Text).HasMaxLength(ReformTaskRules.MaxTextLength);
        builder.Property(t => t.TextKey).HasMaxLength(ReformTaskRules.MaxTextLength);
        builder.Property(t => t.LeadName).HasMaxLength(ReformTaskDraftRules.MaxAgencyLength);
        builder.Property(t => t.LeadUnitCode).HasMaxLength(32);
        builder.Property(t => t.LeadKey).HasMaxLength(ReformTaskDraftRules.MaxAgencyLength);
        builder.Property(t => t.TargetCode).HasMaxLength(16);
        builder.Property(t => t.LastReport).HasMaxLength(ReformTaskRules.MaxReportLength);
        builder.Property(t => t.AssignedBy).HasMaxLength(300);
        builder.Property(t => t.LastHash).HasMaxLength(64).IsFixedLength();
        // The stream position is the optimistic-concurrency token: two people acting on one task at once cannot
        // both append event n+1.
        builder.Property(t => t.LastSequence).IsConcurrencyToken();
        builder.Ignore(t => t.IsOpen);
        builder.Ignore(t => t.Target);
        builder.Ignore(t => t.Recurrence);
        builder.Ignore(t => t.Deadline);
        builder.HasMany(t => t.Coordinators).WithOne().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Completions).WithOne().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.DirectiveId, t.Number });
        builder.HasIndex(t => new { t.LeadKey, t.State });
        builder.HasIndex(t => new { t.State, t.DueOn });
        builder.HasIndex(t => new { t.TargetFamily, t.TargetCode });
    }
}

internal sealed class ReformTaskCoordinatorConfiguration : IEntityTypeConfiguration<ReformTaskCoordinator>
{
    public void Configure(EntityTypeBuilder<ReformTaskCoordinator> builder)
    {
        builder.ToTable("ReformTaskCoordinators");
        builder.HasKey(c => new { c.TaskId, c.Position });
        builder.Property(c => c.Position).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(ReformTaskDraftRules.MaxAgencyLength);
        builder.Property(c => c.UnitCode).HasMaxLength(32);
        builder.HasIndex(c => c.UnitCode);
    }
}

internal sealed class ReformTaskCompletionConfiguration : IEntityTypeConfiguration<ReformTaskCompletion>
{
    public void Configure(EntityTypeBuilder<ReformTaskCompletion> builder)
    {
        builder.ToTable("ReformTaskCompletions");
        builder.HasKey(c => new { c.TaskId, c.Sequence });
        builder.Property(c => c.Sequence).ValueGeneratedNever();
        builder.HasIndex(c => c.DueOn);
    }
}

internal sealed class IndicatorReadingConfiguration : IEntityTypeConfiguration<IndicatorReading>
{
    public void Configure(EntityTypeBuilder<IndicatorReading> builder)
    {
        builder.ToTable("IndicatorReadings");
        builder.Property(r => r.TargetKey).HasMaxLength(40);
        builder.Property(r => r.Value).HasPrecision(18, 4);
        builder.Property(r => r.Source).HasMaxLength(IndicatorReadings.MaxSourceLength);
        builder.Property(r => r.RecordedBy).HasMaxLength(300);
        builder.HasIndex(r => new { r.TargetKey, r.Period });
    }
}
