using ComplaintOps.Data.Text;

namespace ComplaintOps.Tests.Data.Text;

public sealed class TextTokenizerTests
{
    [Fact]
    public void Chinese_text_gives_character_unigrams_and_bigrams_without_a_segmenter()
    {
        var features = new TextTokenizer().Tokenize("信用卡被盗刷，要求退款");

        Assert.Contains("信用", features);
        Assert.Contains("用卡", features);
        Assert.Contains("盗刷", features);
        Assert.Contains("退款", features);
        Assert.Contains("刷", features);
        Assert.DoesNotContain("刷，", features);
        Assert.DoesNotContain("刷要", features);   // n-grams never cross punctuation
        Assert.DoesNotContain("被", features);     // function character dropped as a unigram
    }

    [Fact]
    public void English_text_drops_stop_words_stems_and_adds_bigrams()
    {
        var features = new TextTokenizer().Tokenize("The bank charged me hidden fees. Charges were not refunded!");

        Assert.DoesNotContain("the", features);
        Assert.DoesNotContain("me", features);
        Assert.Contains("charg", features);
        Assert.Equal(2, features.Count(f => f == "charg"));
        Assert.Contains("hidden fee", features);
        Assert.Contains("not refund", features);
        Assert.DoesNotContain("fee charg", features);   // bigrams stop at sentence punctuation
    }

    [Fact]
    public void Mixed_text_and_full_width_characters_are_normalised()
    {
        var features = new TextTokenizer().Tokenize("ＡＴＭ取款失败 ATM withdrawal failed");

        Assert.Equal(2, features.Count(f => f == "atm"));
        Assert.Contains("取款", features);
        Assert.Contains("withdraw", features);
    }

    [Theory]
    [InlineData("charging", "charg")]
    [InlineData("relational", "relat")]
    [InlineData("ponies", "poni")]
    [InlineData("hopping", "hop")]
    [InlineData("generalization", "gener")]
    [InlineData("refunded", "refund")]
    public void Porter_stemmer_matches_the_reference_algorithm(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));

    [Fact]
    public void Character_ngrams_are_added_only_when_asked()
    {
        var with = new TextTokenizer(new TextTokenizerOptions { WordCharNgrams = true }).Tokenize("refund");
        var without = new TextTokenizer().Tokenize("refund");

        Assert.Contains("#<re", with);
        Assert.Contains("#und>", with);
        Assert.DoesNotContain(without, f => f.StartsWith('#'));
    }
}
