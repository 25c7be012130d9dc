using ComplaintOps.Data.Domain.CaseLibrary;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Persistence.Providers;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ComplaintOps.Tests.Data.Migrations;

public sealed class PendingModelChangesTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=unused.db")]
    [InlineData(DatabaseProvider.Postgres, "Host=unused;Database=unused")]
    [InlineData(DatabaseProvider.SqlServer, "Server=unused;Database=unused;TrustServerCertificate=True")]
    public void Each_provider_has_a_migration_set_matching_the_model(DatabaseProvider provider, string connectionString)
    {
        using var db = ProviderSetup.Create(provider, connectionString, TestRules.PersonalData);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"{provider}: the model changed; add a migration for all three providers (see README).");
    }

    [Fact]
    public void The_SQL_Server_migrations_generate_a_complete_script()
    {
        using var db = ProviderSetup.Create(DatabaseProvider.SqlServer, "Server=unused;Database=unused;TrustServerCertificate=True", TestRules.PersonalData);

        var script = db.GetService<IMigrator>().GenerateScript();

        Assert.Contains("CREATE TABLE [Complaints]", script);
        Assert.Contains("CREATE TABLE [ComplaintEvents]", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_ComplaintEvents_ComplaintId_Sequence]", script);
        Assert.Contains("WHERE [IdempotencyKey] IS NOT NULL", script);
    }
}

