using ComplaintOps.Analytics;
using ComplaintOps.Analytics.CaseLibrary;
using ComplaintOps.Data.Domain.CaseLibrary;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Features.CaseLibrary;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintOps.Tests.TestInfrastructure.Fixtures;

/// <summary>
/// An <see cref="IntegrationTest"/> set-up (fresh SQLite file, real composition, fake clock) held as an object, for tests
/// that need it beside another base (bUnit) or in one test only, with helpers to close complaints and promote them.
/// Dispose it to delete the database.
/// </summary>
public sealed class CaseLibraryStack : IAsyncDisposable
{
    private readonly Host _host;

    private CaseLibraryStack(TestDatabase database) => _host = new Host(database);

    public FakeTimeProvider Clock => _host.TestClock;

    public ServiceProvider Services => _host.TestServices;

    public IComplaintCommands Complaints => Services.GetRequiredService<IComplaintCommands>();

    public IComplaintQueries ComplaintQueries => Services.GetRequiredService<IComplaintQueries>();

    public ICaseLibrary Library => Services.GetRequiredService<ICaseLibrary>();

    public ICaseLibraryQueries Queries => Services.GetRequiredService<ICaseLibraryQueries>();

    public ICaseLibraryCommands Commands => Services.GetRequiredService<ICaseLibraryCommands>();

    /// <summary>On a fresh SQLite file, or on <paramref name="database"/> (PostgreSQL: skipped or failed as its tests are when no server is set).</summary>
    public static async Task<CaseLibraryStack> StartAsync(TestDatabase? database = null)
    {
        var stack = new CaseLibraryStack(database ?? new SqliteTestDatabase());
        await stack._host.InitializeAsync();
        return stack;
    }

    /// <summary>A fresh analytics layer (new, empty index) over the same database, as after a restart.</summary>
    public CaseLibraryService Restarted() =>
        new(Queries, Commands, Services.GetRequiredService<ITextEmbedder>(), new SimilarCaseIndex(Services.GetRequiredService<ITextEmbedder>().Dimensions));

    public TestDatabase Database => _host.TestDatabase;

    /// <summary>
    /// Registers <paramref name="data"/> and walks it to <paramref name="status"/>, classified as <paramref name="category"/>,
    /// resolved (on the way) with <paramref name="outcome"/>.
    /// </summary>
    public async Task<Guid> ComplaintAsync(
        NewComplaint data, ComplaintStatus status = ComplaintStatus.Closed, string category = "CARD", CompensationKind outcome = CompensationKind.Refund)
    {
        var ct = TestContext.Current.CancellationToken;
        var id = (await Complaints.RegisterAsync(data, TestRules.Agent, null, ct)).Id;
        var version = 1;
        foreach (var (action, actor) in ComplaintBuilder.PathTo(status))
        {
            var step = action switch
            {
                Classify classify => classify with { Category = category },
                ProposeResolution propose when outcome != propose.CompensationKind => propose with
                {
                    CompensationKind = outcome,
                    CompensationAmount = outcome is CompensationKind.None or CompensationKind.WrittenApology ? 0 : propose.CompensationAmount,
                },
                _ => action,
            };
            version = await Complaints.ApplyAsync(id, version, step, actor, ct);
        }

        return id;
    }

    /// <summary>Closes a complaint with these texts and promotes it with the same texts as summary.</summary>
    public async Task<LibraryCaseDetail> CaseAsync(
        string subject, string description, string category = "CARD", string lessons = "复盘并培训 review and train", string? product = null,
        CompensationKind outcome = CompensationKind.Refund)
    {
        var data = ComplaintBuilder.Sample() with { Subject = subject, Description = description, Product = product };
        var id = await ComplaintAsync(data, category: category, outcome: outcome);
        return await Library.PromoteAsync(Promotion(id, subject, description, lessons), TestRules.Supervisor, TestContext.Current.CancellationToken);
    }

    public static CasePromotion Promotion(Guid complaintId, string title, string summary, string lessons = "复盘并培训 review and train") => new()
    {
        ComplaintId = complaintId,
        Title = title,
        Summary = summary,
        RootCause = "批量扣费程序重复执行",
        Resolution = "退还重复扣收的年费并修复批处理",
        Lessons = lessons,
    };

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private sealed class Host(TestDatabase database) : IntegrationTest(database)
    {
        public FakeTimeProvider TestClock => Clock;

        public ServiceProvider TestServices => Services;

        public TestDatabase TestDatabase => Database;
    }
}
