using ComplaintOps.Data.Domain.CaseLibrary;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Notices;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.CaseLibrary;
using ComplaintOps.Data.Features.Notices;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.Demo;

/// <summary>
/// Writes the deterministic bilingual demo data set (<see cref="DemoDataGenerator"/>) relative to today, in batches,
/// each on a fresh context with change detection off: the complaints are new graphs, added once and never edited.
/// Their domain events are dropped: the demo history is not live news. A few closed complaints of each category and
/// language are then promoted to the case library (texts and search terms only: the similar-case index embeds them on
/// first use, because the embedder lives in Analytics), and a few demo topics are placed (<see cref="DemoTopics"/>).
/// </summary>
public sealed class DemoDataSeeder(
    IDbContextFactory<ComplaintOpsDbContext> dbFactory, TimeProvider clock, HandlingRulesProvider rulesProvider, NoticeWriter? noticeWriter = null)
{
    public const int BatchSize = 500;

    /// <summary>Library cases per category: this many Chinese and half as many English (fewer when the data has fewer).</summary>
    public const int CasesPerCategory = 4;

    private static readonly Actor Promoter = new("S002", "孙丽华", StaffRole.Supervisor);

    /// <summary>Returns the number of complaints written.</summary>
    public async Task<int> SeedAsync(DemoOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var rules = await rulesProvider.GetAsync(null, cancellationToken);
        var written = 0;
        var batch = new List<Complaint>(BatchSize);
        var now = clock.GetUtcNow();
        var cases = new List<LibraryCase>();
        var placements = new List<TopicAssignment>();
        var notices = new List<Notice>();
        var emergingFrom = rules.Calendar.LocalDate(now).AddDays(1 - DemoTopics.EmergingDays);
        foreach (var (complaint, template) in DemoDataGenerator.GenerateWithTemplates(options.Complaints, options.RandomSeed, now, rules.Calendar, rules.Seal, rules.Tiers))
        {
            complaint.ClearDomainEvents();
            if (noticeWriter is not null)
            {
                notices.AddRange(DemoNotices.For(complaint, noticeWriter, rules.Calendar, now));
            }

            var topic = DemoTopics.For(template, complaint.Language) is { } seed
                && (seed.State != TopicState.Emerging || rules.Calendar.LocalDate(complaint.RegisteredAtUtc) >= emergingFrom)
                ? DemoTopics.PlacedIn(seed) : (int?)null;
            if (topic is { } placedIn)
            {
                placements.Add(new TopicAssignment(complaint.Id, DemoTopics.ModelVersion, placedIn, placedIn, DemoTopics.Similarity(complaint.Id), now));
            }

            if (ShouldPromote(complaint, cases) is { } promotion)
            {
                cases.Add(LibraryCase.Promote(complaint, promotion, Promoter, now, TopicKey.From(topic)));
            }

            batch.Add(complaint);
            if (batch.Count == BatchSize)
            {
                written += await WriteAsync(batch, cancellationToken);
            }
        }

        if (batch.Count > 0)
        {
            written += await WriteAsync(batch, cancellationToken);
        }

        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            AddTopics(db, placements, now);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            foreach (var chunk in placements.Chunk(BatchSize))
            {
                db.TopicAssignments.AddRange(chunk);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            cases.ForEach(c => CaseLibraryCommands.Add(db, c, vector: null));
            await db.SaveChangesAsync(cancellationToken);
            db.Notices.AddRange(DemoNotices.Deliver(notices, now));
            await db.SaveChangesAsync(cancellationToken);
        }

        await DemoSupervision.SeedAsync(dbFactory, rulesProvider, now, cancellationToken);

        return written;
    }

    /// <summary>
    /// On top of the generated complaints: the partners with their complaints and ratings, an open consultation and a major
    /// complaint whose report is due (<see cref="DemoCases"/>).
    /// </summary>
    public async Task SeedCasesAsync(CancellationToken cancellationToken)
    {
        var rules = await rulesProvider.GetAsync(null, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await DemoCases.SeedAsync(db, rules, clock.GetUtcNow(), cancellationToken);
    }

    /// <summary>The demo topics with their lineage and the analysts' decisions (names, the merge, the noise mark) as events.</summary>
    private static void AddTopics(ComplaintOpsDbContext db, List<TopicAssignment> placements, DateTimeOffset now)
    {
        var sizes = placements.GroupBy(p => p.TopicId!.Value).ToDictionary(g => g.Key, g => g.Count());
        var topics = new Dictionary<int, Topic>();
        foreach (var seed in DemoTopics.All)
        {
            var size = sizes.GetValueOrDefault(seed.Id);
            var quality = 0.55 + (seed.Id % 5 * 0.05);
            var (topic, born) = seed.State == TopicState.Emerging
                ? Topic.Emerged(seed.Id, seed.Space, seed.Label, size, quality, DemoTopics.ModelVersion, now.AddDays(-1))
                : Topic.Born(seed.Id, seed.Space, seed.Label, DemoTopics.ModelVersion, null, now.AddDays(-60));
            if (seed.State != TopicState.Emerging)
            {
                topic.Refresh(seed.Label, size, quality, now.AddDays(-60));
            }

            // The analysts' decisions came later, in this order, so the history reads as it would have happened.
            db.TopicEvents.Add(born);
            if (seed.Name is { } name)
            {
                db.TopicEvents.Add(topic.Rename(name, Promoter, now.AddDays(-20)));
            }

            if (seed.State == TopicState.Noise)
            {
                db.TopicEvents.Add(topic.MarkNoise(true, Promoter, now.AddDays(-12)));
            }

            if (seed.MergedInto is { } into)
            {
                db.TopicEvents.Add(topic.MergeInto(topics[into], Promoter, now.AddDays(-7)));
            }

            topics[seed.Id] = topic;
            db.Topics.Add(topic);
        }
    }

    /// <summary>Closed, with a root cause, the category's quota not yet full, and texts that pass the promotion rules.</summary>
    private static CasePromotion? ShouldPromote(Complaint complaint, List<LibraryCase> promoted)
    {
        if (complaint.Status != ComplaintStatus.Closed || complaint.RootCause is null || complaint.Measures is null)
        {
            return null;
        }

        var zh = complaint.Language == "zh";
        var quota = zh ? CasesPerCategory : CasesPerCategory / 2;
        if (promoted.Count(c => c.Category == complaint.Category && c.Language == complaint.Language) >= quota)
        {
            return null;
        }

        var promotion = new CasePromotion
        {
            ComplaintId = complaint.Id,
            Title = complaint.Subject,
            Summary = complaint.Description,
            RootCause = complaint.RootCause,
            Resolution = complaint.Measures,
            Lessons = DemoLessons.For(complaint.Category, zh),
        };
        return CasePromotionValidator.Validate(promotion, complaint).Count == 0 ? promotion : null;
    }

    private async Task<int> WriteAsync(List<Complaint> batch, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Complaints.AddRange(batch);
        await db.SaveChangesAsync(cancellationToken);
        var count = batch.Count;
        batch.Clear();
        return count;
    }
}
