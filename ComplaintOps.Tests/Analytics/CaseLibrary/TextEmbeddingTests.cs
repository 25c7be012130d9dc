using ComplaintOps.Analytics.CaseLibrary;
using ComplaintOps.Data.Features.CaseLibrary;

namespace ComplaintOps.Tests.Analytics.CaseLibrary;

/// <summary>The tokenizer, the hashed embedder and the anonymiser: the pure parts of the case library.</summary>
public sealed class TextEmbeddingTests
{
    [Fact]
    public void Tokenizer_gives_cjk_unigrams_and_bigrams_and_folded_words()
    {
        var terms = CaseTextTokenizer.IndexTerms("理财产品 Refunds of the fees, policies; 理财");

        Assert.Equal(2, terms["理财"]);
        Assert.Equal(1, terms["产品"]);
        Assert.Equal(2, terms["理"]);
        Assert.Equal(1, terms["refund"]);
        Assert.Equal(1, terms["fee"]);
        Assert.Equal(1, terms["policy"]);
        Assert.False(terms.ContainsKey("the"));
        Assert.False(terms.ContainsKey("品 "));
        Assert.Equal(["理财", "财产", "产品", "refund"], CaseTextTokenizer.QueryTerms("理财产品 refunds"));
        Assert.Equal(["class", "charge", "bus"], CaseTextTokenizer.QueryTerms("classes charges bus"));
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

    [Theory]
    [InlineData("请联系张三，电话 138-0013-8000", "张三", "138-0013-8000")]
    [InlineData("王先生说卡号是6222021234567890123", "王", "6222021234567890123")]
    [InlineData("Email jane.doe@example.com or call +86 13912345678", "jane.doe@example.com", "13912345678")]
    [InlineData("身份证号 11010119900307123X 已核验", "11010119900307123X", "19900307")]
    [InlineData("座机 010-62345678 无人接听", "62345678", "010-")]
    public void Anonymiser_masks_names_contacts_ids_and_accounts(string text, string secret1, string secret2)
    {
        var masked = CaseAnonymiser.Mask(text, "张三", "王小明");

        Assert.DoesNotContain(secret1 == "王" ? "王先生" : secret1, masked, StringComparison.Ordinal);
        Assert.DoesNotContain(secret2, masked, StringComparison.Ordinal);
        Assert.NotEqual(text, masked);
    }

    [Fact]
    public void Anonymiser_keeps_ordinary_numbers_and_text()
    {
        Assert.Equal("年费扣了两次，共计600元，尾号1234", CaseAnonymiser.Mask("年费扣了两次，共计600元，尾号1234", "张三"));
        Assert.Equal("the [customer] called twice", CaseAnonymiser.Mask("the Jane Doe called twice", "Jane Doe"));
    }

    private static float Cos(float[] a, float[] b) => a.Zip(b, (x, y) => x * y).Sum();
}
