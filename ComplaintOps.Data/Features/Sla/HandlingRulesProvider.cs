using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Calendar;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Data.Features.Sla;

/// <summary>Builds the <see cref="HandlingRules"/> a complaint is handled under from options and the current calendar.</summary>
public sealed class HandlingRulesProvider(ICalendarService calendar, IOptions<SlaOptions> options)
{
    public async Task<HandlingRules> GetAsync(string? policyName, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var policy = SlaPolicies.Get(policyName ?? o.Policy) with { AtRiskFraction = o.AtRiskFraction };
        return new HandlingRules(policy, await calendar.GetAsync(cancellationToken), Tiers);
    }

    public double AtRiskFraction => options.Value.AtRiskFraction;

    public AuthorizationTiers Tiers => new(options.Value.HandlerLimit, options.Value.DepartmentHeadLimit);
}
