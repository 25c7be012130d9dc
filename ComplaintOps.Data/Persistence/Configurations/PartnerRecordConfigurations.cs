using ComplaintOps.Data.Domain.Partners;
using ComplaintOps.Data.Domain.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintOps.Data.Persistence.Configurations;

public sealed class PartnerEventConfiguration : IEntityTypeConfiguration<PartnerEvent>
{
    public void Configure(EntityTypeBuilder<PartnerEvent> b)
    {
        b.ToTable("PartnerEvents");
        b.HasKey(e => e.Id);
        b.Property(e => e.PartnerCode).HasMaxLength(Partner.CodeLength);
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Name).HasMaxLength(Partner.NameLength).IsRequired();
        b.Property(e => e.NameEn).HasMaxLength(Partner.NameLength).IsRequired();
        b.Property(e => e.ActorId).HasMaxLength(24).IsRequired();
        b.Property(e => e.ActorName).HasMaxLength(100).IsRequired();
        b.HasIndex(e => e.PartnerCode);
        b.HasOne<Partner>().WithMany().HasForeignKey(e => e.PartnerCode).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PartnerRatingConfiguration : IEntityTypeConfiguration<PartnerRating>
{
    public void Configure(EntityTypeBuilder<PartnerRating> b)
    {
        b.ToTable("PartnerRatings");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Ignore(r => r.Period);
        b.Property(r => r.PartnerCode).HasMaxLength(Partner.CodeLength);
        b.Property(r => r.Comment).HasMaxLength(PartnerRating.CommentLength).IsRequired();
        b.Property(r => r.RatedById).HasMaxLength(24).IsRequired();
        b.Property(r => r.RatedByName).HasMaxLength(100).IsRequired();
        b.HasIndex(r => new { r.PartnerCode, r.Year, r.Quarter });
        b.HasOne<Partner>().WithMany().HasForeignKey(r => r.PartnerCode).OnDelete(DeleteBehavior.Restrict);
    }
}
