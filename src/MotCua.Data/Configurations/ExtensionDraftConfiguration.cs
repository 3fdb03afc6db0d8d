using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Domain.Dossiers;

namespace MotCua.Data.Configurations;

internal sealed class ExtensionDraftConfiguration : IEntityTypeConfiguration<ExtensionDraft>
{
    public void Configure(EntityTypeBuilder<ExtensionDraft> builder)
    {
        builder.HasKey(x => x.DossierId);
        builder.HasOne<Dossier>().WithOne().HasForeignKey<ExtensionDraft>(x => x.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(x => x.Reason).HasMaxLength(2000);
    }
}
