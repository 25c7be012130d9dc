using System.Text.RegularExpressions;

namespace ComplaintOps.Data.Domain.Common;

/// <summary>
/// Phone numbers intake accepts, after spaces, hyphens and parentheses are removed:
/// a mainland mobile (1[3-9] + 9 digits, optionally after +86), a landline with its area code (0 + 2–3 digits, then a
/// 7–8 digit number, e.g. 010-12345678 or 0755 1234567), or an international number in E.164 form (+, country code,
/// 7–15 digits in all). Anything else cannot be dialled back and is refused.
/// </summary>
public static partial class PhoneNumber
{
    public static bool IsValid(string value)
    {
        if (value.Length > 32)
        {
            return false;
        }

        var compact = value.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal)
            .Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal);
        return Pattern().IsMatch(compact);
    }

    [GeneratedRegex(@"^(?:(?:\+86)?1[3-9][0-9]{9}|0[1-9][0-9]{1,2}[1-9][0-9]{6,7}|\+[1-9][0-9]{6,14})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
