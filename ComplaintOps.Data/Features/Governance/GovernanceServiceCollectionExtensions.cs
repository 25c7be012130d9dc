using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Data.Features.Governance;

public static class GovernanceServiceCollectionExtensions
{
    /// <summary>Joint review meetings, action items and their overdue escalation.</summary>
    public static IServiceCollection AddGovernance(this IServiceCollection services)
    {
        services.AddSingleton<IRootCauseActions, RootCauseActions>();
        services.AddSingleton<AgendaSources>();
        services.AddSingleton<IReviewMeetingQueries, ReviewMeetingQueries>();
        services.AddSingleton<IReviewMeetingCommands, ReviewMeetingCommands>();
        services.AddSingleton<IActionEscalation, ActionEscalation>();
        services.AddSingleton<DemoMeetings>();
        return services;
    }
}
