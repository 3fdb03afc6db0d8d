using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Data.Identity;
using MotCua.Domain.Portal;

namespace MotCua.Data.Configurations;

internal sealed class CitizenDocumentConfiguration : IEntityTypeConfiguration<CitizenDocument>
{
    public void Configure(EntityTypeBuilder<CitizenDocument> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.UserId).HasMaxLength(450);
        builder.Property(x => x.Title).HasMaxLength(300);
        builder.Property(x => x.FileName).HasMaxLength(200);
        builder.Property(x => x.StorageKey).HasMaxLength(200);
        builder.Property(x => x.Sha256).HasMaxLength(64);
        builder.Property(x => x.DossierCode).HasMaxLength(64);
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => new { x.UserId, x.AddedAt });
    }
}
