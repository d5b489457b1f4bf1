using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace QaBot.Core.Store;

/// <summary>
/// Dot product of two int8 vectors, exact in int32. Sign-extends to int16 and multiplies pairwise with
/// <c>vpmaddwd</c> (AVX-512BW or AVX2); a portable widening loop elsewhere. 127² × 2 per lane pair never overflows.
/// </summary>
internal static class Int8Dot
{
    public static unsafe int Dot(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        var n = Math.Min(a.Length, b.Length);
        var i = 0;
        var sum = 0;
        fixed (sbyte* pa = a, pb = b)
        {
            if (Avx512BW.IsSupported && n >= 32)
            {
                var acc = Vector512<int>.Zero;
                for (; i + 32 <= n; i += 32)
                {
                    var va = Avx512BW.ConvertToVector512Int16(Vector256.Load(pa + i));
                    var vb = Avx512BW.ConvertToVector512Int16(Vector256.Load(pb + i));
                    acc = Avx512F.Add(acc, Avx512BW.MultiplyAddAdjacent(va, vb));
                }

                sum = Vector512.Sum(acc);
            }
            else if (Avx2.IsSupported && n >= 16)
            {
                var acc0 = Vector256<int>.Zero;
                var acc1 = Vector256<int>.Zero;
                for (; i + 32 <= n; i += 32)
                {
                    acc0 = Avx2.Add(acc0, Avx2.MultiplyAddAdjacent(Avx2.ConvertToVector256Int16(pa + i), Avx2.ConvertToVector256Int16(pb + i)));
                    acc1 = Avx2.Add(acc1, Avx2.MultiplyAddAdjacent(Avx2.ConvertToVector256Int16(pa + i + 16), Avx2.ConvertToVector256Int16(pb + i + 16)));
                }

                for (; i + 16 <= n; i += 16)
                {
                    acc0 = Avx2.Add(acc0, Avx2.MultiplyAddAdjacent(Avx2.ConvertToVector256Int16(pa + i), Avx2.ConvertToVector256Int16(pb + i)));
                }

                sum = Vector256.Sum(Avx2.Add(acc0, acc1));
            }
            else if (Vector128.IsHardwareAccelerated && n >= 16)
            {
                var acc = Vector128<int>.Zero;
                for (; i + 16 <= n; i += 16)
                {
                    var (al, ah) = Vector128.Widen(Vector128.Load(pa + i));
                    var (bl, bh) = Vector128.Widen(Vector128.Load(pb + i));
                    acc += WidenedProduct(al, bl) + WidenedProduct(ah, bh);
                }

                sum = Vector128.Sum(acc);
            }

            for (; i < n; i++)
            {
                sum += pa[i] * pb[i];
            }
        }

        return sum;
    }

    private static Vector128<int> WidenedProduct(Vector128<short> a, Vector128<short> b)
    {
        var (al, ah) = Vector128.Widen(a);
        var (bl, bh) = Vector128.Widen(b);
        return (al * bl) + (ah * bh);
    }
}
