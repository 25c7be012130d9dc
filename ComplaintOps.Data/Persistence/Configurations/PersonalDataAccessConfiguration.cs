using ComplaintOps.Data.Domain.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintOps.Data.Persistence.Configurations;

public sealed class PersonalDataAccessConfiguration : IEntityTypeConfiguration<PersonalDataAccess>
{
    public void Configure(EntityTypeBuilder<PersonalDataAccess> b)
    {
        b.ToTable("PersonalDataAccesses");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.ComplaintReference).HasMaxLength(PersonalDataAccess.ReferenceLength).IsRequired();
        b.Property(a => a.Field).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.ViewerId).HasMaxLength(PersonalDataAccess.ViewerIdLength).IsRequired();
        b.Property(a => a.ViewerName).HasMaxLength(PersonalDataAccess.ViewerNameLength).IsRequired();
        b.Property(a => a.ViewerRole).HasConversion<string>().HasMaxLength(20);
        // The log page pages newest first and filters by complaint or viewer; no foreign key, so the log outlives any
        // clean-up of complaints.
        b.HasIndex(a => a.AtUtc);
        b.HasIndex(a => new { a.ComplaintReference, a.AtUtc });
        b.HasIndex(a => new { a.ViewerId, a.AtUtc });
    }
}
