using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Persistence.Providers;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintOps.Tests.TestInfrastructure.Fixtures;

/// <summary>
/// THE way to write a test that needs the application (see ComplaintOps.Tests/README.md). Derive from this class: each
/// test gets a fresh real database (SQLite by default, PostgreSQL by passing it), the real service composition
/// (AddComplaintOpsData + AddComplaintOpsAnalytics, extend with <see cref="ConfigureServices"/>) and a
/// <see cref="FakeTimeProvider"/>. Then act as someone: <c>var handler = RunAs(StaffRole.Handler);</c> gives the
/// <see cref="Actor"/>, service calls made as that actor, and <c>await handler.HttpAsync()</c> — a client of the whole app
/// (<see cref="ComplaintOpsWebFactory"/>, started on first use, on this same database) signed in through the real form.
/// bUnit tests use the same <c>RunAs(role)</c> on <c>ComplaintOpsBunitContext</c>.
/// </summary>
public abstract class IntegrationTest : IAsyncLifetime
{
    private ComplaintOpsWebFactory? _web;

    protected IntegrationTest(DatabaseProvider provider = DatabaseProvider.Sqlite)
        : this(provider switch
        {
            DatabaseProvider.Sqlite => new SqliteTestDatabase(),
            DatabaseProvider.Postgres => new PostgresTestDatabase(),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "SQL Server has no test server here."),
        })
    {
    }

    protected IntegrationTest(TestDatabase database) => Database = database;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected TestDatabase Database { get; }

    /// <summary>Monday 2026-03-02 09:00 in Shanghai until a test moves it. The services' only clock (not the web app's).</summary>
    protected FakeTimeProvider Clock { get; } = new(TestRules.Local(2026, 3, 2, 9));

    protected ServiceProvider Services { get; private set; } = null!;

    /// <summary>The whole web app on this test's database (real clock), started when a test first asks for HTTP.</summary>
    protected ComplaintOpsWebFactory Web => _web ??= new ComplaintOpsWebFactory { Database = Database };

    protected T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Adds to or replaces the real composition (e.g. a recording publisher) before it is built.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Acts as the demo staff member of <paramref name="role"/> (the same person its demo account signs in as).</summary>
    protected TestSession RunAs(StaffRole role) => new(Services, () => Web, TestActors.Of(role), role);

    /// <summary>Acts as a hand-made actor (another department, changed permissions): services only, no HTTP.</summary>
    protected TestSession RunAs(Actor actor) => new(Services, () => Web, actor, null);

    /// <summary>Registers a complaint and walks it along the normal path (<see cref="ComplaintBuilder.PathTo"/>) to <paramref name="status"/>.</summary>
    protected async Task<Guid> ComplaintInAsync(ComplaintStatus status, NewComplaint? data = null)
    {
        var commands = Get<IComplaintCommands>();
        var id = (await commands.RegisterAsync(data ?? ComplaintBuilder.Sample(), TestRules.Agent, null, Ct)).Id;
        var version = 1;
        foreach (var (action, actor) in ComplaintBuilder.PathTo(status))
        {
            version = await commands.ApplyAsync(id, version, action, actor, Ct);
        }

        return id;
    }

    public virtual async ValueTask InitializeAsync()
    {
        if (Database is PostgresTestDatabase)
        {
            PostgresTestDatabase.RequireServer();
        }

        await Database.InitializeAsync();
        Services = await TestServices.StartAsync(Database, Clock, ConfigureServices);
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_web is not null)
        {
            await _web.DisposeAsync();
        }

        if (Services is not null)
        {
            await Services.DisposeAsync();
        }

        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
