using ComplaintOps.Analytics.CaseLibrary;

namespace ComplaintOps.Tests.Analytics.CaseLibrary;

/// <summary>The hashed embedder, the pure part of similar cases.</summary>
public sealed class TextEmbeddingTests
{
    [Fact]
    public void Embedder_terms_are_cjk_pairs_and_folded_words()
    {
        var terms = HashedTextEmbedder.Terms("理财产品 Refunds of the fees, policies; 理财");

        Assert.Equal(2, terms["理财"]);
        Assert.Equal(1, terms["产品"]);
        Assert.False(terms.ContainsKey("理"));
        Assert.Equal(1, terms["refund"]);
        Assert.Equal(1, terms["fee"]);
        Assert.Equal(1, terms["policy"]);
        Assert.False(terms.ContainsKey("the"));
        Assert.Equal(["理财", "财产", "产品", "refund"], HashedTextEmbedder.Terms("理财产品 refunds").Keys);
        Assert.Equal(["class", "charge", "bus"], HashedTextEmbedder.Terms("classes charges bus").Keys);
    }

    [Fact]
    public void Hashed_embedding_is_unit_length_deterministic_and_closer_for_shared_words()
    {
        var embedder = new HashedTextEmbedder();
        var a = embedder.Embed("理财产品到期无法赎回，本金没有到账");
        var b = embedder.Embed("理财产品到期后不能赎回，本金未到账");
        var c = embedder.Embed("信用卡年费被重复扣收");

        Assert.Equal(256, a.Length);
        Assert.Equal(1f, MathF.Sqrt(a.Sum(x => x * x)), 0.0001f);
        Assert.Equal(a, new HashedTextEmbedder().Embed("理财产品到期无法赎回，本金没有到账"));
        Assert.True(Cos(a, b) > 0.5f, $"similar: {Cos(a, b)}");
        Assert.True(Cos(a, c) < 0.2f, $"different: {Cos(a, c)}");
        Assert.All(embedder.Embed("，。！"), v => Assert.Equal(0f, v));
        Assert.Equal("hashed-v1-256", embedder.Version);
    }

    private static float Cos(float[] a, float[] b) => a.Zip(b, (x, y) => x * y).Sum();
}
