using System.Text.Json;
using ComplaintOps.Analytics.Models;
using ComplaintOps.Analytics.Text;
using ComplaintOps.Data.Text;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ComplaintOps.Analytics.Classification;

/// <summary>
/// Supervised text classifier (ML.NET SDCA maximum entropy over sparse TF-IDF features) that suggests a label — the
/// category, or the severity, of a complaint — with a softmax confidence. Trained on labelled history; thread-safe through
/// a pool of prediction engines.
/// </summary>
public sealed class TextClassifier
{
    private const string ModelFile = "classifier.zip";
    private const string VocabularyFile = "vocabulary.json";

    private readonly TextTokenizer tokenizer;
    private readonly PredictionEnginePool<SparseTextRow, LabelPrediction> engines;

    private TextClassifier(TextTokenizerOptions tokenizerOptions, TfIdfVectorizer vectorizer, ITransformer model)
    {
        TokenizerOptions = tokenizerOptions;
        Vectorizer = vectorizer;
        Model = model;
        tokenizer = new TextTokenizer(tokenizerOptions);
        var ml = new MLContext(0);
        var schema = Schema(vectorizer.Count);
        engines = new PredictionEnginePool<SparseTextRow, LabelPrediction>(
            () => ml.Model.CreatePredictionEngine<SparseTextRow, LabelPrediction>(model, inputSchemaDefinition: schema));
        using var probe = ml.Model.CreatePredictionEngine<SparseTextRow, LabelPrediction>(model, inputSchemaDefinition: schema);
        VBuffer<ReadOnlyMemory<char>> names = default;
        probe.OutputSchema["Score"].GetSlotNames(ref names);
        Classes = names.DenseValues().Select(n => n.ToString()).ToArray();
    }

    /// <summary>The classes, in the order of the probability vector.</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>Tokenizer settings used for training and prediction.</summary>
    public TextTokenizerOptions TokenizerOptions { get; }

    /// <summary>The vocabulary.</summary>
    public TfIdfVectorizer Vectorizer { get; }

    /// <summary>The ML.NET model.</summary>
    public ITransformer Model { get; }

    /// <summary>Trains on labelled texts (at least two distinct labels).</summary>
    public static TextClassifier Train(IReadOnlyList<string> texts, IReadOnlyList<string> labels, TextClassifierOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(options);
        if (texts.Count != labels.Count) throw new ArgumentException("Texts and labels differ in length.", nameof(labels));
        if (labels.Distinct().Count() < 2) throw new ArgumentException("At least two distinct labels are needed.", nameof(labels));
        var tokenizer = new TextTokenizer(options.Tokenizer);
        var tokens = new List<string>[texts.Count];
        Parallel.For(0, texts.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => tokens[i] = tokenizer.Tokenize(texts[i]));
        var surface = new SurfaceFormCounter();
        var vectorizer = TfIdfVectorizer.Fit(tokens, options.TfIdf, surface.MostFrequent());
        var rows = new SparseTextRow[texts.Count];
        Parallel.For(0, texts.Count, i => rows[i] = new SparseTextRow { Features = ToBuffer(vectorizer.Transform(tokens[i]), vectorizer.Count), Label = labels[i] });

        var ml = new MLContext(options.Seed);
        var data = ml.Data.Cache(ml.Data.LoadFromEnumerable(rows, Schema(vectorizer.Count)));
        var pipeline = ml.Transforms.Conversion.MapValueToKey(nameof(SparseTextRow.Label))
            .Append(Trainer(ml, options))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        var model = pipeline.Fit(data);
        return new TextClassifier(options.Tokenizer, vectorizer, model);
    }

    /// <summary>Suggests a label for a text, with its probability and up to <paramref name="alternatives"/> runners-up.</summary>
    public Suggestion Suggest(string text, int alternatives = 3)
    {
        var vector = Vectorizer.Transform(tokenizer.Tokenize(text));
        var prediction = engines.Predict(new SparseTextRow { Features = ToBuffer(vector, Vectorizer.Count) });
        var ranked = prediction.Probabilities
            .Select((p, i) => new ScoredLabel(Classes[i], p))
            .OrderByDescending(s => s.Probability)
            .ToList();
        return new Suggestion(ranked[0].Label, ranked[0].Probability, ranked.Skip(1).Take(alternatives).ToList());
    }

    /// <summary>Writes the model files into an existing directory.</summary>
    public void Save(string directory)
    {
        var ml = new MLContext(0);
        ml.Model.Save(Model, ml.Data.LoadFromEnumerable(Array.Empty<SparseTextRow>(), Schema(Vectorizer.Count)).Schema, Path.Combine(directory, ModelFile));
        File.WriteAllText(Path.Combine(directory, VocabularyFile), JsonSerializer.Serialize(new SavedVocabulary(TokenizerOptions, Vectorizer.ToState())));
    }

    /// <summary>Reads a classifier written by <see cref="Save"/>.</summary>
    public static TextClassifier Load(string directory)
    {
        var ml = new MLContext(0);
        var model = ml.Model.Load(Path.Combine(directory, ModelFile), out _);
        var vocabulary = JsonSerializer.Deserialize<SavedVocabulary>(File.ReadAllText(Path.Combine(directory, VocabularyFile)))
            ?? throw new InvalidDataException("Empty vocabulary file.");
        return new TextClassifier(vocabulary.Tokenizer, new TfIdfVectorizer(vocabulary.Vectorizer), model);
    }

    private static IEstimator<ITransformer> Trainer(MLContext ml, TextClassifierOptions options) => options.Trainer switch
    {
        "lbfgs" => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
            nameof(SparseTextRow.Label), nameof(SparseTextRow.Features), l2Regularization: options.L2 ?? 1f, l1Regularization: 0f),
        _ => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(nameof(SparseTextRow.Label), nameof(SparseTextRow.Features), l2Regularization: options.L2),
    };

    private static SchemaDefinition Schema(int size)
    {
        var schema = SchemaDefinition.Create(typeof(SparseTextRow));
        schema[nameof(SparseTextRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, size);
        return schema;
    }

    private static VBuffer<float> ToBuffer(SparseVector vector, int size) =>
        new(size, vector.Indices.Length, vector.Values, vector.Indices);

    private sealed record SavedVocabulary(TextTokenizerOptions Tokenizer, TfIdfState Vectorizer);
}
