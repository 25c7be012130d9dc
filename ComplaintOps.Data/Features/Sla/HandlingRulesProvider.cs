using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Calendar;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Data.Features.Sla;

/// <summary>Builds the <see cref="HandlingRules"/> a complaint is handled under from options, the current calendar and the history key.</summary>
public sealed class HandlingRulesProvider(ICalendarService calendar, IOptions<SlaOptions> options, HistorySeal seal)
{
    public async Task<HandlingRules> GetAsync(string? policyName, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var policy = SlaPolicies.Get(policyName ?? o.Policy) with { AtRiskFraction = o.AtRiskFraction };
        if (policy.Major is { } major)
        {
            policy = policy with { Major = major with { AmountThreshold = o.MajorAmountThreshold } };
        }

        return new HandlingRules(policy, await calendar.GetAsync(cancellationToken), Tiers, seal);
    }

    /// <summary>The profile a new complaint is handled under: the product's own where configured, else the institution's.</summary>
    public Task<HandlingRules> ForNewAsync(NewComplaint complaint, CancellationToken cancellationToken) =>
        GetAsync(complaint.Product is { } product && options.Value.ProductPolicies.TryGetValue(product, out var name) ? name : null, cancellationToken);

    public double AtRiskFraction => options.Value.AtRiskFraction;

    public AuthorizationTiers Tiers => new(options.Value.HandlerLimit, options.Value.DepartmentHeadLimit);
}
