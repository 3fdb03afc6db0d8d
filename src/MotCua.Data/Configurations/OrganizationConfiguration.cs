using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Organization;

namespace MotCua.Data.Configurations;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Code).HasMaxLength(32);
        builder.HasIndex(u => u.Code).IsUnique();
        builder.Property(u => u.Name).HasMaxLength(200);
        builder.Property(u => u.NameKey).HasMaxLength(200);
        builder.HasIndex(u => u.NameKey);
        builder.Property(u => u.AreaCode).HasMaxLength(16);
        builder.HasIndex(u => u.AreaCode);
        builder.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class UnitSuccessionConfiguration : IEntityTypeConfiguration<UnitSuccession>
{
    public void Configure(EntityTypeBuilder<UnitSuccession> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Reason).HasMaxLength(400);
        builder.HasOne<Unit>().WithMany().HasForeignKey(s => s.PredecessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(s => s.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.PredecessorId).IsUnique();
    }
}

internal sealed class AdministrativeAreaConfiguration : IEntityTypeConfiguration<AdministrativeArea>
{
    public void Configure(EntityTypeBuilder<AdministrativeArea> builder)
    {
        builder.HasKey(a => new { a.Set, a.Code });
        builder.Property(a => a.Code).HasMaxLength(16);
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.NameKey).HasMaxLength(200);
        builder.Property(a => a.ParentCode).HasMaxLength(16);
        builder.Property(a => a.ProvinceCode).HasMaxLength(16);
        builder.HasIndex(a => new { a.Set, a.NameKey });
    }
}

internal sealed class AreaSuccessionConfiguration : IEntityTypeConfiguration<AreaSuccession>
{
    public void Configure(EntityTypeBuilder<AreaSuccession> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.OldCode).HasMaxLength(16);
        builder.Property(s => s.NewCode).HasMaxLength(16);
        builder.HasIndex(s => s.OldCode);
        builder.HasIndex(s => new { s.OldCode, s.NewCode }).IsUnique();
    }
}

internal sealed class SeedRecordConfiguration : IEntityTypeConfiguration<SeedRecord>
{
    public void Configure(EntityTypeBuilder<SeedRecord> builder)
    {
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(100);
    }
}
