namespace ComplaintOps.Data.Text;

/// <summary>
/// The classic Porter (1980) suffix stripper, compact: "charged", "charges", "charging" → "charg". Lets English word
/// features pool their counts without a dictionary. Input must be lower-case ASCII letters; anything else is returned as is.
/// </summary>
public static class PorterStemmer
{
    /// <summary>Stems one lower-case word.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 2 || !word.All(c => c is >= 'a' and <= 'z'))
        {
            return word;
        }

        var w = new Word(word);
        w.Step1a();
        w.Step1b();
        w.Step1c();
        w.Step2();
        w.Step3();
        w.Step4();
        w.Step5();
        return w.ToString();
    }

    private sealed class Word(string s)
    {
        private readonly char[] b = s.ToCharArray();
        private int end = s.Length;   // exclusive

        public override string ToString() => new(b, 0, end);

        private bool IsConsonant(int i) => b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        // m() of the stem b[0..j): number of VC sequences.
        private int Measure(int j)
        {
            var n = 0;
            var i = 0;
            while (i < j && IsConsonant(i)) i++;
            while (i < j)
            {
                while (i < j && !IsConsonant(i)) i++;
                if (i >= j) break;
                while (i < j && IsConsonant(i)) i++;
                n++;
            }

            return n;
        }

        private bool HasVowel(int j)
        {
            for (var i = 0; i < j; i++)
            {
                if (!IsConsonant(i)) return true;
            }

            return false;
        }

        private bool DoubleConsonant(int j) => j >= 2 && b[j - 1] == b[j - 2] && IsConsonant(j - 1);

        private bool Cvc(int j) =>
            j >= 3 && IsConsonant(j - 1) && !IsConsonant(j - 2) && IsConsonant(j - 3) && b[j - 1] is not ('w' or 'x' or 'y');

        private bool Ends(string suffix) =>
            suffix.Length <= end && new ReadOnlySpan<char>(b, end - suffix.Length, suffix.Length).SequenceEqual(suffix);

        private void SetTo(int stemEnd, string replacement)
        {
            replacement.CopyTo(0, b, stemEnd, replacement.Length);
            end = stemEnd + replacement.Length;
        }

        private bool Replace(string suffix, string replacement, int minMeasure)
        {
            if (!Ends(suffix)) return false;
            var stem = end - suffix.Length;
            if (Measure(stem) > minMeasure) SetTo(stem, replacement);
            return true;
        }

        public void Step1a()
        {
            if (Ends("sses")) end -= 2;
            else if (Ends("ies")) SetTo(end - 3, "i");
            else if (!Ends("ss") && Ends("s")) end -= 1;
        }

        public void Step1b()
        {
            if (Ends("eed"))
            {
                if (Measure(end - 3) > 0) end -= 1;
                return;
            }

            int stem;
            if (Ends("ed") && HasVowel(end - 2)) stem = end - 2;
            else if (Ends("ing") && HasVowel(end - 3)) stem = end - 3;
            else return;
            end = stem;
            if (Ends("at") || Ends("bl") || Ends("iz")) SetTo(end, "e");
            else if (DoubleConsonant(end) && b[end - 1] is not ('l' or 's' or 'z')) end -= 1;
            else if (Measure(end) == 1 && Cvc(end)) SetTo(end, "e");
        }

        public void Step1c()
        {
            if (Ends("y") && HasVowel(end - 1)) b[end - 1] = 'i';
        }

        private static readonly (string, string)[] Step2Rules =
        [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("abli", "able"),
            ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
            ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
            ("iviti", "ive"), ("biliti", "ble"),
        ];

        private static readonly (string, string)[] Step3Rules =
        [
            ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
        ];

        private static readonly string[] Step4Suffixes =
        [
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti",
            "ous", "ive", "ize",
        ];

        private static readonly string[] Step4ByLength = [.. Step4Suffixes.OrderByDescending(x => x.Length)];

        public void Step2()
        {
            foreach (var (suffix, replacement) in Step2Rules)
            {
                if (Replace(suffix, replacement, 0)) return;
            }
        }

        public void Step3()
        {
            foreach (var (suffix, replacement) in Step3Rules)
            {
                if (Replace(suffix, replacement, 0)) return;
            }
        }

        public void Step4()
        {
            // Longest matching suffix first ("ement" before "ment" before "ent").
            foreach (var suffix in Step4ByLength)
            {
                if (!Ends(suffix)) continue;
                var stem = end - suffix.Length;
                if (suffix == "ion" && (stem == 0 || b[stem - 1] is not ('s' or 't'))) return;
                if (Measure(stem) > 1) end = stem;
                return;
            }
        }

        public void Step5()
        {
            if (Ends("e"))
            {
                var m = Measure(end - 1);
                if (m > 1 || (m == 1 && !Cvc(end - 1))) end -= 1;
            }

            if (Ends("ll") && Measure(end) > 1) end -= 1;
        }
    }
}
