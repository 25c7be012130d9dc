using ComplaintOps.Data.Features.Partners;
using ComplaintOps.Data.Features.RegulatorReports;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Data.Features.Consultations;

public static class CaseServiceCollectionExtensions
{
    /// <summary>Difficult cases and major events (consultations, regulator-report tasks) and partners (issue #11 items 3 and 7).</summary>
    public static IServiceCollection AddComplaintOpsCases(this IServiceCollection services)
    {
        services.AddSingleton<IConsultationCommands, ConsultationCommands>();
        services.AddSingleton<IConsultationQueries, ConsultationQueries>();
        services.AddSingleton<IRegulatorReportQueries, RegulatorReportQueries>();
        services.AddSingleton<IPartnerQueries, PartnerQueries>();
        services.AddSingleton<IPartnerCommands, PartnerCommands>();
        return services;
    }
}
