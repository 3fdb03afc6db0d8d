using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Calendar;

namespace MotCua.Data.Configurations;

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> builder)
    {
        builder.HasKey(y => y.Id);
        builder.Property(y => y.Scope).HasMaxLength(16);
        builder.HasIndex(y => new { y.Scope, y.Year }).IsUnique();
        builder.Property(y => y.Sources).HasMaxLength(2000);
        builder.Property(y => y.PublishedBy).HasMaxLength(100);
        builder.Property(y => y.Version).IsConcurrencyToken();
        builder.Ignore(y => y.IsPublished);
        builder.HasMany(y => y.Days).WithOne().HasForeignKey(d => d.CalendarYearId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Reason).HasMaxLength(200);
        builder.HasIndex(d => new { d.CalendarYearId, d.Published, d.Date }).IsUnique();
    }
}

internal sealed class OfficePeriodSettingConfiguration : IEntityTypeConfiguration<OfficePeriodSetting>
{
    public void Configure(EntityTypeBuilder<OfficePeriodSetting> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Scope).HasMaxLength(16);
        builder.HasIndex(p => new { p.Scope, p.Start }).IsUnique();
    }
}

internal sealed class CalendarChangeConfiguration : IEntityTypeConfiguration<CalendarChange>
{
    public void Configure(EntityTypeBuilder<CalendarChange> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Scope).HasMaxLength(16);
        builder.Property(c => c.UserName).HasMaxLength(100);
        builder.Property(c => c.Action).HasMaxLength(32);
        builder.Property(c => c.Before).HasMaxLength(2000);
        builder.Property(c => c.After).HasMaxLength(2000);
        builder.HasIndex(c => new { c.Scope, c.Year, c.At });
    }
}
