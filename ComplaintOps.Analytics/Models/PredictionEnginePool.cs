using System.Collections.Concurrent;
using Microsoft.ML;

namespace ComplaintOps.Analytics.Models;

/// <summary>
/// ML.NET's PredictionEngine is not thread-safe (and Microsoft.Extensions.ML is not available here): this pool hands each
/// caller its own engine and takes it back afterwards, creating engines on demand and keeping at most
/// <see cref="MaxRetained"/> idle ones. The model (ITransformer) itself is immutable and shared.
/// </summary>
public sealed class PredictionEnginePool<TIn, TOut>(Func<PredictionEngine<TIn, TOut>> factory, int maxRetained = 0)
    where TIn : class
    where TOut : class, new()
{
    private readonly ConcurrentBag<PredictionEngine<TIn, TOut>> idle = [];

    /// <summary>Idle engines kept for reuse (defaults to twice the processor count).</summary>
    public int MaxRetained { get; } = maxRetained > 0 ? maxRetained : Environment.ProcessorCount * 2;

    /// <summary>Engines created so far (diagnostics and tests).</summary>
    public int Created => created;

    private int created;

    /// <summary>Predicts with an engine no other thread is using at the same time.</summary>
    public TOut Predict(TIn input)
    {
        if (!idle.TryTake(out var engine))
        {
            engine = factory();
            Interlocked.Increment(ref created);
        }

        try
        {
            var output = new TOut();
            engine.Predict(input, ref output);
            return output;
        }
        finally
        {
            if (idle.Count < MaxRetained) idle.Add(engine);
            else engine.Dispose();
        }
    }
}
