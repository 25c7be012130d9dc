using ComplaintOps.Data.Features.Demo;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Web.Realtime;

public sealed class RealtimeOptions
{
    public const string SectionName = "Realtime";

    /// <summary>Redis connection string. When set, changes cross server instances over Redis (hub backplane and event bus).</summary>
    public string? Redis { get; set; }

    /// <summary>Browser origins besides this site's own that may open the hub (e.g. <c>https://wall.bank.example</c>).</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Demo bootstrap only, like <c>Intake:ApiKeys</c>: in demo mode each key becomes a wallboard API client.</summary>
    public string[] WallboardKeys { get; set; } = [];
}

/// <summary>Configured wallboard keys outside demo mode stop the start (see <see cref="Api.IntakeOptionsValidator"/> for why).</summary>
public sealed class RealtimeOptionsValidator(IOptions<DemoOptions> demo) : IValidateOptions<RealtimeOptions>
{
    public ValidateOptionsResult Validate(string? name, RealtimeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.WallboardKeys.Length > 0 && !demo.Value.Users
            ? ValidateOptionsResult.Fail("Realtime:WallboardKeys is a demo bootstrap (used only with Demo:Users). Create wallboard API clients on the administration page (/admin).")
            : ValidateOptionsResult.Success;
    }
}
