using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ComplaintOps.Analytics.CaseLibrary;

/// <summary>Dot product of int8 codes: AVX2 (16-bit multiply-add into 32-bit lanes) when present, portable otherwise.</summary>
internal static class Int8Dot
{
    /// <summary>Row strides are padded to this many codes so the vector loop needs no tail.</summary>
    public const int Block = 32;

    public static int Dot(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        ref var pa = ref Unsafe.AsRef(in a[0]);
        ref var pb = ref Unsafe.AsRef(in b[0]);
        if (Avx2.IsSupported && a.Length % Block == 0)
        {
            var acc = Vector256<int>.Zero;
            for (nuint i = 0; i < (nuint)a.Length; i += Block)
            {
                var (alo, ahi) = Vector256.Widen(Vector256.LoadUnsafe(ref pa, i));
                var (blo, bhi) = Vector256.Widen(Vector256.LoadUnsafe(ref pb, i));
                acc = Avx2.Add(acc, Avx2.Add(Avx2.MultiplyAddAdjacent(alo, blo), Avx2.MultiplyAddAdjacent(ahi, bhi)));
            }

            return Vector256.Sum(acc);
        }

        var sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
