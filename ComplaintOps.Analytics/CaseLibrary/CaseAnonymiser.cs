using System.Text.RegularExpressions;
using ComplaintOps.Data.Features.CaseLibrary;

namespace ComplaintOps.Analytics.CaseLibrary;

/// <summary>
/// Minimal masking for texts that enter the case library: the customer's own name (and 王先生-style forms of it), their
/// known phone and e-mail, and any e-mail address, mainland ID number, phone number or long digit run (account and card
/// numbers). Placeholders are Chinese for Chinese text, English otherwise. Kept in one file so the general PII masker
/// can replace it.
/// </summary>
public static partial class CaseAnonymiser
{
    /// <summary>Masks <paramref name="text"/>; <paramref name="knownValues"/> are the customer's name, phone, e-mail etc. as registered.</summary>
    public static string Mask(string? text, params IEnumerable<string?> knownValues)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var zh = text.Any(CaseTextTokenizer.IsCjk);
        var masked = text;
        foreach (var value in knownValues.Where(v => v is { Length: >= 2 }).Select(v => v!.Trim()).OrderByDescending(v => v.Length))
        {
            var isName = !value.Any(char.IsDigit) && !value.Contains('@');
            masked = masked.Replace(value, isName ? (zh ? "某客户" : "[customer]") : Placeholder(zh, "[联系方式]", "[contact]"), StringComparison.OrdinalIgnoreCase);
            if (isName && value.Length is >= 2 and <= 4 && value.All(CaseTextTokenizer.IsCjk))
            {
                masked = Regex.Replace(masked, Regex.Escape(value[..1]) + "(先生|女士|小姐)", "某$1");
            }
        }

        masked = Email().Replace(masked, Placeholder(zh, "[邮箱]", "[email]"));
        masked = IdNumber().Replace(masked, Placeholder(zh, "[证件号]", "[ID number]"));
        masked = Phone().Replace(masked, Placeholder(zh, "[电话]", "[phone]"));
        masked = LongDigits().Replace(masked, Placeholder(zh, "[账号]", "[account]"));
        return masked;
    }

    private static string Placeholder(bool zh, string chinese, string english) => zh ? chinese : english;

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<!\d)\d{6}(19|20)\d{2}(0[1-9]|1[0-2])\d{2}\d{3}[\dXx](?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IdNumber();

    [GeneratedRegex(@"(?<!\d)((\+?86[-\s]?)?1[3-9]\d([-\s]?\d{4}){2}|0\d{2,3}-\d{7,8})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?<!\d)\d(?:[-\s]?\d){7,}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex LongDigits();
}
