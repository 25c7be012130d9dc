using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Calendar;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Data.Features.Sla;

/// <summary>Builds the <see cref="HandlingRules"/> a complaint is handled under from options, its policy region's current calendar and the history key.</summary>
public sealed class HandlingRulesProvider(ICalendarService calendar, IOptions<SlaOptions> options, HistorySeal seal)
{
    public async Task<HandlingRules> GetAsync(string? policyName, CancellationToken cancellationToken)
    {
        var policy = Policy(options.Value, policyName);
        return Compose(options.Value, seal, policy.Name, await calendar.GetAsync(policy.Region, cancellationToken));
    }

    /// <summary>
    /// The profile a new complaint is handled under: the product's own where configured, else the channel's, else the
    /// institution's.
    /// </summary>
    public Task<HandlingRules> ForNewAsync(NewComplaint complaint, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var name = complaint.Product is { } product && o.ProductPolicies.TryGetValue(product, out var byProduct) ? byProduct
            : o.ChannelPolicies.TryGetValue(complaint.Channel, out var byChannel) ? byChannel
            : null;
        return GetAsync(name, cancellationToken);
    }

    public double AtRiskFraction => options.Value.AtRiskFraction;

    public AuthorizationTiers Tiers => TiersOf(options.Value);

    /// <summary>The rules of <paramref name="policyName"/> (or the configured default) over a given calendar: for callers that hold a calendar not yet cached (an edit being saved).</summary>
    public static HandlingRules Compose(SlaOptions options, HistorySeal seal, string? policyName, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new HandlingRules(Policy(options, policyName), calendar, TiersOf(options), seal);
    }

    private static SlaPolicy Policy(SlaOptions options, string? policyName)
    {
        var policy = SlaPolicies.Get(policyName ?? options.Policy) with { AtRiskFraction = options.AtRiskFraction };
        // The institution sets its own amount above which a complaint is major.
        return policy.Major is { } major ? policy with { Major = major with { AmountThreshold = options.MajorAmountThreshold } } : policy;
    }

    private static AuthorizationTiers TiersOf(SlaOptions options) => new(options.HandlerLimit, options.DepartmentHeadLimit);
}
