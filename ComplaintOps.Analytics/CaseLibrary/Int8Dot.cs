using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ComplaintOps.Analytics.CaseLibrary;

/// <summary>
/// Dot products of int8 codes against one prepared query. With AVX2 each 32 codes cost one load, one sign, one
/// unsigned×signed multiply-add to 16 bits (|q|·sign(v, q), no overflow since codes stay within ±127) and one widening
/// multiply-add to 32 bits; without AVX2 a scalar loop gives the same numbers.
/// </summary>
internal sealed class Int8Dot
{
    /// <summary>Row strides are padded to this many codes so the vector loop needs no tail.</summary>
    public const int Block = 32;

    private readonly sbyte[] _signed;
    private readonly byte[] _magnitude;

    public Int8Dot(sbyte[] query)
    {
        _signed = query;
        _magnitude = [.. query.Select(q => (byte)Math.Abs(q))];
    }

    public int Length => _signed.Length;

    public int Dot(ReadOnlySpan<sbyte> row)
    {
        ref var r = ref Unsafe.AsRef(in row[0]);
        if (Avx2.IsSupported)
        {
            ref var s = ref _signed[0];
            ref var m = ref _magnitude[0];
            var ones = Vector256.Create((short)1);
            var acc = Vector256<int>.Zero;
            for (nuint i = 0; i < (nuint)_signed.Length; i += Block)
            {
                var signedRow = Avx2.Sign(Vector256.LoadUnsafe(ref r, i), Vector256.LoadUnsafe(ref s, i));
                var pairs = Avx2.MultiplyAddAdjacent(Vector256.LoadUnsafe(ref m, i), signedRow);
                acc = Avx2.Add(acc, Avx2.MultiplyAddAdjacent(pairs, ones));
            }

            return Vector256.Sum(acc);
        }

        var sum = 0;
        for (var i = 0; i < _signed.Length; i++)
        {
            sum += _signed[i] * row[i];
        }

        return sum;
    }
}
