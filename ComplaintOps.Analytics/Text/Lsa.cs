namespace ComplaintOps.Analytics.Text;

/// <summary>
/// Latent semantic analysis: a truncated SVD of the TF-IDF matrix (randomized range finder with power iterations, Halko et al.
/// 2011) that maps sparse vectors to a few hundred dense dimensions, L2-normalised, where synonyms and co-occurring
/// terms share directions. Projection is one sparse × dense product, cheap enough per request. Immutable after fitting.
/// </summary>
public sealed class Lsa
{
    /// <summary>Rebuilds a fitted projection: <paramref name="components"/> is term-major (term × <paramref name="dimensions"/>).</summary>
    public Lsa(int terms, int dimensions, float[] components)
    {
        ArgumentNullException.ThrowIfNull(components);
        if (components.Length != terms * dimensions) throw new ArgumentException("Component matrix size mismatch.", nameof(components));
        Terms = terms;
        Dimensions = dimensions;
        Components = components;
    }

    /// <summary>Input dimensionality (vocabulary size).</summary>
    public int Terms { get; }

    /// <summary>Output dimensionality.</summary>
    public int Dimensions { get; }

    /// <summary>Term-major projection matrix.</summary>
    public float[] Components { get; }

    /// <summary>
    /// Fits the projection on (a sample of) the documents. <paramref name="whitening"/> p scales dimension j by σⱼ^−p: 0 is
    /// classic LSA (U·Σ), 1 gives every latent direction equal weight, so the few broad top directions do not dominate.
    /// </summary>
    public static Lsa Fit(IReadOnlyList<SparseVector> docs, int terms, int dimensions, int seed, double whitening = 0, int powerIterations = 2)
    {
        ArgumentNullException.ThrowIfNull(docs);
        var d = Math.Max(1, Math.Min(dimensions, Math.Min(docs.Count, terms)));
        var l = Math.Min(d + 10, Math.Max(d, Math.Min(docs.Count, terms)));
        var random = new Random(seed);
        var omega = new double[terms * l];
        for (var i = 0; i < omega.Length; i++) omega[i] = Gaussian(random);

        var y = MultiplyRows(docs, omega, l);            // n × l
        Orthonormalize(y, docs.Count, l);
        for (var q = 0; q < powerIterations; q++)
        {
            var z = MultiplyTransposed(docs, y, terms, l); // V × l
            Orthonormalize(z, terms, l);
            y = MultiplyRows(docs, z, l);
            Orthonormalize(y, docs.Count, l);
        }

        var bt = MultiplyTransposed(docs, y, terms, l);   // V × l  (= (QᵀX)ᵀ)
        var gram = new double[l * l];
        for (var t = 0; t < terms; t++)
        {
            var row = t * l;
            for (var a = 0; a < l; a++)
            {
                var va = bt[row + a];
                if (va == 0) continue;
                for (var b = a; b < l; b++) gram[a * l + b] += va * bt[row + b];
            }
        }

        for (var a = 0; a < l; a++)
        {
            for (var b = 0; b < a; b++) gram[a * l + b] = gram[b * l + a];
        }

        var (eigenvalues, eigenvectors) = SymmetricEigen.Decompose(gram, l);
        var order = Enumerable.Range(0, l).OrderByDescending(i => eigenvalues[i]).Take(d).ToArray();
        var components = new float[terms * d];
        for (var j = 0; j < d; j++)
        {
            var e = order[j];
            var sigma = Math.Sqrt(Math.Max(eigenvalues[e], 0));
            if (sigma < 1e-9) continue;
            for (var t = 0; t < terms; t++)
            {
                double s = 0;
                var row = t * l;
                for (var a = 0; a < l; a++) s += bt[row + a] * eigenvectors[a * l + e];
                components[t * d + j] = (float)(s / sigma / Math.Pow(sigma, whitening));
            }
        }

        return new Lsa(terms, d, components);
    }

    /// <summary>Projects a TF-IDF vector and L2-normalises the result (all zeros for an empty vector).</summary>
    public float[] Transform(SparseVector vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        var result = new float[Dimensions];
        for (var k = 0; k < vector.Indices.Length; k++)
        {
            var x = vector.Values[k];
            var row = vector.Indices[k] * Dimensions;
            for (var j = 0; j < Dimensions; j++) result[j] += x * Components[row + j];
        }

        VectorMath.Normalize(result);
        return result;
    }

    private static double[] MultiplyRows(IReadOnlyList<SparseVector> docs, double[] right, int l)
    {
        var result = new double[docs.Count * l];
        Parallel.For(0, docs.Count, i =>
        {
            var doc = docs[i];
            var o = i * l;
            for (var k = 0; k < doc.Indices.Length; k++)
            {
                var x = doc.Values[k];
                var r = doc.Indices[k] * l;
                for (var a = 0; a < l; a++) result[o + a] += x * right[r + a];
            }
        });
        return result;
    }

    private static double[] MultiplyTransposed(IReadOnlyList<SparseVector> docs, double[] left, int terms, int l)
    {
        var result = new double[terms * l];
        for (var i = 0; i < docs.Count; i++)
        {
            var doc = docs[i];
            var o = i * l;
            for (var k = 0; k < doc.Indices.Length; k++)
            {
                var x = doc.Values[k];
                var r = doc.Indices[k] * l;
                for (var a = 0; a < l; a++) result[r + a] += x * left[o + a];
            }
        }

        return result;
    }

    // Modified Gram-Schmidt on the columns of a row-major rows × cols matrix, done twice for stability; near-zero columns
    // become zero. Works on a column-major copy so every inner loop runs over contiguous memory.
    private static void Orthonormalize(double[] m, int rows, int cols)
    {
        var columns = new double[cols][];
        for (var c = 0; c < cols; c++) columns[c] = new double[rows];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++) columns[c][r] = m[r * cols + c];
        }

        for (var pass = 0; pass < 2; pass++)
        {
            for (var c = 0; c < cols; c++)
            {
                var col = columns[c];
                var dots = new double[c];
                Parallel.For(0, c, p => dots[p] = Dot(col, columns[p]));   // classical Gram-Schmidt; the second pass restores orthogonality
                for (var p = 0; p < c; p++)
                {
                    var other = columns[p];
                    var d = dots[p];
                    if (d == 0) continue;
                    for (var r = 0; r < rows; r++) col[r] -= d * other[r];
                }

                var norm = Math.Sqrt(Dot(col, col));
                var scale = norm < 1e-10 ? 0 : 1 / norm;
                for (var r = 0; r < rows; r++) col[r] *= scale;
            }
        }

        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++) m[r * cols + c] = columns[c][r];
        }
    }

    private static double Dot(double[] a, double[] b)
    {
        double s = 0;
        for (var i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    private static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
