using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Data.Features.Notices;

public static class NoticeServices
{
    /// <summary>Writing notices with complaint changes, reading them for the complaint page, sending one again.</summary>
    public static IServiceCollection AddNotices(this IServiceCollection services)
    {
        services.AddOptions<NoticeOptions>().BindConfiguration(NoticeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<NoticeWriter>();
        services.AddSingleton<INoticeQueries, NoticeQueries>();
        services.AddSingleton<INoticeCommands, NoticeCommands>();
        return services;
    }
}
