using ComplaintOps.Data.Features.Demo;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Web.Api;

public sealed class IntakeOptions
{
    public const string SectionName = "Intake";

    /// <summary>
    /// Demo bootstrap only: in demo mode (<c>Demo:Users</c>) each key becomes an intake API client at start-up
    /// (<c>demo-intake-key</c> in Development and the tests). Real clients are created on the administration page.
    /// </summary>
    public string[] ApiKeys { get; set; } = [];
}

/// <summary>
/// Configured keys outside demo mode stop the start: silently ignoring them would break an integration without a word,
/// and honouring them would keep unrevocable, unaudited keys in a production configuration.
/// </summary>
public sealed class IntakeOptionsValidator(IOptions<DemoOptions> demo) : IValidateOptions<IntakeOptions>
{
    public ValidateOptionsResult Validate(string? name, IntakeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.ApiKeys.Length > 0 && !demo.Value.Users
            ? ValidateOptionsResult.Fail("Intake:ApiKeys is a demo bootstrap (used only with Demo:Users). Create API clients on the administration page (/admin) and remove Intake:ApiKeys.")
            : ValidateOptionsResult.Success;
    }
}
