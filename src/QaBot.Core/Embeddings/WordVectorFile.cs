using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace QaBot.Core.Embeddings;

/// <summary>
/// The binary word-vector cache, laid out so it can be memory-mapped and used without any parsing:
/// <code>
/// header (64 B): magic "QBWV", version, dimensions, count, hash slots, chars, file length, table checksum
/// vectors      : count × dimensions float32, rank (corpus-frequency) order
/// common       : dimensions float32, the direction shared by all texts (removed by SIF)
/// word starts  : (count + 1) int32 offsets into chars
/// hash table   : slots int32 (word index + 1, 0 = empty), FNV-1a over the word's chars, linear probing
/// chars        : the words, UTF-16, back to back
/// end marker   : "QBWV-END"
/// </code>
/// Every section starts on a 64-byte boundary. Opening checks sizes, the end marker and a checksum of everything
/// except the vectors, so a truncated or damaged file is reported instead of read.
/// </summary>
internal static class WordVectorFile
{
    public const uint Magic = 0x56574251; // "QBWV" little-endian
    public const int Version = 1;
    public const int HeaderSize = 64;
    public static ReadOnlySpan<byte> EndMarker => "QBWV-END"u8;

    /// <summary>Byte offsets of each section for a file with these sizes.</summary>
    public readonly record struct Layout(long Vectors, long Common, long WordStarts, long Table, long Chars, long End, long FileLength)
    {
        public static Layout For(int dimensions, int count, int slots, long chars)
        {
            var vectors = (long)HeaderSize;
            var common = Align(vectors + ((long)count * dimensions * sizeof(float)));
            var starts = Align(common + ((long)dimensions * sizeof(float)));
            var table = Align(starts + ((count + 1L) * sizeof(int)));
            var text = Align(table + ((long)slots * sizeof(int)));
            var end = Align(text + (chars * sizeof(char)));
            return new Layout(vectors, common, starts, table, text, end, end + EndMarker.Length);
        }

        private static long Align(long offset) => (offset + 63) & ~63L;
    }

    /// <summary>Writes <paramref name="table"/> to <paramref name="path"/> (the caller makes it atomic).</summary>
    public static void Write(string path, WordVectorTable table, ReadOnlySpan<float> commonComponent)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The word-vector cache is little-endian only.");
        }

        var count = table.Count;
        var starts = new int[count + 1];
        var chars = 0L;
        for (var i = 0; i < count; i++)
        {
            starts[i] = checked((int)chars);
            chars += table.Words[i].Length;
        }

        starts[count] = checked((int)chars);
        var text = new char[chars];
        for (var i = 0; i < count; i++)
        {
            table.Words[i].CopyTo(text.AsSpan(starts[i]));
        }

        var slots = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count * 2));
        var hashTable = new int[slots];
        for (var i = 0; i < count; i++)
        {
            var slot = (int)(Hash(table.Words[i]) & (uint)(slots - 1));
            while (hashTable[slot] != 0)
            {
                slot = (slot + 1) & (slots - 1);
            }

            hashTable[slot] = i + 1;
        }

        var layout = Layout.For(table.Dimensions, count, slots, chars);
        var common = commonComponent.ToArray();
        var checksum = Checksum(common, starts, hashTable, text);

        Span<byte> header = stackalloc byte[HeaderSize];
        header.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(header, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], Version);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], table.Dimensions);
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], count);
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], slots);
        BinaryPrimitives.WriteInt64LittleEndian(header[24..], chars);
        BinaryPrimitives.WriteInt64LittleEndian(header[32..], layout.FileLength);
        BinaryPrimitives.WriteUInt64LittleEndian(header[40..], checksum);

        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20);
        file.SetLength(layout.FileLength);
        file.Write(header);
        WriteAt(file, layout.Vectors, MemoryMarshal.AsBytes(table.Vectors.AsSpan(0, count * table.Dimensions)));
        WriteAt(file, layout.Common, MemoryMarshal.AsBytes(common.AsSpan()));
        WriteAt(file, layout.WordStarts, MemoryMarshal.AsBytes(starts.AsSpan()));
        WriteAt(file, layout.Table, MemoryMarshal.AsBytes(hashTable.AsSpan()));
        WriteAt(file, layout.Chars, MemoryMarshal.AsBytes(text.AsSpan()));
        WriteAt(file, layout.End, EndMarker);
        file.Flush(flushToDisk: true);
    }

    private static void WriteAt(FileStream file, long offset, ReadOnlySpan<byte> bytes)
    {
        file.Position = offset;
        file.Write(bytes);
    }

    /// <summary>FNV-1a over the UTF-16 code units: stable across runs and platforms, unlike string.GetHashCode.</summary>
    public static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    /// <summary>A 64-bit FNV-style checksum of the small sections, computed 8 bytes at a time (a few ms for 341k words).</summary>
    public static ulong Checksum(ReadOnlySpan<float> common, ReadOnlySpan<int> starts, ReadOnlySpan<int> table, ReadOnlySpan<char> chars)
    {
        var hash = 14695981039346656037ul;
        hash = Mix(hash, MemoryMarshal.AsBytes(common));
        hash = Mix(hash, MemoryMarshal.AsBytes(starts));
        hash = Mix(hash, MemoryMarshal.AsBytes(table));
        return Mix(hash, MemoryMarshal.AsBytes(chars));
    }

    private static ulong Mix(ulong hash, ReadOnlySpan<byte> bytes)
    {
        var words = MemoryMarshal.Cast<byte, ulong>(bytes);
        foreach (var w in words)
        {
            hash = (hash ^ w) * 1099511628211ul;
        }

        foreach (var b in bytes[(words.Length * sizeof(ulong))..])
        {
            hash = (hash ^ b) * 1099511628211ul;
        }

        return (hash ^ (ulong)bytes.Length) * 1099511628211ul;
    }
}
