using ComplaintOps.Data.Persistence.PersonalData;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Data.Features.PersonalData;

public sealed class PersonalDataOptions
{
    public const string SectionName = "PersonalData";

    /// <summary>
    /// Base64 key (at least <see cref="PersonalDataLookup.MinimumKeyBytes"/> bytes) of the search hashes over phone and ID
    /// numbers. Keep it outside the database: with it, a stolen database can be searched for a known phone number.
    /// Changing it makes existing complaints unfindable by phone or ID until their hashes are rewritten.
    /// </summary>
    public string? LookupKey { get; set; }
}

/// <summary>Says exactly what is wrong with the key, so a failed start-up tells the operator what to do (as AuditOptionsValidator).</summary>
public sealed class PersonalDataOptionsValidator : IValidateOptions<PersonalDataOptions>
{
    private const string Fix = "Set PersonalData:LookupKey (environment variable PersonalData__LookupKey) to a base64 key of at least "
        + "32 bytes kept outside the database; generate one with `openssl rand -base64 32`.";

    public ValidateOptionsResult Validate(string? name, PersonalDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.LookupKey))
        {
            return ValidateOptionsResult.Fail($"PersonalData:LookupKey is missing. {Fix}");
        }

        var bytes = new byte[options.LookupKey.Length];
        if (!Convert.TryFromBase64String(options.LookupKey.Trim(), bytes, out var length))
        {
            return ValidateOptionsResult.Fail($"PersonalData:LookupKey is not valid base64. {Fix}");
        }

        return length < PersonalDataLookup.MinimumKeyBytes
            ? ValidateOptionsResult.Fail($"PersonalData:LookupKey has {length} bytes; at least {PersonalDataLookup.MinimumKeyBytes} are needed. {Fix}")
            : ValidateOptionsResult.Success;
    }
}
