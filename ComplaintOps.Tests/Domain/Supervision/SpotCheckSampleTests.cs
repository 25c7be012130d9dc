using ComplaintOps.Data.Domain.Supervision;

namespace ComplaintOps.Tests.Domain.Supervision;

public sealed class SpotCheckSampleTests
{
    private static readonly Guid[] Population = [.. Enumerable.Range(1, 40).Select(i => new Guid(i, 0, 0, new byte[8]))];

    [Fact]
    public void SplitMix64_gives_the_reference_sequence_so_a_recorded_seed_redraws_on_any_runtime()
    {
        // The published test vector of SplitMix64 for seed 1234567 (Vigna's splitmix64.c; also in the Wikipedia article).
        var random = new SplitMix64(1234567);

        Assert.Equal(
            [6457827717110365317UL, 3203168211198807973UL, 9817491932198370423UL, 4593380528125082431UL, 16408922859458223821UL],
            Enumerable.Range(0, 5).Select(_ => random.Next()).ToArray());
    }

    [Fact]
    public void The_same_population_and_seed_draw_the_same_sample_whatever_order_the_population_comes_in()
    {
        var first = SpotCheckSample.Draw(Population, 10, seed: 42);
        var shuffled = SpotCheckSample.Draw(Population.Reverse().Concat(Population.Take(3)), 10, seed: 42);

        Assert.Equal(first, shuffled);
        Assert.Equal(10, first.Distinct().Count());
        Assert.All(first, id => Assert.Contains(id, Population));
    }

    [Fact]
    public void Another_seed_draws_another_sample()
    {
        Assert.NotEqual(SpotCheckSample.Draw(Population, 10, seed: 42), SpotCheckSample.Draw(Population, 10, seed: 43));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(7, 7)]        // fewer than the minimum: all of them
    [InlineData(100, 10)]     // 5 % is 5, the minimum is 10
    [InlineData(1000, 50)]    // 5 %
    [InlineData(1001, 51)]    // rounded up
    [InlineData(20000, 500)]  // capped
    public void Sample_size_is_five_percent_at_least_ten_at_most_the_population(int population, int expected)
    {
        Assert.Equal(expected, SpotCheckSample.SizeFor(population));
    }
}
