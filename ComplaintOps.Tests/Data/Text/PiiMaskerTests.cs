using ComplaintOps.Data.Text;

namespace ComplaintOps.Tests.Data.Text;

public sealed class PiiMaskerTests
{
    [Theory]
    [InlineData("请拨打13812345678联系我", "请拨打‹PHONE›联系我")]
    [InlineData("电话 +86 138 1234 5678", "电话 ‹PHONE›")]
    [InlineData("座机010-87654321", "座机‹PHONE›")]
    [InlineData("call (555) 123-4567 now", "call ‹PHONE› now")]
    [InlineData("身份证号11010519491231002X已提供", "身份证号‹ID›已提供")]
    [InlineData("mail me at zhang.san@example.com.cn", "mail me at ‹EMAIL›")]
    [InlineData("卡号6222 0212 3456 7890 123被扣款", "卡号‹CARD›被扣款")]
    [InlineData("account 1234567890123456 frozen", "account ‹CARD› frozen")]
    [InlineData("on XX/XX/XXXX I called XXXX XXXX", "on ‹REDACTED› I called ‹REDACTED›")]
    public void Personal_data_is_replaced_by_placeholders(string input, string expected) =>
        Assert.Equal(expected, PiiMasker.Mask(input));

    [Fact]
    public void Amounts_are_masked_only_on_request()
    {
        Assert.Equal("charged ‹AMOUNT› and ‹AMOUNT›", PiiMasker.Mask("charged $1,250.00 and 300元", maskAmounts: true));
        Assert.Equal("charged $25", PiiMasker.Mask("charged $25"));
    }

    [Fact]
    public void Personal_data_never_becomes_a_feature()
    {
        var tokenizer = new TextTokenizer(new TextTokenizerOptions { WordCharNgrams = true });
        var features = tokenizer.Tokenize("张先生手机13812345678，邮箱 zhang@example.com，身份证110105194912310021 投诉扣费");

        Assert.DoesNotContain(features, f => f.Any(char.IsDigit));
        Assert.DoesNotContain(features, f => f.Contains("zhang", StringComparison.Ordinal) || f.Contains("example", StringComparison.Ordinal));
        Assert.DoesNotContain(features, f => f.Contains("phone", StringComparison.OrdinalIgnoreCase) || f.Contains("email", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("扣费", features);
    }
}
