using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Dossiers;

namespace MotCua.Data.Configurations;

internal sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Code).HasMaxLength(64);
        builder.HasIndex(d => d.Code).IsUnique();
        builder.Property(d => d.ProcedureCode).HasMaxLength(32);
        builder.Property(d => d.ProcedureName).HasMaxLength(1000);
        builder.Property(d => d.ProcedureVersionId).HasMaxLength(64);
        builder.Property(d => d.Field).HasMaxLength(300);
        builder.Property(d => d.ReceivingUnitCode).HasMaxLength(32);
        builder.Property(d => d.CompetentUnitCode).HasMaxLength(32);
        builder.Property(d => d.HolderUnitCode).HasMaxLength(32);
        builder.Property(d => d.StepName).HasMaxLength(300);
        builder.Property(d => d.AssigneeId).HasMaxLength(450);
        builder.Property(d => d.AssigneeName).HasMaxLength(300);
        builder.Property(d => d.ConsultedUnitCode).HasMaxLength(32);
        builder.Property(d => d.TermsJson).HasColumnType("text");
        builder.Property(d => d.LastHash).HasMaxLength(64).IsFixedLength();
        // The stream position is the optimistic-concurrency token: two officers acting on the same dossier at
        // once cannot both append event n+1.
        builder.Property(d => d.LastSequence).IsConcurrencyToken();
        builder.Ignore(d => d.Terms);
        builder.Ignore(d => d.IsPaused);
        builder.Ignore(d => d.EndAt);
        builder.HasIndex(d => new { d.HolderUnitCode, d.Status });
        // The one-stop desk's queues (to receive, to return, waiting supplement) look dossiers up by receiving unit.
        builder.HasIndex(d => new { d.ReceivingUnitCode, d.Status });
        builder.HasIndex(d => new { d.CompetentUnitCode, d.ReceivedAt });
        builder.HasIndex(d => new { d.AssigneeId, d.Status });
        builder.HasIndex(d => d.DueAt);
        // Ratings per competent unit (indicator 5.3).
        builder.HasIndex(d => new { d.CompetentUnitCode, d.RatedAt });
    }
}

internal sealed class DossierApplicantConfiguration : IEntityTypeConfiguration<DossierApplicant>
{
    public void Configure(EntityTypeBuilder<DossierApplicant> builder)
    {
        builder.HasKey(a => a.DossierId);
        builder.HasOne<Dossier>().WithOne().HasForeignKey<DossierApplicant>(a => a.DossierId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.FullName).HasMaxLength(300);
        builder.Property(a => a.IdNumber).HasMaxLength(32);
        builder.Property(a => a.Phone).HasMaxLength(32);
        builder.Property(a => a.Email).HasMaxLength(256);
        builder.Property(a => a.Address).HasMaxLength(500);
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.HasIndex(a => a.UserId);
    }
}

internal sealed class DossierCodeCounterConfiguration : IEntityTypeConfiguration<DossierCodeCounter>
{
    public void Configure(EntityTypeBuilder<DossierCodeCounter> builder)
    {
        builder.ToTable("DossierCodeCounters");
        builder.HasKey(c => new { c.UnitCode, c.Day });
        builder.Property(c => c.UnitCode).HasMaxLength(32);
    }
}
