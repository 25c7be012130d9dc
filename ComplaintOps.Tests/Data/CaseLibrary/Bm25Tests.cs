using ComplaintOps.Data.Features.CaseLibrary;

namespace ComplaintOps.Tests.Data.CaseLibrary;

public sealed class Bm25Tests
{
    private readonly Bm25 _bm25 = new(Documents: 1000, AverageLength: 100);

    [Fact]
    public void A_rarer_word_weighs_more_and_a_word_in_every_case_still_a_little()
    {
        Assert.True(_bm25.Idf(5) > _bm25.Idf(500));
        Assert.True(_bm25.Idf(1000) > 0);
        Assert.Equal(Math.Log(1 + (995.5 / 5.5)), _bm25.Idf(5), 12);
    }

    [Fact]
    public void Term_frequency_saturates_and_longer_cases_weigh_less()
    {
        var idf = _bm25.Idf(10);

        Assert.Equal(idf, _bm25.Weight(idf, 1, 100), 12);   // tf 1 in a case of average length: exactly the idf
        Assert.True(_bm25.Weight(idf, 2, 100) < 2 * _bm25.Weight(idf, 1, 100));
        Assert.True(_bm25.Weight(idf, 100, 100) < idf * (Bm25.K1 + 1));
        Assert.True(_bm25.Weight(idf, 1, 50) > _bm25.Weight(idf, 1, 200));
    }

    [Fact]
    public void The_database_expression_computes_the_same_weight()
    {
        var weigh = _bm25.WeightOf(new Dictionary<string, double> { ["征信"] = 2.5, ["逾期"] = 1.5 }).Compile();
        var id = Guid.NewGuid();

        var credit = weigh(new CasePosting { CaseId = id, Term = "征信", Count = 3, Length = 40 });
        var other = weigh(new CasePosting { CaseId = id, Term = "记录", Count = 3, Length = 40 });

        Assert.Equal(id, credit.CaseId);
        Assert.Equal(_bm25.Weight(2.5, 3, 40), credit.Weight, 12);
        Assert.Equal(0, other.Weight);
    }
}
