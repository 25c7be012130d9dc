using Microsoft.Extensions.Options;
using MimeKit;

namespace ComplaintOps.Web.Notices;

/// <summary>
/// Production refuses to start without a mail server: customers would silently get no acknowledgement or decision.
/// Running without e-mail must be said out loud (<c>Notices:Smtp:Disabled=true</c>).
/// </summary>
public sealed class SmtpOptionsValidator(IHostEnvironment environment) : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!MailboxAddress.TryParse(options.From, out _))
        {
            return ValidateOptionsResult.Fail($"Notices:Smtp:From '{options.From}' is not an e-mail address.");
        }

        return environment.IsProduction() && !options.Disabled && string.IsNullOrWhiteSpace(options.Host)
            ? ValidateOptionsResult.Fail("Notices:Smtp:Host is required in Production (customers' notices are e-mailed); "
                + "set Notices:Smtp:Disabled=true to run without e-mail on purpose.")
            : ValidateOptionsResult.Success;
    }
}
