using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Topics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintOps.Data.Persistence.Configurations;

public sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> b)
    {
        b.ToTable("Topics");
        b.HasKey(t => t.Id);
        b.Property(t => t.Id).ValueGeneratedNever();   // handed out by the one trainer holding the lease
        b.Property(t => t.Version).IsConcurrencyToken();
        b.Ignore(t => t.Key);
        b.Ignore(t => t.DisplayName);
        b.Ignore(t => t.EffectiveId);
        b.Property(t => t.Space).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.State).HasConversion<string>().HasMaxLength(12);
        b.Property(t => t.Name).HasMaxLength(Topic.NameLength);
        b.Property(t => t.Label).HasMaxLength(Topic.LabelLength).IsRequired();
        b.HasIndex(t => t.State);
    }
}

public sealed class TopicEventConfiguration : IEntityTypeConfiguration<TopicEvent>
{
    public void Configure(EntityTypeBuilder<TopicEvent> b)
    {
        b.ToTable("TopicEvents");
        b.HasKey(e => e.Id);
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.ActorId).HasMaxLength(24);
        b.Property(e => e.ActorName).HasMaxLength(100);
        b.Property(e => e.Detail).HasMaxLength(TopicEvent.DetailLength);
        b.HasIndex(e => e.TopicId);
        b.HasOne<Topic>().WithMany().HasForeignKey(e => e.TopicId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class TopicAssignmentConfiguration : IEntityTypeConfiguration<TopicAssignment>
{
    public void Configure(EntityTypeBuilder<TopicAssignment> b)
    {
        b.ToTable("TopicAssignments");
        b.HasKey(a => a.Id);
        b.HasIndex(a => new { a.ComplaintId, a.ModelVersion }).IsUnique();
        b.HasIndex(a => new { a.IsCurrent, a.TopicId });   // "complaints of topic 17 now" and the current row of a complaint
        b.HasIndex(a => a.ModelVersion);
        b.HasOne<Complaint>().WithMany().HasForeignKey(a => a.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Topic>().WithMany().HasForeignKey(a => a.TopicId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ModelVersionConfiguration : IEntityTypeConfiguration<ModelVersion>
{
    public void Configure(EntityTypeBuilder<ModelVersion> b)
    {
        b.ToTable("ModelVersions");
        b.HasKey(v => v.Number);
        b.Property(v => v.Number).ValueGeneratedNever();
        b.Ignore(v => v.Name);
        b.Property(v => v.TrainedBy).HasMaxLength(ModelVersion.InstanceLength).IsRequired();
        b.Property(v => v.Parameters).IsRequired();
        b.Property(v => v.Quality).IsRequired();
    }
}

public sealed class ModelPayloadConfiguration : IEntityTypeConfiguration<ModelPayload>
{
    public void Configure(EntityTypeBuilder<ModelPayload> b)
    {
        b.ToTable("ModelPayloads");
        b.HasKey(p => p.ModelVersion);
        b.Property(p => p.ModelVersion).ValueGeneratedNever();
        b.Property(p => p.Content).IsRequired();
        b.HasOne<ModelVersion>().WithOne().HasForeignKey<ModelPayload>(p => p.ModelVersion).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ModelLeaseConfiguration : IEntityTypeConfiguration<ModelLease>
{
    public void Configure(EntityTypeBuilder<ModelLease> b)
    {
        b.ToTable("ModelLeases");
        b.HasKey(l => l.Name);
        b.Property(l => l.Name).HasMaxLength(ModelLease.NameLength);
        b.Property(l => l.Holder).HasMaxLength(ModelVersion.InstanceLength);
    }
}

public sealed class ComplaintEmbeddingConfiguration : IEntityTypeConfiguration<ComplaintEmbedding>
{
    public void Configure(EntityTypeBuilder<ComplaintEmbedding> b)
    {
        b.ToTable("ComplaintEmbeddings");
        b.HasKey(e => e.ComplaintId);
        b.Property(e => e.Encoder).HasMaxLength(ComplaintEmbedding.EncoderLength).IsRequired();
        b.Property(e => e.Vector).IsRequired();
        b.HasOne<Complaint>().WithOne().HasForeignKey<ComplaintEmbedding>(e => e.ComplaintId).OnDelete(DeleteBehavior.Cascade);
    }
}
