using ComplaintOps.Analytics.Classification;
using ComplaintOps.Analytics.Clustering;

namespace ComplaintOps.Analytics.Evaluation;

internal static class Exp
{
    private static string? Get(string key) => Environment.GetEnvironmentVariable("EXP_" + key);

    public static TopicModelOptions Topic(TopicModelOptions o) => o with
    {
        Dimensions = Get("DIMS") is { } d ? int.Parse(d) : o.Dimensions,
        Whitening = Get("WHITEN") is { } w ? double.Parse(w, System.Globalization.CultureInfo.InvariantCulture) : o.Whitening,
        Restarts = Get("RESTARTS") is { } r ? int.Parse(r) : o.Restarts,
        Tokenizer = o.Tokenizer with
        {
            RemoveStopWords = Get("STOP") is not "0",
            WordCharNgrams = Get("CHAR") is "1",
            WordBigrams = Get("BIGRAMS") is not "0",
        },
        TfIdf = o.TfIdf with { MinDocumentFrequency = Get("MINDF") is { } m ? int.Parse(m) : o.TfIdf.MinDocumentFrequency },
    };

    public static TextClassifierOptions Classifier(TextClassifierOptions o) => o with
    {
        Trainer = Get("TRAINER") ?? o.Trainer,
        L2 = Get("L2") is { } l ? float.Parse(l, System.Globalization.CultureInfo.InvariantCulture) : o.L2,
        Tokenizer = o.Tokenizer with
        {
            RemoveStopWords = Get("STOP") is not "0",
            WordCharNgrams = Get("CHAR") is not "0",
        },
    };
}
