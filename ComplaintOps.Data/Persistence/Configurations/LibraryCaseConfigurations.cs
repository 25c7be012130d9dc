using ComplaintOps.Data.Domain.CaseLibrary;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Topics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintOps.Data.Persistence.Configurations;

public sealed class LibraryCaseConfiguration : IEntityTypeConfiguration<LibraryCase>
{
    public void Configure(EntityTypeBuilder<LibraryCase> b)
    {
        b.ToTable("LibraryCases");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Ignore(c => c.SearchText);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Property(c => c.Reference).HasMaxLength(32).IsRequired();
        b.Property(c => c.Title).HasMaxLength(LibraryCaseLimits.Title).IsRequired();
        b.Property(c => c.Summary).HasMaxLength(LibraryCaseLimits.Summary).IsRequired();
        b.Property(c => c.RootCause).HasMaxLength(LibraryCaseLimits.LongText).IsRequired();
        b.Property(c => c.Resolution).HasMaxLength(LibraryCaseLimits.LongText).IsRequired();
        b.Property(c => c.Lessons).HasMaxLength(LibraryCaseLimits.LongText).IsRequired();
        b.Property(c => c.Category).HasMaxLength(24).IsRequired();
        b.Ignore(c => c.Topic);
        b.Property(c => c.Product).HasMaxLength(ComplaintLimits.Product);
        b.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Language).HasMaxLength(8);
        b.Property(c => c.PromotedById).HasMaxLength(24);
        b.Property(c => c.PromotedByName).HasMaxLength(ComplaintLimits.Name);

        // "Once" is enforced by the database too: a concurrent second promotion fails on this index.
        b.HasIndex(c => c.ComplaintId).IsUnique();
        b.HasIndex(c => new { c.Category, c.TopicId, c.PromotedAtUtc });
        b.HasIndex(c => c.TopicId);
        b.HasIndex(c => c.PromotedAtUtc);
        b.HasOne<Complaint>().WithMany().HasForeignKey(c => c.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Topic>().WithMany().HasForeignKey(c => c.TopicId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class LibraryCaseTermConfiguration : IEntityTypeConfiguration<LibraryCaseTerm>
{
    public void Configure(EntityTypeBuilder<LibraryCaseTerm> b)
    {
        b.ToTable("LibraryCaseTerms");

        // The key is the index a search seeks: all cases of a term, in case order, and "does case X have term T".
        b.HasKey(t => new { t.Term, t.CaseId });
        b.Property(t => t.Term).HasMaxLength(LibraryCaseLimits.Term);
        b.HasIndex(t => t.CaseId);
        b.HasOne<LibraryCase>().WithMany().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class LibraryCaseDocumentConfiguration : IEntityTypeConfiguration<LibraryCaseDocument>
{
    public void Configure(EntityTypeBuilder<LibraryCaseDocument> b)
    {
        b.ToTable("LibraryCaseDocuments");
        b.HasKey(d => d.CaseId);
        b.Property(d => d.IndexVersion).HasMaxLength(40).IsRequired();
        b.HasOne<LibraryCase>().WithOne().HasForeignKey<LibraryCaseDocument>(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class LibraryCaseVectorConfiguration : IEntityTypeConfiguration<LibraryCaseVector>
{
    public void Configure(EntityTypeBuilder<LibraryCaseVector> b)
    {
        b.ToTable("LibraryCaseVectors");
        b.HasKey(v => v.CaseId);
        b.Property(v => v.EmbedderVersion).HasMaxLength(64).IsRequired();
        b.Property(v => v.Values).IsRequired();
        b.HasOne<LibraryCase>().WithOne().HasForeignKey<LibraryCaseVector>(v => v.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
