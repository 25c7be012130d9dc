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

    [Theory]
    [InlineData("请联系张三，电话 138-0013-8000", "张三", "138-0013-8000")]
    [InlineData("王先生说卡号是6222021234567890123", "王先生", "6222021234567890123")]
    [InlineData("Email jane.doe@example.com or call +86 13912345678", "jane.doe@example.com", "13912345678")]
    [InlineData("身份证号 11010119900307123X 已核验", "11010119900307123X", "19900307")]
    [InlineData("座机 010-62345678 无人接听", "62345678", "010-")]
    public void A_customers_text_loses_their_name_polite_forms_contacts_ids_and_accounts(string text, string secret1, string secret2)
    {
        var masked = PiiMasker.MaskCustomer(text, "张三", "王小明");

        Assert.DoesNotContain(secret1, masked, StringComparison.Ordinal);
        Assert.DoesNotContain(secret2, masked, StringComparison.Ordinal);
    }

    [Fact]
    public void The_customers_own_values_are_masked_even_where_no_pattern_would_find_them()
    {
        Assert.Equal("客户‹NAME›称账户A-77 已冻结，某女士说", PiiMasker.MaskCustomer("客户李四称账户A-77 已冻结，李女士说", "李四", "X-1"));
        Assert.Equal("the ‹NAME› called about ‹REDACTED›", PiiMasker.MaskCustomer("the Jane Doe called about ACC-9911", "Jane Doe", "ACC-9911"));
        Assert.Equal("王女士的年费", PiiMasker.MaskCustomer("王女士的年费", "李四"));   // another family name is not the customer
    }

    [Fact]
    public void Masking_a_customers_text_keeps_ordinary_numbers_and_words()
    {
        Assert.Equal("年费扣了两次，共计600元，尾号1234", PiiMasker.MaskCustomer("年费扣了两次，共计600元，尾号1234", "张三"));
        Assert.Equal("", PiiMasker.MaskCustomer(null, "张三"));
    }
}
