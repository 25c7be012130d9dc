using ComplaintOps.Data.Domain.Clusters;
using ComplaintOps.Data.Domain.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintOps.Data.Persistence.Configurations;

public sealed class ComplaintClusterConfiguration : IEntityTypeConfiguration<ComplaintCluster>
{
    public void Configure(EntityTypeBuilder<ComplaintCluster> builder)
    {
        builder.ToTable("ComplaintClusters");
        builder.HasKey(a => a.ComplaintId);
        builder.Property(a => a.ModelVersion).HasMaxLength(40).IsRequired();
        builder.Ignore(a => a.TopicKey);
        builder.HasIndex(a => new { a.ModelVersion, a.Cluster });
        builder.HasOne<Complaint>().WithOne().HasForeignKey<ComplaintCluster>(a => a.ComplaintId).OnDelete(DeleteBehavior.Cascade);
    }
}
