using ComplaintOps.Data.Domain.Administration;
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

public sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> b)
    {
        b.ToTable("ApiClients");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).HasMaxLength(40);
        b.Property(c => c.Name).HasMaxLength(ApiClient.NameLength).IsRequired();
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(12);
        b.Property(c => c.KeyPrefix).HasMaxLength(ApiKey.PrefixLength).IsRequired();
        b.Property(c => c.KeyHash).HasMaxLength(ApiKey.HashLength).IsRequired();
        b.Property(c => c.CreatedBy).HasMaxLength(64);
        b.Property(c => c.RevokedBy).HasMaxLength(64);
        b.HasIndex(c => c.KeyHash).IsUnique();
        b.Ignore(c => c.Permissions);
    }
}

public sealed class AdminAuditEntryConfiguration : IEntityTypeConfiguration<AdminAuditEntry>
{
    public void Configure(EntityTypeBuilder<AdminAuditEntry> b)
    {
        b.ToTable("AdminAuditEntries");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.ActorId).HasMaxLength(64).IsRequired();
        b.Property(e => e.ActorName).HasMaxLength(100).IsRequired();
        b.Property(e => e.Action).HasMaxLength(AdminAuditEntry.ActionLength).IsRequired();
        b.Property(e => e.Target).HasMaxLength(AdminAuditEntry.TargetLength).IsRequired();
        b.Property(e => e.Details).IsRequired();
        b.HasIndex(e => e.AtUtc);
    }
}
