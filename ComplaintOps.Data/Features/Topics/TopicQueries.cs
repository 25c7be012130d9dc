using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Data.Features.Topics;

/// <summary>
/// Topics are few (hundreds), so they are read whole and filtered in memory, the same on every provider; sizes and weekly
/// trends are grouped counts over the current placements on the (IsCurrent, TopicId) index, one query per week.
/// </summary>
public sealed class TopicQueries(IDbContextFactory<ComplaintOpsDbContext> dbFactory, IOptions<SlaOptions> sla, TimeProvider clock) : ITopicQueries
{
    public const int TrendWeeks = 8;
    public const int TypicalCount = 5;

    private static readonly TopicState[] Order = [TopicState.Emerging, TopicState.Active, TopicState.Noise, TopicState.Merged, TopicState.Ended];

    private readonly TimeZoneInfo _zone = sla.Value.Zone;

    public async Task<IReadOnlyList<TopicRow>> ListAsync(TopicListQuery query, Actor viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        Demand(viewer);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var text = query.Text?.Trim();
        var topics = (await db.Topics.AsNoTracking().ToListAsync(cancellationToken))
            .Where(t => (query.State is null || t.State == query.State) && (query.Space is null || t.Space == query.Space)
                && (string.IsNullOrEmpty(text) || Contains(t.Name, text) || Contains(t.Label, text)))
            .ToList();
        var rows = await RowsAsync(db, topics, cancellationToken);
        return [.. rows.OrderBy(r => Array.IndexOf(Order, r.State)).ThenByDescending(r => r.Size).ThenBy(r => r.Key)];
    }

    public async Task<TopicDetail?> GetAsync(TopicKey key, Actor viewer, CancellationToken cancellationToken)
    {
        Demand(viewer);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var topic = await db.Topics.AsNoTracking().SingleOrDefaultAsync(t => t.Id == key.Value, cancellationToken);
        if (topic is null)
        {
            return null;
        }

        var row = (await RowsAsync(db, [topic], cancellationToken))[0];
        var typical = await (from a in db.TopicAssignments.AsNoTracking().Where(a => a.IsCurrent && a.TopicId == key.Value)
                             join c in ComplaintScope.Visible(db.Complaints.AsNoTracking(), viewer) on a.ComplaintId equals c.Id
                             orderby a.Similarity descending, c.RegisteredAtUtc descending
                             select new TypicalComplaint(c.Id, c.Reference, c.Subject, c.RegisteredAtUtc, a.Similarity))
            .Take(TypicalCount).ToListAsync(cancellationToken);
        var events = await db.TopicEvents.AsNoTracking().Where(e => e.TopicId == key.Value || e.RelatedTopicId == key.Value)
            .OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id).ToListAsync(cancellationToken);
        var history = events.Select(e => new TopicHistoryEntry(e.Kind, new TopicKey(e.TopicId), TopicKey.From(e.RelatedTopicId), e.ModelVersion, e.ActorName,
            e.Detail, e.AtUtc)).ToList();
        return new TopicDetail(row, typical, history);
    }

    public async Task<IReadOnlyDictionary<TopicKey, string>> NamesAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var names = await db.Topics.AsNoTracking().Select(t => new { t.Id, t.Name, t.Label }).ToListAsync(cancellationToken);
        return names.ToDictionary(t => new TopicKey(t.Id), t => t.Name ?? t.Label);
    }

    private async Task<List<TopicRow>> RowsAsync(ComplaintOpsDbContext db, List<Topic> topics, CancellationToken cancellationToken)
    {
        if (topics.Count == 0)
        {
            return [];
        }

        var ids = topics.Select(t => (int?)t.Id).ToList();
        var current = db.TopicAssignments.AsNoTracking().Where(a => a.IsCurrent && ids.Contains(a.TopicId));
        var sizes = await current.GroupBy(a => a.TopicId).Select(g => new { Id = g.Key!.Value, Count = g.Count() })
            .ToDictionaryAsync(x => x.Id, x => x.Count, cancellationToken);
        var trend = topics.ToDictionary(t => t.Id, _ => new int[TrendWeeks]);
        var monday = LocalDays.Monday(LocalDays.Of(clock.GetUtcNow(), _zone));
        for (var w = 0; w < TrendWeeks; w++)
        {
            var from = LocalDays.StartUtc(monday.AddDays(-7 * (TrendWeeks - 1 - w)), _zone);
            var to = LocalDays.StartUtc(monday.AddDays(-7 * (TrendWeeks - 2 - w)), _zone);
            var counts = await current.Join(db.Complaints.Where(c => c.RegisteredAtUtc >= from && c.RegisteredAtUtc < to), a => a.ComplaintId, c => c.Id, (a, _) => a.TopicId)
                .GroupBy(id => id).Select(g => new { Id = g.Key!.Value, Count = g.Count() }).ToListAsync(cancellationToken);
            foreach (var c in counts)
            {
                trend[c.Id][w] = c.Count;
            }
        }

        return [.. topics.Select(t => new TopicRow(t.Key, t.DisplayName, t.Name, t.Label, t.Space, t.State, sizes.GetValueOrDefault(t.Id), trend[t.Id],
            t.Quality, t.BornInVersion, TopicKey.From(t.MergedIntoId), t.SplitRequested, t.Version))];
    }

    private static bool Contains(string? value, string text) => value?.Contains(text, StringComparison.OrdinalIgnoreCase) == true;

    private static void Demand(Actor viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!viewer.Has(Permission.ViewAnalytics))
        {
            throw ForbiddenException.Lacking(Permission.ViewAnalytics);
        }
    }
}
