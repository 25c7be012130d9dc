using ComplaintOps.Data.Domain.Complaints;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Data.Features.Audit;

public sealed class AuditOptions
{
    public const string SectionName = "Audit";

    /// <summary>
    /// Base64 key (at least <see cref="HistorySeal.MinimumKeyBytes"/> bytes) that seals the complaint history. It must
    /// come from configuration outside the database (environment, secret store): whoever can read it can forge history.
    /// </summary>
    public string? HistoryKey { get; set; }
}

/// <summary>Says exactly what is wrong with the key, so a failed start-up tells the operator what to do.</summary>
public sealed class AuditOptionsValidator : IValidateOptions<AuditOptions>
{
    private const string Fix = "Set Audit:HistoryKey (environment variable Audit__HistoryKey) to a base64 key of at least "
        + "32 bytes kept outside the database; generate one with `openssl rand -base64 32`.";

    public ValidateOptionsResult Validate(string? name, AuditOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.HistoryKey))
        {
            return ValidateOptionsResult.Fail($"Audit:HistoryKey is missing. {Fix}");
        }

        var bytes = new byte[options.HistoryKey.Length];
        if (!Convert.TryFromBase64String(options.HistoryKey.Trim(), bytes, out var length))
        {
            return ValidateOptionsResult.Fail($"Audit:HistoryKey is not valid base64. {Fix}");
        }

        return length < HistorySeal.MinimumKeyBytes
            ? ValidateOptionsResult.Fail($"Audit:HistoryKey has {length} bytes; at least {HistorySeal.MinimumKeyBytes} are needed. {Fix}")
            : ValidateOptionsResult.Success;
    }
}
