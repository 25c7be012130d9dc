using ComplaintOps.Data.Features.Effectiveness;

namespace ComplaintOps.Analytics.Effectiveness;

/// <summary>Prices a complaint with <see cref="CostOptions"/>. Handling cost is rounded to the fen per complaint, after summing.</summary>
public sealed class CostModel(CostOptions options)
{
    private readonly CostOptions _options = options.Validated();

    public ComplaintCost Price(ComplaintOutcome complaint)
    {
        double minutes = 0;
        decimal handling = 0;
        foreach (var activity in complaint.Activities)
        {
            var m = _options.StandardMinutes.TryGetValue(activity.Kind, out var standard) ? standard : _options.DefaultMinutes;
            var rate = _options.HourlyRates.GetValueOrDefault(activity.Role);
            minutes += m;
            handling += (decimal)m / 60m * rate;
        }

        var compensation = complaint.CompensationAuthorized ? complaint.CompensationAmount : 0m;
        var other = _options.ChannelCost.GetValueOrDefault(complaint.Channel);
        return new ComplaintCost(complaint.Id, minutes, Math.Round(handling, 2, MidpointRounding.AwayFromZero), compensation, other);
    }
}
