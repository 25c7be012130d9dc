using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Web.Notices;

public static class NoticeDeliveryServices
{
    /// <summary>
    /// The outbox dispatcher and one sender per channel: e-mail over SMTP when <c>Notices:Smtp:Host</c> is set, else to
    /// the log (refused in Production unless disabled); SMS through the registered <see cref="ISmsProvider"/> (the
    /// logging one unless a real gateway was registered first).
    /// </summary>
    public static IServiceCollection AddNoticeDelivery(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<INoticeSender>(sp => sp.GetRequiredService<IOptions<SmtpOptions>>().Value.IsConfigured
            ? ActivatorUtilities.CreateInstance<SmtpNoticeSender>(sp)
            : ActivatorUtilities.CreateInstance<LoggingEmailSender>(sp));
        services.TryAddSingleton<ISmsProvider, LoggingSmsProvider>();
        services.AddSingleton<INoticeSender, SmsNoticeSender>();
        services.AddSingleton<NoticeDispatcher>();
        return services;
    }
}
