using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using MotCua.Domain.Calendar;
using MotCua.Domain.Procedures;

namespace MotCua.Data.Configurations;

/// <summary>A <see cref="Deadline"/> in one short text column, "3 working-days" (the words of MotCua's
/// catalog format), readable in SQL on both providers.</summary>
public sealed class DeadlineConverter() : ValueConverter<Deadline, string>(
    deadline => Format(deadline),
    text => Parse(text))
{
    public const int MaxLength = 24;

    private static string Format(Deadline deadline) =>
        string.Create(CultureInfo.InvariantCulture, $"{deadline.Amount} {Deadline.Format(deadline.Unit)}");

    private static Deadline Parse(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return new Deadline(
            int.Parse(text.AsSpan(0, space), NumberStyles.Integer, CultureInfo.InvariantCulture),
            Deadline.ParseUnit(text[(space + 1)..]) ?? throw new FormatException($"Unknown deadline unit in \"{text}\""));
    }
}

internal sealed class ProcedureConfiguration : IEntityTypeConfiguration<Procedure>
{
    public void Configure(EntityTypeBuilder<Procedure> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Code).HasMaxLength(ProcedureRules.MaxCodeLength);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.HasMany(p => p.Versions).WithOne(v => v.Procedure).HasForeignKey(v => v.ProcedureId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProcedureVersionConfiguration : IEntityTypeConfiguration<ProcedureVersion>
{
    public void Configure(EntityTypeBuilder<ProcedureVersion> builder)
    {
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => new { v.ProcedureId, v.Number }).IsUnique();
        builder.HasIndex(v => new { v.EffectiveFrom, v.EffectiveTo });
        builder.Property(v => v.Name).HasMaxLength(ProcedureRules.MaxNameLength);
        builder.Property(v => v.NameKey).HasMaxLength(ProcedureRules.MaxNameLength);
        builder.Property(v => v.Field).HasMaxLength(ProcedureRules.MaxFieldLength);
        builder.Property(v => v.FieldKey).HasMaxLength(ProcedureRules.MaxFieldLength);
        builder.HasIndex(v => v.FieldKey);
        builder.Property(v => v.ProcessingTime).HasConversion<DeadlineConverter>().HasMaxLength(DeadlineConverter.MaxLength);
        builder.Property(v => v.OnlineProcessingTime).HasConversion<DeadlineConverter>().HasMaxLength(DeadlineConverter.MaxLength);
        builder.Property(v => v.ResultName).HasMaxLength(ProcedureRules.MaxNameLength);
        builder.Property(v => v.Conditions).HasMaxLength(ProcedureRules.MaxTextLength);
        builder.Property(v => v.DecisionNumber).HasMaxLength(100);
        builder.Property(v => v.CreatedBy).HasMaxLength(100);
        builder.HasOne(v => v.Agency).WithMany().HasForeignKey(v => v.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(v => v.Cases).WithOne().HasForeignKey(c => c.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Components).WithOne().HasForeignKey(c => c.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Fees).WithOne().HasForeignKey(f => f.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.LegalBases).WithOne().HasForeignKey(b => b.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Steps).WithOne().HasForeignKey(s => s.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProcedureCaseConfiguration : IEntityTypeConfiguration<ProcedureCase>
{
    public void Configure(EntityTypeBuilder<ProcedureCase> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(ProcedureRules.MaxNameLength);
        builder.HasIndex(c => new { c.VersionId, c.Position }).IsUnique();
    }
}

internal sealed class ProcedureComponentConfiguration : IEntityTypeConfiguration<ProcedureComponent>
{
    public void Configure(EntityTypeBuilder<ProcedureComponent> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Code).HasMaxLength(ProcedureRules.MaxCodeLength);
        builder.Property(c => c.Name).HasMaxLength(ProcedureRules.MaxNameLength);
        builder.Property(c => c.Form).HasMaxLength(ProcedureRules.MaxNameLength);
        builder.HasIndex(c => new { c.VersionId, c.Position }).IsUnique();
    }
}

internal sealed class ProcedureFeeConfiguration : IEntityTypeConfiguration<ProcedureFee>
{
    public void Configure(EntityTypeBuilder<ProcedureFee> builder)
    {
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Name).HasMaxLength(ProcedureRules.MaxNameLength);
        builder.Property(f => f.Code).HasMaxLength(ProcedureRules.MaxCodeLength);
        builder.Property(f => f.Note).HasMaxLength(ProcedureRules.MaxTextLength);
        builder.HasIndex(f => new { f.VersionId, f.Position }).IsUnique();
    }
}

internal sealed class ProcedureLegalBasisConfiguration : IEntityTypeConfiguration<ProcedureLegalBasis>
{
    public void Configure(EntityTypeBuilder<ProcedureLegalBasis> builder)
    {
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Code).HasMaxLength(ProcedureRules.MaxCodeLength * 2);
        builder.Property(b => b.Name).HasMaxLength(ProcedureRules.MaxNameLength);
        builder.HasIndex(b => new { b.VersionId, b.Position }).IsUnique();
    }
}

internal sealed class ProcessStepConfiguration : IEntityTypeConfiguration<ProcessStep>
{
    public void Configure(EntityTypeBuilder<ProcessStep> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).HasMaxLength(ProcedureRules.MaxNameLength);
        builder.Property(s => s.Role).HasMaxLength(32);
        builder.Property(s => s.Share).HasConversion<DeadlineConverter>().HasMaxLength(DeadlineConverter.MaxLength);
        builder.HasOne(s => s.Unit).WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.VersionId, s.Position }).IsUnique();
    }
}

