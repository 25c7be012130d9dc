using System.Text;

namespace ComplaintOps.Data.Domain.Common;

/// <summary>
/// Characters no complaint field may hold: they are invisible, reorder what a reader sees (bidi overrides, the
/// "Trojan Source" trick), break exports and terminals (C0/C1 controls, NUL), or are not text at all (lone surrogates,
/// U+FFFE/U+FFFF). Multi-line fields may keep tabs and line breaks (LF, or CR only as part of CRLF).
/// </summary>
public static class SafeText
{
    /// <summary>The first refused character's position, or -1 when <paramref name="value"/> is clean.</summary>
    public static int FindUnsafe(string value, bool multiLine)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;   // a well-formed pair: a real character outside the BMP (emoji, rare CJK)
                continue;
            }

            var allowedControl = multiLine && (c is '\n' or '\t' || (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n'));
            if (!allowedControl && IsRefused(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when the text has at least one letter a person can see. Hangul fillers are letters to Unicode but render as
    /// nothing, so a name made of them (or of zero-width spaces) does not count.
    /// </summary>
    public static bool HasVisibleLetter(string value)
    {
        foreach (var rune in value.EnumerateRunes())
        {
            if (Rune.IsLetter(rune) && rune.Value is not (0x115F or 0x1160 or 0x3164 or 0xFFA0))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRefused(char c) =>
        c < 0x20 || c is >= '\u007F' and <= '\u009F'          // C0, DEL, C1
        || char.IsSurrogate(c)                                // only lone halves reach here
        || c is '\uFFFE' or '\uFFFF'
        || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';   // bidi embeddings, overrides, isolates
}