public abstract class MigrationsApplyTestsBase<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();

    protected virtual void RequireDatabase()
    {
    }

    public async ValueTask InitializeAsync()
    {
        RequireDatabase();
        await _database.InitializeAsync();
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task All_migrations_apply_to_an_empty_database()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = TestServices.OpenContext(_database);

        await db.Database.MigrateAsync(ct);

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(ct));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(ct));
        Assert.Equal(0, await db.Complaints.CountAsync(ct));
        Assert.Equal(0, await db.ComplaintEvents.CountAsync(ct));
        Assert.Equal(0, await db.CalendarDays.CountAsync(ct));
    }

    [Fact]
    public async Task MoneyInFen_turns_yuan_into_fen_and_back()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = TestServices.OpenContext(_database);
        var migrator = db.GetService<IMigrator>();
        var all = db.Database.GetMigrations().ToList();
        var moneyInFen = all.Single(m => m.EndsWith("_MoneyInFen", StringComparison.Ordinal));
        var before = all[all.IndexOf(moneyInFen) - 1];
        var complaint = Complaint.Register(ComplaintBuilder.Sample() with { DisputedAmount = 1234567890.12m }, TestRules.Agent,
            TestRules.Local(2026, 3, 2, 9), TestRules.Bank2012);
        await db.Database.MigrateAsync(ct);
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync(ct);

        await migrator.MigrateAsync(before, ct);   // Down: fen back to yuan in decimal (REAL on SQLite) columns
        var yuan = await ScalarAsync(db, "SELECT \"DisputedAmount\" FROM \"Complaints\"", ct);
        await migrator.MigrateAsync(moneyInFen, ct);   // Up: yuan to fen
        var fen = await ScalarAsync(db, "SELECT \"DisputedAmountFen\" FROM \"Complaints\"", ct);
        await db.Database.MigrateAsync(ct);   // the later migrations again, so the current model reads the row
        db.ChangeTracker.Clear();
        var read = await db.Complaints.AsNoTracking().SingleAsync(ct);

        Assert.Equal(1234567890.12, Convert.ToDouble(yuan, System.Globalization.CultureInfo.InvariantCulture), 2);
        Assert.Equal(123456789012L, Convert.ToInt64(fen, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1234567890.12m, read.DisputedAmount);
    }

    [Fact]
    public async Task TopicReferences_makes_old_action_keys_category_targets_and_keeps_legacy_cluster_keys_as_such()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = TestServices.OpenContext(_database);
        var migrator = db.GetService<IMigrator>();
        var all = db.Database.GetMigrations().ToList();
        var topicReferences = all.Single(m => m.EndsWith("_TopicReferences", StringComparison.Ordinal));
        var before = all[all.IndexOf(topicReferences) - 1];
        await db.Database.MigrateAsync(ct);
        var today = new DateOnly(2026, 3, 2);
        var (topic, _) = Topic.Born(7, TopicSpace.Chinese, "年费", 1, null, TestRules.Local(2026, 3, 2, 9));
        db.Topics.Add(topic);
        db.RootCauseActions.AddRange(
            RootCauseAction.Create(RootCauseTarget.OfCategory("CARD"), "category", new ActionOwner("HCARDS1", "O", "CARDS"), null, today, today, TestRules.Local(2026, 3, 2, 9), TestRules.Supervisor),
            RootCauseAction.Create(RootCauseTarget.OfCategory("FEES"), "legacy", new ActionOwner("HCARDS1", "O", "CARDS"), null, today, today, TestRules.Local(2026, 3, 2, 9), TestRules.Supervisor),
            RootCauseAction.Create(RootCauseTarget.OfTopic(new TopicKey(7)), "topic", new ActionOwner("HCARDS1", "O", "CARDS"), null, today, today, TestRules.Local(2026, 3, 2, 9), TestRules.Supervisor));
        await db.SaveChangesAsync(ct);

        await migrator.MigrateAsync(before, ct);   // Down: one string key again ("#7" for the topic)
        var down = await ScalarAsync(db, "SELECT \"TopicKey\" FROM \"RootCauseActions\" WHERE \"Title\" = 'topic'", ct);
        await ExecuteAsync(db, "UPDATE \"RootCauseActions\" SET \"TopicKey\" = 'v3:12' WHERE \"Title\" = 'legacy'", ct);   // a key of the old cluster table
        await db.Database.MigrateAsync(ct);   // Up: every old key becomes the category target
        db.ChangeTracker.Clear();
        var read = await db.RootCauseActions.AsNoTracking().ToDictionaryAsync(a => a.Title, a => a.Target, ct);

        Assert.Equal("#7", down);
        Assert.Equal(RootCauseTarget.OfCategory("CARD"), read["category"]);
        Assert.Equal(RootCauseTarget.OfCategory("v3:12"), read["legacy"]);   // unmappable: kept as a category-like legacy value
        Assert.Equal(RootCauseTarget.OfCategory("#7"), read["topic"]);       // a round trip through Down loses the topic, visibly
    }

    private static async Task ExecuteAsync(DbContext db, string sql, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(ct);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    [Fact]
    public async Task CaseLibraryWordIndex_gives_cases_stored_before_it_their_complaints_product_and_outcome()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = TestServices.OpenContext(_database);
        var migrator = db.GetService<IMigrator>();
        var all = db.Database.GetMigrations().ToList();
        var wordIndex = all.Single(m => m.EndsWith("_CaseLibraryWordIndex", StringComparison.Ordinal));
        var complaint = new ComplaintBuilder().With(d => d with { Product = "白金信用卡" }).In(ComplaintStatus.Closed);
        var libraryCase = LibraryCase.Promote(complaint, new CasePromotion
        {
            ComplaintId = complaint.Id, Title = "年费重复扣收", Summary = "年费扣了两次", RootCause = "批处理", Resolution = "退还", Lessons = "校验",
        }, TestRules.Supervisor, TestRules.Local(2026, 3, 9, 9), null);
        await db.Database.MigrateAsync(ct);
        db.Complaints.Add(complaint);
        db.LibraryCases.Add(libraryCase);
        await db.SaveChangesAsync(ct);

        await migrator.MigrateAsync(all[all.IndexOf(wordIndex) - 1], ct);   // Down: the case as stored before (no product, no outcome)
        await migrator.MigrateAsync(wordIndex, ct);

        Assert.Equal("白金信用卡", await ScalarAsync(db, "SELECT \"Product\" FROM \"LibraryCases\"", ct));
        Assert.Equal("Refund", await ScalarAsync(db, "SELECT \"Outcome\" FROM \"LibraryCases\"", ct));
    }

    [Fact]
    public async Task Governance_keeps_actions_through_its_renames_and_gives_existing_roles_the_new_permissions_once()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = TestServices.OpenContext(_database);
        var migrator = db.GetService<IMigrator>();
        var all = db.Database.GetMigrations().ToList();
        var governance = all.Single(m => m.EndsWith("_Governance", StringComparison.Ordinal));
        var today = new DateOnly(2026, 3, 2);
        await db.Database.MigrateAsync(ct);
        var (topic, _) = Topic.Born(7, TopicSpace.Chinese, "年费", 1, null, TestRules.Local(2026, 3, 2, 9));
        db.Topics.Add(topic);
        db.RootCauseActions.AddRange(
            RootCauseAction.Create(RootCauseTarget.OfCategory("CARD"), "category", new ActionOwner("HCARDS1", "刘敏", "CARDS"), null, today, today, TestRules.Local(2026, 3, 2, 9), TestRules.Supervisor),
            RootCauseAction.Create(RootCauseTarget.OfTopic(new TopicKey(7)), "topic", new ActionOwner("HCARDS1", "刘敏", "CARDS"), null, today, today, TestRules.Local(2026, 3, 2, 9), TestRules.Supervisor));
        await db.SaveChangesAsync(ct);

        await migrator.MigrateAsync(all[all.IndexOf(governance) - 1], ct);   // Down: the installation as it was before
        await ExecuteAsync(db, "INSERT INTO \"AspNetRoles\" (\"Id\", \"Name\", \"NormalizedName\", \"ConcurrencyStamp\") VALUES ('r-sup', 'Supervisor', 'SUPERVISOR', 'x')", ct);
        await ExecuteAsync(db, "INSERT INTO \"AspNetRoles\" (\"Id\", \"Name\", \"NormalizedName\", \"ConcurrencyStamp\") VALUES ('r-hdl', 'Handler', 'HANDLER', 'y')", ct);
        await ExecuteAsync(db, "INSERT INTO \"AspNetRoleClaims\" (\"RoleId\", \"ClaimType\", \"ClaimValue\") VALUES ('r-sup', 'complaintops:permission', 'ViewMeetings')", ct);
        await db.Database.MigrateAsync(ct);   // Up again: the upgrade
        db.ChangeTracker.Clear();
        var read = await db.RootCauseActions.AsNoTracking().ToDictionaryAsync(a => a.Title, ct);
        var claims = await db.RoleClaims.AsNoTracking().Where(c => c.ClaimType == "complaintops:permission")
            .Select(c => new { c.RoleId, c.ClaimValue }).ToListAsync(ct);

        Assert.Equal(RootCauseTarget.OfCategory("CARD"), read["category"].Target);
        Assert.Equal(RootCauseTarget.OfTopic(new TopicKey(7)), read["topic"].Target);
        Assert.Equal("刘敏", read["category"].OwnerName);   // the renamed owner column kept its value
        Assert.Single(claims, c => c.RoleId == "r-sup" && c.ClaimValue == "ViewMeetings");   // granted once, not twice
        Assert.Contains(claims, c => c.RoleId == "r-sup" && c.ClaimValue == "SpotCheck");
        Assert.DoesNotContain(claims, c => c.RoleId == "r-hdl" && c.ClaimValue == "SpotCheck");
        Assert.Contains(claims, c => c.RoleId == "r-hdl" && c.ClaimValue == "ViewMeetings");
    }

    private static async Task<object?> ScalarAsync(DbContext db, string sql, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(ct);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct);
    }
}

public sealed class SqliteMigrationsApplyTests : MigrationsApplyTestsBase<SqliteTestDatabase>;

public sealed class PostgresMigrationsApplyTests : MigrationsApplyTestsBase<PostgresTestDatabase>
{
    protected override void RequireDatabase() => PostgresTestDatabase.RequireServer();
}
