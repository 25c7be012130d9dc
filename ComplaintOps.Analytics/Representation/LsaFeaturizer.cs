using System.Security.Cryptography;
using System.Text.Json;
using ComplaintOps.Analytics.Text;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Text;

namespace ComplaintOps.Analytics.Representation;

/// <summary>
/// A fitted TF-IDF/LSA featurizer: mask personal data → tokenize → TF-IDF → LSA → unit vector. The same class serves long
/// English (word options) and Chinese (character n-gram options); see <see cref="LsaFeaturizerOptions"/>. Immutable.
/// </summary>
public sealed class LsaFeaturizer : ISpaceFeaturizer
{
    private const string VocabularyFile = "vocabulary.json";
    private const string ProjectionFile = "lsa.bin";

    private readonly TextTokenizer tokenizer;
    private readonly Lazy<string> name;

    /// <summary>Assembles a featurizer from fitted parts.</summary>
    public LsaFeaturizer(TopicSpace space, TextTokenizerOptions tokenizerOptions, TfIdfVectorizer vectorizer, Lsa lsa)
    {
        ArgumentNullException.ThrowIfNull(tokenizerOptions);
        ArgumentNullException.ThrowIfNull(vectorizer);
        ArgumentNullException.ThrowIfNull(lsa);
        if (lsa.Terms != vectorizer.Count) throw new ArgumentException("The projection does not fit the vocabulary.", nameof(lsa));
        Space = space;
        TokenizerOptions = tokenizerOptions;
        Vectorizer = vectorizer;
        Lsa = lsa;
        tokenizer = new TextTokenizer(tokenizerOptions);
        name = new Lazy<string>(() => FeaturizerManifest.LsaKind + ":" + space + "@" + Fingerprint());
    }

    public TopicSpace Space { get; }

    /// <summary>Kind, space and the first 12 hex digits of a SHA-256 of the fitted state, e.g. <c>tfidf-lsa:Chinese@3f09…</c>.</summary>
    public string Name => name.Value;

    public int Dimensions => Lsa.Dimensions;

    public TextTokenizerOptions TokenizerOptions { get; }

    public TfIdfVectorizer Vectorizer { get; }

    public Lsa Lsa { get; }

    /// <summary>Fits on <paramref name="texts"/>; the documents' TF-IDF vectors come back too (training labels clusters with them).</summary>
    public static (LsaFeaturizer Featurizer, SparseVector[] Vectors) Fit(
        TopicSpace space, IReadOnlyList<string> texts, LsaFeaturizerOptions options, int seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(options);
        var tokenizer = new TextTokenizer(options.Tokenizer);
        var tokens = new List<string>[texts.Count];
        Parallel.For(0, texts.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => tokens[i] = tokenizer.Tokenize(texts[i]));
        var surface = new SurfaceFormCounter();
        foreach (var text in texts.Take(20_000)) tokenizer.Tokenize(text, surface.Add);

        var vectorizer = TfIdfVectorizer.Fit(tokens, options.TfIdf, surface.MostFrequent());
        var vectors = new SparseVector[texts.Count];
        Parallel.For(0, texts.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => vectors[i] = vectorizer.Transform(tokens[i]));

        var nonEmpty = vectors.Where(v => v.Indices.Length > 0).ToArray();
        if (nonEmpty.Length < 2) throw new ArgumentException("The texts have too few shared terms to cluster.", nameof(texts));
        var lsaSample = nonEmpty.Length <= options.LsaSampleSize ? nonEmpty : new Random(seed).GetItems(nonEmpty, options.LsaSampleSize);
        var lsa = Lsa.Fit(lsaSample, vectorizer.Count, options.Dimensions, seed, options.Whitening);
        return (new LsaFeaturizer(space, options.Tokenizer, vectorizer, lsa), vectors);
    }

    /// <summary>Sparse TF-IDF vector of a text (personal data masked first).</summary>
    public SparseVector Vectorize(string text) => Vectorizer.Transform(tokenizer.Tokenize(text));

    public float[] Embed(string text) => Lsa.Transform(Vectorize(text));

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = new float[texts.Count][];
        Parallel.For(0, texts.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => result[i] = Embed(texts[i]));
        return result;
    }

    public void Save(string directory)
    {
        File.WriteAllText(Path.Combine(directory, VocabularyFile), JsonSerializer.Serialize(new SavedVocabulary(TokenizerOptions, Vectorizer.ToState())));
        using (var stream = File.Create(Path.Combine(directory, ProjectionFile)))
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(Lsa.Terms);
            writer.Write(Lsa.Dimensions);
            foreach (var x in Lsa.Components) writer.Write(x);
        }

        FeaturizerManifest.Write(directory, new FeaturizerManifest(FeaturizerManifest.LsaKind, Space, Name));
    }

    /// <summary>Reads a featurizer written by <see cref="Save"/> (a folder without a manifest, from before this class, is long English).</summary>
    public static LsaFeaturizer Load(string directory)
    {
        var space = FeaturizerManifest.Read(directory)?.Space ?? TopicSpace.EnglishLong;
        var vocabulary = JsonSerializer.Deserialize<SavedVocabulary>(File.ReadAllText(Path.Combine(directory, VocabularyFile)))
            ?? throw new InvalidDataException("Empty vocabulary file.");
        using var stream = File.OpenRead(Path.Combine(directory, ProjectionFile));
        using var reader = new BinaryReader(stream);
        var terms = reader.ReadInt32();
        var dimensions = reader.ReadInt32();
        var components = new float[terms * dimensions];
        for (var i = 0; i < components.Length; i++) components[i] = reader.ReadSingle();
        return new LsaFeaturizer(space, vocabulary.Tokenizer, new TfIdfVectorizer(vocabulary.Vectorizer), new Lsa(terms, dimensions, components));
    }

    private string Fingerprint()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(new SavedVocabulary(TokenizerOptions, Vectorizer.ToState())));
        hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Lsa.Components.AsSpan()));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    private sealed record SavedVocabulary(TextTokenizerOptions Tokenizer, TfIdfState Vectorizer);
}
