using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Data.Features.Reports;

public static class ReportServiceCollectionExtensions
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddOptions<ReportOptions>().BindConfiguration(ReportOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IReportService, ReportService>();
        services.AddSingleton<ReportReminders>();
        services.AddSingleton<DemoReports>();
        return services;
    }
}
