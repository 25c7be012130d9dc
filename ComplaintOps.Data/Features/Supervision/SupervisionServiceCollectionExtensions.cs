using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Data.Features.Supervision;

public static class SupervisionServiceCollectionExtensions
{
    /// <summary>Review queue, feedback work list, spot checks and reply templates.</summary>
    public static IServiceCollection AddSupervision(this IServiceCollection services)
    {
        services.AddSingleton<ISupervisionQueries, SupervisionQueries>();
        services.AddSingleton<ISpotChecks, SpotChecks>();
        services.AddSingleton<IReplyTemplates, ReplyTemplates>();
        return services;
    }
}
