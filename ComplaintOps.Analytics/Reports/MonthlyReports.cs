using System.Globalization;
using ComplaintOps.Analytics.Effectiveness;
using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Reports;
using ComplaintOps.Data.Features.Effectiveness;
using ComplaintOps.Data.Features.Governance;
using ComplaintOps.Data.Features.Sla;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Analytics.Reports;

/// <summary>Runs the monthly operations report ("2026-03") for a viewer holding ViewReports.</summary>
public sealed class MonthlyReports(IOutcomeQueries outcomes, IRootCauseActions actions, IOptions<CostOptions> cost, IOptions<SlaOptions> sla)
{
    private readonly CostModel _costs = new(cost.Value);
    private readonly TimeZoneInfo _zone = sla.Value.Zone;

    public static bool TryParseMonth(string? key, out DateOnly first)
    {
        var ok = DateOnly.TryParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out first);
        return ok && first.Year >= 2000;
    }

    public async Task<IReadOnlyList<ReportFigure>> GetAsync(DateOnly month, Actor viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!viewer.Has(Permission.ViewReports))
        {
            throw ForbiddenException.Lacking(Permission.ViewReports);
        }

        var first = new DateOnly(month.Year, month.Month, 1);
        var list = await outcomes.LoadAsync(LocalDays.StartUtc(first, _zone), LocalDays.StartUtc(first.AddMonths(1), _zone), cancellationToken);
        return MonthlyOperationsReport.Build(list, await actions.ListAsync(viewer, cancellationToken), _costs, _zone);
    }
}
