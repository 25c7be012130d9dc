using System.Text.RegularExpressions;

namespace ComplaintOps.Data.Text;

/// <summary>The masker for text about one known customer: their own registered values first, then the patterns.</summary>
public static partial class PiiMasker
{
    /// <summary>
    /// Masks <paramref name="text"/> for a reader who must not learn who the customer is (promotion draft, similar-case
    /// query): the customer's registered values (<paramref name="knownValues"/>: name, phone, e-mail, ID number, account)
    /// wherever they occur, the name as ‹NAME› and its polite forms (王先生 → 某先生), the other values as ‹REDACTED›
    /// (they need not look like a phone or an account to be the customer's), then every pattern of <see cref="Mask(string, bool)"/>.
    /// </summary>
    public static string MaskCustomer(string? text, params IEnumerable<string?> knownValues)
    {
        ArgumentNullException.ThrowIfNull(knownValues);
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var masked = text;
        foreach (var value in knownValues.Where(v => v is { Length: >= 2 }).Select(v => v!.Trim()).OrderByDescending(v => v.Length))
        {
            var isName = !value.Any(char.IsDigit) && !value.Contains('@');
            masked = masked.Replace(value, isName ? "‹NAME›" : "‹REDACTED›", StringComparison.OrdinalIgnoreCase);
            if (isName && value.Length is >= 2 and <= 4 && value.All(TextTokenizer.IsCjk))
            {
                masked = PoliteForm().Replace(masked, m => m.Groups[1].Value == value[..1] ? "某" + m.Groups[2].Value : m.Value);
            }
        }

        return Mask(masked);
    }

    [GeneratedRegex("(\\p{IsCJKUnifiedIdeographs})(先生|女士|小姐)")]
    private static partial Regex PoliteForm();
}
