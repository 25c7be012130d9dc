using ComplaintOps.Data.Domain.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintOps.Data.Persistence.Configurations;

public sealed class ComplaintPartyConfiguration : IEntityTypeConfiguration<ComplaintParty>
{
    public void Configure(EntityTypeBuilder<ComplaintParty> b)
    {
        b.ToTable("ComplaintParties");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Role).HasConversion<string>().HasMaxLength(12);
        // Name, phone and ID number: encrypted, see PersonalData.ComplaintPersonalDataMapping.
        b.Property(p => p.Relationship).HasMaxLength(ComplaintLimits.Relationship);
        b.Property(p => p.AuthorizationReference).HasMaxLength(ComplaintLimits.Reference);
        b.HasIndex(p => new { p.ComplaintId, p.Role, p.Position });
    }
}
