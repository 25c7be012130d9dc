using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Persistence.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintOps.Data.Persistence.Configurations;

public sealed class ComplaintOpsUserConfiguration : IEntityTypeConfiguration<ComplaintOpsUser>
{
    public void Configure(EntityTypeBuilder<ComplaintOpsUser> b)
    {
        b.Property(u => u.StaffId).HasMaxLength(24).IsRequired();
        b.HasIndex(u => u.StaffId);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(u => u.StaffId).OnDelete(DeleteBehavior.Restrict);
    }
}
