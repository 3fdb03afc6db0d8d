using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;

namespace MotCua.Data.Identity;

/// <summary>Identity's tables with MotCua's limits (keys and names short enough for every provider).</summary>
internal static class IdentityTables
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<UserAccount>(user =>
        {
            user.Property(u => u.FullName).HasMaxLength(200);
            user.Property(u => u.Title).HasMaxLength(200);
            user.HasOne<Unit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
            user.HasIndex(u => u.UnitId);
            user.Property(u => u.IdNumber).HasMaxLength(12);
            // One account per verified person: a second e-ID sign-in with the same number finds the first account.
            user.HasIndex(u => u.IdNumber).IsUnique();
        });

        builder.Entity<IdentityRole<string>>().ToTable("AspNetRoles");
    }
}
