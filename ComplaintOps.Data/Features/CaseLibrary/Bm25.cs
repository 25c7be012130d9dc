using System.Linq.Expressions;

namespace ComplaintOps.Data.Features.CaseLibrary;

/// <summary>
/// Okapi BM25 (k1 = 1.2, b = 0.75) over the word index: <see cref="Documents"/> indexed cases of
/// <see cref="AverageLength"/> index words on average. A case's score is the sum over the query words it has of
/// idf × tf·(k1+1) / (tf + k1·(1 − b + b·length/average)), with idf = ln(1 + (N − df + 0.5)/(df + 0.5)), which is
/// never negative, so a very common word still counts a little.
/// </summary>
public sealed record Bm25(int Documents, double AverageLength)
{
    public const double K1 = 1.2;
    public const double B = 0.75;

    public double Idf(int documentFrequency) => Math.Log(1 + ((Documents - documentFrequency + 0.5) / (documentFrequency + 0.5)));

    /// <summary>The weight of one word in one case (the terms of the sum).</summary>
    public double Weight(double idf, int termFrequency, int length) =>
        idf * termFrequency * (K1 + 1) / (termFrequency + (K1 * (1 - B + (B * length / AverageLength))));

    /// <summary>
    /// <see cref="Weight"/> of each posting as an expression the database evaluates, so the ranking runs where the
    /// postings are. The idf of each query word enters as a CASE over the word, with words and idfs as parameters
    /// (read from holder objects) so the query's shape, and EF's cached plan, depends only on the number of words.
    /// </summary>
    internal Expression<Func<CasePosting, WeightedPosting>> WeightOf(IReadOnlyDictionary<string, double> idfs)
    {
        var averageLength = AverageLength;
        Expression<Func<CasePosting, double, WeightedPosting>> weigh = (p, idf) => new WeightedPosting
        {
            CaseId = p.CaseId,
            Weight = idf * p.Count * (K1 + 1) / (p.Count + (K1 * (1 - B + (B * p.Length / averageLength)))),
        };
        var posting = weigh.Parameters[0];
        Expression idfOfTerm = Expression.Constant(0.0);
        foreach (var slot in idfs.Select(i => new IdfSlot(i.Key, i.Value)))
        {
            var holder = Expression.Constant(slot);
            idfOfTerm = Expression.Condition(
                Expression.Equal(Expression.Property(posting, nameof(CasePosting.Term)), Expression.Property(holder, nameof(IdfSlot.Word))),
                Expression.Property(holder, nameof(IdfSlot.Idf)),
                idfOfTerm);
        }

        var body = new Replace(weigh.Parameters[1], idfOfTerm).Visit(weigh.Body);
        return Expression.Lambda<Func<CasePosting, WeightedPosting>>(body, posting);
    }

    private sealed record IdfSlot(string Word, double Idf);

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
