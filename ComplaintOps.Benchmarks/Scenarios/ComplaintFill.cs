using System.Data.Common;
using System.Diagnostics;
using System.Threading.Channels;
using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Features.Demo;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Data.Persistence.Providers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>
/// Fills the Complaints table alone (no clocks, no events: the queue reads only complaints) with the deterministic demo
/// data set at any size: every row is a real aggregate registered and played through its history, so IsOpen,
/// NextDueAtUtc, NextAtRiskAtUtc, Department, Category and Severity are what the application would have stored.
/// Generation (one generator per core) and writing overlap; SQLite gets prepared inserts in large transactions,
/// PostgreSQL binary COPY; secondary indexes are dropped for the load and rebuilt from their own definitions after it.
/// </summary>
public static class ComplaintFill
{
    public const int BatchSize = 20_000;
    public const int Seed = 20261122;

    /// <summary>Rows written, how many are open, the total wall time, and within it the insert and the index rebuild.</summary>
    public sealed record Result(int Written, int Open, TimeSpan Elapsed, TimeSpan Inserting, TimeSpan Indexing)
    {
        public double OpenShare => Written == 0 ? 0 : (double)Open / Written;

        public double RowsPerSecond => Written / Elapsed.TotalSeconds;
    }

    public static async Task<Result> FillAsync(BenchmarkDatabase db, int count, CancellationToken cancellationToken)
    {
        await using var context = await db.Services.GetRequiredService<IDbContextFactory<ComplaintOpsDbContext>>().CreateDbContextAsync(cancellationToken);
        var model = context.Model;
        var started = Stopwatch.GetTimestamp();
        await using var connection = db.Provider == DatabaseProvider.Postgres ? (DbConnection)new NpgsqlConnection(db.ConnectionString) : new SqliteConnection(db.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var table = EntityColumns.Of(model, typeof(Complaint)).Table;
        var indexes = await SecondaryIndexes.DropAsync(connection, db.Provider, table, cancellationToken);

        var (written, open, inserting) = await LoadAsync(db, model, count, cancellationToken);

        var indexing = Stopwatch.GetTimestamp();
        await indexes.RestoreAsync(connection, cancellationToken);
        if (db.Provider == DatabaseProvider.Postgres)
        {
            // What autovacuum would soon do after a bulk load: planner statistics, visibility map for index-only scans.
            // SQLite is left as the application leaves it: the app never runs ANALYZE.
            await using var analyze = new NpgsqlCommand($"VACUUM ANALYZE \"{table}\"", (NpgsqlConnection)connection) { CommandTimeout = 0 };
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }

        var result = new Result(written, open, Stopwatch.GetElapsedTime(started), inserting, Stopwatch.GetElapsedTime(indexing));

        // Read back through EF: the raw rows must be ones EF reads as the same complaints.
        var stored = await context.Complaints.CountAsync(cancellationToken);
        var storedOpen = await context.Complaints.CountAsync(c => c.IsOpen, cancellationToken);
        return stored == written && storedOpen == open ? result
            : throw new InvalidOperationException($"Wrote {written} complaints ({open} open); EF reads {stored} ({storedOpen} open).");
    }

    private static async Task<(int Written, int Open, TimeSpan Inserting)> LoadAsync(BenchmarkDatabase db, IModel model, int count, CancellationToken cancellationToken)
    {
        var batches = Channel.CreateBounded<List<Complaint>>(new BoundedChannelOptions(4) { SingleReader = true });
        var producer = Task.Run(() => ProduceAsync(batches.Writer, count, cancellationToken), cancellationToken);
        using var sqlite = db.Provider == DatabaseProvider.Sqlite ? new RawSqliteWriter(db.ConnectionString, model, [typeof(Complaint)], bulkLoad: true) : null;
        var postgres = db.Provider == DatabaseProvider.Postgres ? new RawPostgresWriter(db.ConnectionString, model, typeof(Complaint)) : null;
        var (written, open, inserting) = (0, 0, TimeSpan.Zero);
        await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
        {
            var started = Stopwatch.GetTimestamp();
            if (sqlite is not null)
            {
                sqlite.Insert(batch);
            }
            else
            {
                await postgres!.CopyAsync(batch, cancellationToken);
            }

            inserting += Stopwatch.GetElapsedTime(started);
            written += batch.Count;
            open += batch.Count(c => c.IsOpen);
        }

        await producer;
        return (written, open, inserting);
    }

    /// <summary>
    /// One generator per core, each a full demo data set of its share of <paramref name="count"/> with its own seed (the
    /// generator is sequential; its cost is the aggregate: clocks on the business calendar and a sealed, chained history).
    /// </summary>
    private static async Task ProduceAsync(ChannelWriter<List<Complaint>> writer, int count, CancellationToken cancellationToken)
    {
        try
        {
            var calendar = new BusinessCalendar(BusinessCalendar.ChinaTimeZone, ShippedCalendars.LoadAll(CalendarRegion.China));
            var now = DateTimeOffset.UtcNow;
            var shards = Math.Clamp(Environment.ProcessorCount, 1, 8);
            await Task.WhenAll(Enumerable.Range(0, shards).Select(shard => Task.Run(async () =>
            {
                var share = count / shards + (shard < count % shards ? 1 : 0);
                var batch = new List<Complaint>(BatchSize);
                foreach (var complaint in DemoDataGenerator.Generate(share, Seed + shard, now, calendar, BenchmarkSeal.Seal))
                {
                    batch.Add(complaint);
                    if (batch.Count == BatchSize)
                    {
                        await writer.WriteAsync(batch, cancellationToken);
                        batch = new List<Complaint>(BatchSize);
                    }
                }

                if (batch.Count > 0)
                {
                    await writer.WriteAsync(batch, cancellationToken);
                }
            }, cancellationToken)));
            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
            throw;
        }
    }
}
