using System.Text.RegularExpressions;

namespace ComplaintOps.Data.Text;

/// <summary>
/// Replaces personal data with placeholder tokens (‹EMAIL›, ‹ID›, ‹CARD›, ‹PHONE›, ‹AMOUNT›, ‹REDACTED›) before any text is
/// featurised, so a phone number, ID number or e-mail address can never become a model feature or a cluster label.
/// Stateless and thread-safe.
/// </summary>
public static partial class PiiMasker
{
    /// <summary>Placeholders start with this character; the tokenizer skips everything up to <see cref="PlaceholderEnd"/>.</summary>
    public const char PlaceholderStart = '‹';

    /// <summary>Closes a placeholder.</summary>
    public const char PlaceholderEnd = '›';

    /// <summary>Masks personal data; amounts are masked only when <paramref name="maskAmounts"/> is set.</summary>
    public static string Mask(string text, bool maskAmounts = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = Email().Replace(text, "‹EMAIL›");
        s = ChineseId().Replace(s, "‹ID›");
        s = GroupedCard().Replace(s, "‹CARD›");
        s = LongDigits().Replace(s, "‹CARD›");
        s = ChineseMobile().Replace(s, "‹PHONE›");
        s = Landline().Replace(s, "‹PHONE›");
        s = IntlPhone().Replace(s, "‹PHONE›");
        s = Redacted().Replace(s, "‹REDACTED›");
        if (maskAmounts)
        {
            s = Amount().Replace(s, "‹AMOUNT›");
        }

        return s;
    }

    [GeneratedRegex(@"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![0-9])(?:[1-9][0-9]{5}(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]|[1-9][0-9]{14})(?![0-9])")]
    private static partial Regex ChineseId();

    [GeneratedRegex(@"(?<![0-9])[0-9]{4}(?:[ \-][0-9]{4}){2,3}(?:[ \-][0-9]{1,3})?(?![0-9])")]
    private static partial Regex GroupedCard();

    [GeneratedRegex(@"(?<![0-9])[0-9]{12,19}(?![0-9])")]
    private static partial Regex LongDigits();

    [GeneratedRegex(@"(?<![0-9])(?:(?:\+|00)?86[ \-]?)?1[3-9][0-9][ \-]?[0-9]{4}[ \-]?[0-9]{4}(?![0-9])")]
    private static partial Regex ChineseMobile();

    [GeneratedRegex(@"(?<![0-9])(?:\(?0[0-9]{2,3}\)?[ \-]?[0-9]{7,8}|\(?[0-9]{3}\)?[ .\-][0-9]{3}[ .\-][0-9]{4})(?![0-9])")]
    private static partial Regex Landline();

    [GeneratedRegex(@"(?<![0-9\w])\+[0-9]{1,3}[ \-]?(?:\(?[0-9]{1,4}\)?[ \-]?){1,2}[0-9]{3,4}[ \-]?[0-9]{3,4}(?![0-9])")]
    private static partial Regex IntlPhone();

    [GeneratedRegex(@"\b[X]{2,}(?:[/\-\s]*[X]{2,})*\b")]
    private static partial Regex Redacted();

    [GeneratedRegex(@"\{?[$¥￥€£]\s?[0-9][0-9,]*(?:\.[0-9]+)?\}?|(?<![0-9])[0-9][0-9,]*(?:\.[0-9]+)?\s?(?:元|块|万元|美元)")]
    private static partial Regex Amount();
}
