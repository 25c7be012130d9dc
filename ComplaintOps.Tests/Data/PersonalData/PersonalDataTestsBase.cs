using System.Security.Cryptography;
using System.Text;
using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.PersonalData;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Data.Persistence.PersonalData;
using ComplaintOps.Data.Persistence.Providers;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintOps.Tests.Data.PersonalData;

/// <summary>
/// Personal data at rest (ciphertext only), exact search through the lookup hashes, masking, and the logged reveal, on
/// each real provider.
/// </summary>
public abstract class PersonalDataTestsBase<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    protected const string Name = "欧阳明月";
    protected const string Phone = "13912345678";
    protected const string Email = "ouyang.mingyue@example.com";
    protected const string IdNumber = "11010119900307123X";
    protected const string Account = "6222021234567890123";

    private static readonly string[] Secrets = [Name, Phone, Email, IdNumber, Account];

    private readonly FakeTimeProvider _clock = new(TestRules.Local(2026, 3, 2, 9));
    private ServiceProvider _services = null!;

    protected TDatabase Database { get; } = new();

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IComplaintCommands Commands => _services.GetRequiredService<IComplaintCommands>();

    private IComplaintQueries Queries => _services.GetRequiredService<IComplaintQueries>();

    private IPersonalDataAccess PersonalData => _services.GetRequiredService<IPersonalDataAccess>();

    protected virtual void RequireDatabase()
    {
    }

    public async ValueTask InitializeAsync()
    {
        RequireDatabase();
        await Database.InitializeAsync();
        _services = await TestServices.StartAsync(Database, _clock);
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await Database.DisposeAsync();
    }

    protected Task<Guid> RegisterAsync() => RegisterAsync(Phone, IdNumber);

    private async Task<Guid> RegisterAsync(string phone, string idNumber) => (await Commands.RegisterAsync(ComplaintBuilder.Sample() with
    {
        CustomerName = Name,
        CustomerPhone = phone,
        CustomerEmail = Email,
        CustomerIdNumber = idNumber,
        CustomerAccount = Account,
    }, TestRules.Agent, null, Ct)).Id;

    /// <summary>The five personal data columns as stored, read with plain SQL (no converter).</summary>
    protected async Task<IReadOnlyList<string?>> StoredColumnsAsync(Guid id)
    {
        await using var db = TestServices.OpenContext(Database);
        var reference = await db.Complaints.Where(c => c.Id == id).Select(c => c.Reference).SingleAsync(Ct);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT "CustomerName", "CustomerPhone", "CustomerEmail", "CustomerIdNumber", "CustomerAccount" FROM "Complaints" WHERE "Reference" = @reference
            """;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@reference";
        parameter.Value = reference;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        Assert.True(await reader.ReadAsync(Ct));
        return [.. Enumerable.Range(0, 5).Select(i => reader.IsDBNull(i) ? null : reader.GetString(i))];
    }

    [Fact]
    public async Task The_stored_columns_hold_ciphertext_not_the_values()
    {
        var id = await RegisterAsync();

        var stored = await StoredColumnsAsync(id);

        Assert.All(stored, value => Assert.StartsWith("CfDJ8", value, StringComparison.Ordinal));   // Data Protection payloads
        foreach (var secret in Secrets)
        {
            Assert.DoesNotContain(stored, value => value!.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task Each_field_reads_back_exactly_through_a_permitted_reveal()
    {
        var id = await RegisterAsync();

        var revealed = new List<string?>();
        foreach (var field in Enum.GetValues<PersonalDataField>())
        {
            revealed.Add(await PersonalData.RevealAsync(id, field, TestRules.Supervisor, Ct));
        }

        Assert.Equal(Secrets, revealed);   // Name, Phone, Email, IdNumber, Account: the enum's order
    }

    [Fact]
    public async Task The_detail_is_masked_for_everyone_even_with_the_permission()
    {
        var id = await RegisterAsync();

        foreach (var viewer in new[] { TestRules.Supervisor, TestRules.Auditor })
        {
            var detail = (await Queries.GetAsync(id, viewer, Ct))!;
            Assert.Equal(PersonalDataMask.Name(Name), detail.CustomerName);
            Assert.Equal("139****5678", detail.CustomerPhone);
            Assert.Equal(PersonalDataMask.Email(Email), detail.CustomerEmail);
            Assert.Equal(PersonalDataMask.IdNumber(IdNumber), detail.CustomerIdNumber);
            Assert.Equal(PersonalDataMask.Account(Account), detail.CustomerAccount);
            Assert.DoesNotContain(Secrets, secret => detail.ToString().Contains(secret, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_list_masks_the_name_for_every_viewer_so_only_the_logged_show_unmasks()
    {
        await RegisterAsync();

        var auditors = await Queries.ListAsync(new ComplaintListQuery(), TestRules.Auditor, Ct);
        var supervisors = await Queries.ListAsync(new ComplaintListQuery(), TestRules.Supervisor, Ct);

        Assert.Equal(PersonalDataMask.Name(Name), Assert.Single(auditors.Items).CustomerName);
        Assert.Equal(PersonalDataMask.Name(Name), Assert.Single(supervisors.Items).CustomerName);
        Assert.NotEqual(Name, Assert.Single(supervisors.Items).CustomerName);
    }

    [Theory]
    [InlineData(Phone)]
    [InlineData("+86 139-1234-5678")]
    [InlineData(IdNumber)]
    [InlineData("11010119900307123x")]
    public async Task A_full_phone_or_ID_number_finds_the_complaint(string text)
    {
        var id = await RegisterAsync();
        await RegisterAsync("13700001111", "110101198001011234");   // another customer

        var found = await Queries.ListAsync(new ComplaintListQuery { Text = text }, TestRules.Supervisor, Ct);

        Assert.Equal(id, Assert.Single(found.Items).Id);
    }

    [Theory]
    [InlineData("1391234")]
    [InlineData("5678")]
    [InlineData("110101199003")]
    [InlineData(Name)]   // names are not searchable any more: their ciphertext cannot be matched
    public async Task A_partial_number_or_a_name_finds_nothing(string text)
    {
        await RegisterAsync();

        var found = await Queries.ListAsync(new ComplaintListQuery { Text = text }, TestRules.Supervisor, Ct);

        Assert.Empty(found.Items);
    }

    [Fact]
    public async Task An_auditor_is_refused_and_nothing_is_logged()
    {
        var id = await RegisterAsync();

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => PersonalData.RevealAsync(id, PersonalDataField.Phone, TestRules.Auditor, Ct));

        Assert.Equal("forbidden", refused.Code);
        Assert.Equal(0, await LogCountAsync());
    }

    [Fact]
    public async Task A_handler_outside_the_complaints_department_is_refused_and_nothing_is_logged()
    {
        var id = await RegisterAsync();
        var otherDepartment = new Actor("HLOANS1", "钱进", StaffRole.Handler, "LOANS");

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => PersonalData.RevealAsync(id, PersonalDataField.Phone, otherDepartment, Ct));

        Assert.Equal("out_of_scope", refused.Code);
        Assert.Equal(0, await LogCountAsync());
    }

    [Fact]
    public async Task A_permitted_reveal_logs_exactly_one_row_with_who_when_which_complaint_and_which_field()
    {
        var id = await RegisterAsync();
        _clock.Advance(TimeSpan.FromMinutes(5));

        var phone = await PersonalData.RevealAsync(id, PersonalDataField.Phone, TestRules.Supervisor, Ct);

        Assert.Equal(Phone, phone);
        await using var db = TestServices.OpenContext(Database);
        var row = await db.PersonalDataAccesses.AsNoTracking().SingleAsync(Ct);
        var reference = await db.Complaints.Where(c => c.Id == id).Select(c => c.Reference).SingleAsync(Ct);
        Assert.Equal(id, row.ComplaintId);
        Assert.Equal(reference, row.ComplaintReference);
        Assert.Equal(PersonalDataField.Phone, row.Field);
        Assert.Equal(TestRules.Supervisor.Id, row.ViewerId);
        Assert.Equal(TestRules.Supervisor.Name, row.ViewerName);
        Assert.Equal(StaffRole.Supervisor, row.ViewerRole);
        Assert.Equal(_clock.GetUtcNow(), row.AtUtc);

        var log = await _services.GetRequiredService<IAccessLogQueries>().ListAsync(new AccessLogQuery { ComplaintReference = reference }, TestRules.Auditor, Ct);
        Assert.Equal(row.Id, Assert.Single(log.Items).Id);
        await Assert.ThrowsAsync<ForbiddenException>(() => _services.GetRequiredService<IAccessLogQueries>().ListAsync(new AccessLogQuery(), TestRules.Handler, Ct));
    }

    [Fact]
    public async Task Another_key_ring_cannot_read_the_values_even_in_the_same_process()
    {
        var id = await RegisterAsync();
        var otherRing = PersonalDataProtection.Create(new EphemeralDataProtectionProvider(), PersonalDataLookup.FromBase64(TestRules.LookupKey));

        // If the model (and its converter) were cached per context type only, this context would decrypt with the tests' ring.
        await using var other = ProviderSetup.Create(Database.Provider, Database.ConnectionString, otherRing);
        await Assert.ThrowsAnyAsync<CryptographicException>(() => other.Complaints.AsNoTracking().Where(c => c.Id == id).Select(c => c.CustomerPhone).SingleAsync(Ct));

        await using var own = TestServices.OpenContext(Database);
        Assert.Equal(Phone, await own.Complaints.AsNoTracking().Where(c => c.Id == id).Select(c => c.CustomerPhone).SingleAsync(Ct));
    }

    [Fact]
    public async Task Complaints_stored_before_encryption_are_encrypted_at_start_up_and_become_searchable()
    {
        var id = await RegisterAsync();
        await using (var db = TestServices.OpenContext(Database))
        {
            var reference = await db.Complaints.Where(c => c.Id == id).Select(c => c.Reference).SingleAsync(Ct);
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                UPDATE "Complaints" SET "CustomerName" = {Name}, "CustomerPhone" = {Phone}, "CustomerEmail" = {Email},
                "CustomerIdNumber" = {IdNumber}, "CustomerAccount" = {Account}, "CustomerPhoneLookup" = NULL, "CustomerIdNumberLookup" = NULL
                WHERE "Reference" = {reference}
                """, Ct);
        }

        await _services.GetRequiredService<DatabaseInitializer>().InitializeAsync(Ct);

        Assert.All(await StoredColumnsAsync(id), value => Assert.StartsWith("CfDJ8", value, StringComparison.Ordinal));
        Assert.Equal(IdNumber, await PersonalData.RevealAsync(id, PersonalDataField.IdNumber, TestRules.Supervisor, Ct));
        Assert.Single((await Queries.ListAsync(new ComplaintListQuery { Text = Phone }, TestRules.Supervisor, Ct)).Items);
    }

    private async Task<int> LogCountAsync()
    {
        await using var db = TestServices.OpenContext(Database);
        return await db.PersonalDataAccesses.CountAsync(Ct);
    }

    protected static void AssertNoSecretIn(byte[] bytes, string where)
    {
        foreach (var secret in Secrets)
        {
            foreach (var encoding in new Encoding[] { Encoding.UTF8, Encoding.Unicode })
            {
                Assert.True(bytes.AsSpan().IndexOf(encoding.GetBytes(secret)) < 0, $"{secret} ({encoding.WebName}) is readable in {where}.");
            }
        }
    }

}

public sealed class SqlitePersonalDataTests : PersonalDataTestsBase<SqliteTestDatabase>
{
    [Fact]
    public async Task No_value_is_readable_in_the_database_file_or_its_write_ahead_log()
    {
        await RegisterAsync();
        await RegisterAsync();   // and a second write
        var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(Database.ConnectionString).DataSource;
        if (File.Exists(path + "-wal"))
        {
            AssertNoSecretIn(ReadShared(path + "-wal"), "the -wal file before the checkpoint");
        }

        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(Database.ConnectionString))
        {
            await connection.OpenAsync(Ct);
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync(Ct);
        }

        var file = ReadShared(path);
        Assert.True(file.AsSpan().IndexOf("信用卡年费被重复扣收"u8) >= 0, "the subject (not personal data) is in the file: the scan does see stored text");
        AssertNoSecretIn(file, "the database file");
        if (File.Exists(path + "-wal"))
        {
            AssertNoSecretIn(ReadShared(path + "-wal"), "the -wal file after the checkpoint");
        }
    }

    private static byte[] ReadShared(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

public sealed class PostgresPersonalDataTests : PersonalDataTestsBase<PostgresTestDatabase>
{
    protected override void RequireDatabase() => PostgresTestDatabase.RequireServer();
}
