using ComplaintOps.Data.Domain.Topics;
using System.Diagnostics;
using ComplaintOps.Analytics.CaseLibrary;

namespace ComplaintOps.Tests.Analytics.CaseLibrary;

public sealed class SimilarCaseIndexTests(ITestOutputHelper output)
{
    private const int Dimensions = 256;

    [Fact]
    public void Top_k_matches_exact_cosine_ranking()
    {
        var random = new Random(7);
        var index = new SimilarCaseIndex(Dimensions);
        var vectors = Enumerable.Range(0, 2000).Select(_ => RandomUnit(random)).ToList();
        var ids = vectors.Select(_ => Guid.NewGuid()).ToList();
        for (var i = 0; i < vectors.Count; i++)
        {
            index.Upsert(ids[i], i % 2 == 0 ? "CARD" : "LOAN", null, vectors[i]);
        }

        var query = Near(vectors[123], random, 0.3f);

        var hits = index.Search(query, 10);

        var exact = Enumerable.Range(0, vectors.Count).OrderByDescending(i => Dot(query, vectors[i])).Take(10).Select(i => ids[i]).ToList();
        Assert.Equal(ids[123], hits[0].CaseId);
        Assert.Equal(Dot(query, vectors[123]), hits[0].Similarity, 0.02f);
        Assert.True(exact.Intersect(hits.Select(h => h.CaseId)).Count() >= 8, "int8 codes keep at least 8 of the exact top 10");
    }

    [Fact]
    public void Filters_exclusion_and_replacement()
    {
        var random = new Random(11);
        var index = new SimilarCaseIndex(Dimensions);
        var a = RandomUnit(random);
        var (card, loan, inTopic) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var seven = new TopicKey(7);
        index.Upsert(card, "CARD", null, a);
        index.Upsert(loan, "LOAN", null, Near(a, random, 0.5f));
        index.Upsert(inTopic, "LOAN", seven, Near(a, random, 1f));

        Assert.Equal(card, index.Search(a, 1)[0].CaseId);
        Assert.Equal(loan, index.Search(a, 1, excludeCaseId: card)[0].CaseId);
        Assert.Equal([loan, inTopic], index.Search(a, 5, category: "LOAN").Select(h => h.CaseId));
        Assert.Equal([inTopic], index.Search(a, 5, category: "LOAN", topic: seven).Select(h => h.CaseId));
        Assert.Empty(index.Search(a, 5, category: "CARD", topic: seven));
        Assert.Empty(index.Search(a, 5, category: "NOPE"));

        index.Upsert(card, "WEALTH", seven, RandomUnit(random));   // replaced: new vector, new partitions

        Assert.Equal(3, index.Count);
        Assert.Empty(index.Search(a, 5, category: "CARD"));
        Assert.NotEqual(card, index.Search(a, 1)[0].CaseId);
        Assert.Equal(2, index.Search(a, 5, topic: seven).Count);
    }

    [Fact]
    public void Wrong_dimensions_and_empty_queries()
    {
        var index = new SimilarCaseIndex(Dimensions);
        index.Upsert(Guid.NewGuid(), "CARD", null, RandomUnit(new Random(1)));

        Assert.Throws<ArgumentException>(() => index.Upsert(Guid.NewGuid(), "CARD", null, new float[10]));
        Assert.Throws<ArgumentException>(() => index.Search(new float[10], 5));
        Assert.Empty(index.Search(new float[Dimensions], 5));
    }

    [Fact]
    public void Parallel_scan_of_a_large_index_finds_the_planted_vector()
    {
        var random = new Random(3);
        var index = new SimilarCaseIndex(Dimensions);
        // COMPLAINTOPS_INDEX_SIZE=1000000 measures the production size; the default keeps the suite quick.
        var count = int.TryParse(Environment.GetEnvironmentVariable("COMPLAINTOPS_INDEX_SIZE"), out var size) ? size : 120_000;
        index.Reserve(count);
        var planted = Guid.NewGuid();
        var target = RandomUnit(random);
        var noise = new float[Dimensions];
        for (var i = 0; i < count; i++)
        {
            if (i == 77_777)
            {
                index.Upsert(planted, "CARD", null, target);
                continue;
            }

            FillUnit(random, noise);
            index.Upsert(Guid.NewGuid(), i % 12 == 0 ? "LOAN" : "CARD", null, noise);
        }

        var query = Near(target, random, 0.5f);
        index.Search(query, 5);
        index.Search(query, 5, category: "LOAN");
        const int runs = 40;
        var times = new List<double>();
        IReadOnlyList<SimilarCaseHit> hits = [];
        for (var r = 0; r < runs; r++)
        {
            var started = Stopwatch.GetTimestamp();
            hits = index.Search(query, 5);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        times.Sort();
        output.WriteLine($"{count:N0} vectors × {Dimensions} dims: median {times[runs / 2]:F2} ms, p95 {times[(int)(runs * 0.95)]:F2} ms per search; " +
                         $"category filter (1/12): {Time(() => index.Search(query, 5, category: "LOAN")):F2} ms");
        Assert.Equal(planted, hits[0].CaseId);
        Assert.Equal(5, hits.Count);
    }

    private static double Time(Action action)
    {
        var started = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static float[] RandomUnit(Random random)
    {
        var v = new float[Dimensions];
        FillUnit(random, v);
        return v;
    }

    private static void FillUnit(Random random, float[] v)
    {
        for (var i = 0; i < v.Length; i++)
        {
            v[i] = (float)((random.NextDouble() * 2) - 1);
        }

        Normalise(v);
    }

    private static float[] Near(float[] v, Random random, float noise)
    {
        var n = RandomUnit(random);
        var result = v.Zip(n, (a, b) => a + (noise * b)).ToArray();
        Normalise(result);
        return result;
    }

    private static void Normalise(float[] v)
    {
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        for (var i = 0; i < v.Length; i++)
        {
            v[i] /= norm;
        }
    }

    private static float Dot(float[] a, float[] b) => a.Zip(b, (x, y) => x * y).Sum();
}
