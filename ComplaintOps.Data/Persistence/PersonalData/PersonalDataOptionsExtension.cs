using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Data.Persistence.PersonalData;

/// <summary>
/// Carries the application's <see cref="PersonalDataProtection"/> in the context options, where OnModelCreating finds
/// it. It adds no services and does not split EF's internal service provider: the model cache key does the separating.
/// </summary>
public sealed class PersonalDataOptionsExtension(PersonalDataProtection protection) : IDbContextOptionsExtension
{
    private DbContextOptionsExtensionInfo? _info;

    public PersonalDataProtection Protection { get; } = protection;

    public DbContextOptionsExtensionInfo Info => _info ??= new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "PersonalDataProtection ";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) => debugInfo["ComplaintOps:PersonalData"] = "1";
    }
}

/// <summary>Models are cached per context type and per <see cref="PersonalDataProtection"/> instance (the converters capture it).</summary>
public sealed class PersonalDataModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(Microsoft.EntityFrameworkCore.DbContext context, bool designTime) => context is ComplaintOpsDbContext complaintOps
        ? (context.GetType(), complaintOps.PersonalData, designTime)
        : (context.GetType(), designTime);
}
