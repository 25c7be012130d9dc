using ComplaintOps.Data.Domain.Notices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintOps.Data.Persistence.Configurations;

public sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> b)
    {
        b.ToTable("Notices");
        b.HasKey(n => n.Id);
        b.Property(n => n.Id).ValueGeneratedNever();
        b.Property(n => n.Version).IsConcurrencyToken();
        b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(n => n.Channel).HasConversion<string>().HasMaxLength(8);
        b.Property(n => n.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(n => n.Recipient).HasMaxLength(Notice.RecipientLength).IsRequired();
        b.Property(n => n.Language).HasMaxLength(8).IsRequired();
        b.Property(n => n.Subject).HasMaxLength(Notice.SubjectLength).IsRequired();
        b.Property(n => n.Body).HasMaxLength(Notice.BodyLength).IsRequired();
        b.Property(n => n.StaffId).HasMaxLength(24);
        b.Property(n => n.LastError).HasMaxLength(1000);
        b.HasIndex(n => new { n.Status, n.NextAttemptAtUtc });
        b.HasIndex(n => n.ComplaintId);
    }
}
