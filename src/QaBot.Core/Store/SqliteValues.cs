using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace QaBot.Core.Store;

/// <summary>How .NET property values become SQLite values and back (and vectors become little-endian float32 BLOBs).</summary>
internal static class SqliteValues
{
    private const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'+00:00'";

    public static bool IsSupportedDataType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) || type == typeof(int) || type == typeof(long) || type == typeof(double)
            || type == typeof(float) || type == typeof(bool) || type == typeof(DateTimeOffset) || type == typeof(Guid)
            || IsStringList(type);
    }

    public static bool IsStringList(Type type) => type == typeof(string[]) || type == typeof(List<string>);

    public static string SqlType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(int) || type == typeof(long) || type == typeof(bool) ? "INTEGER"
            : type == typeof(double) || type == typeof(float) ? "REAL"
            : "TEXT";
    }

    /// <summary>A value as stored: DateTimeOffset as sortable UTC text, bool as 0/1, string lists as JSON.</summary>
    public static object ToDb(object? value) => value switch
    {
        null => DBNull.Value,
        bool b => b ? 1L : 0L,
        DateTimeOffset d => d.ToUniversalTime().ToString(DateFormat, CultureInfo.InvariantCulture),
        DateTime d => new DateTimeOffset(d.ToUniversalTime()).ToString(DateFormat, CultureInfo.InvariantCulture),
        Guid g => g.ToString("D"),
        float f => (double)f,
        string s => s,
        IEnumerable<string> list => JsonSerializer.Serialize(list),
        _ => value,
    };

    public static object? FromDb(object value, Type type)
    {
        if (value is DBNull)
        {
            return null;
        }

        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string))
        {
            return Convert.ToString(value, CultureInfo.InvariantCulture);
        }

        if (t == typeof(int))
        {
            return Convert.ToInt32(value, CultureInfo.InvariantCulture);
        }

        if (t == typeof(long))
        {
            return Convert.ToInt64(value, CultureInfo.InvariantCulture);
        }

        if (t == typeof(bool))
        {
            return Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0;
        }

        if (t == typeof(double))
        {
            return Convert.ToDouble(value, CultureInfo.InvariantCulture);
        }

        if (t == typeof(float))
        {
            return Convert.ToSingle(value, CultureInfo.InvariantCulture);
        }

        if (t == typeof(DateTimeOffset))
        {
            return DateTimeOffset.Parse((string)value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        }

        if (t == typeof(Guid))
        {
            return Guid.Parse((string)value);
        }

        if (t == typeof(string[]))
        {
            return JsonSerializer.Deserialize<string[]>((string)value);
        }

        if (t == typeof(List<string>))
        {
            return JsonSerializer.Deserialize<List<string>>((string)value);
        }

        throw new NotSupportedException($"Cannot read a {type.Name} from SQLite.");
    }

    /// <summary>The floats of a vector property value, or null when the record has no vector.</summary>
    public static ReadOnlyMemory<float>? VectorOf(object? value) => value switch
    {
        null => null,
        ReadOnlyMemory<float> m => m,
        float[] a => a,
        Embedding<float> e => e.Vector,
        _ => throw new NotSupportedException($"Vector values of type {value.GetType().Name} are not supported; use {SqliteModelBuilder.SupportedVectorTypes}."),
    };

    public static object? VectorAs(float[] vector, Type type) =>
        type == typeof(float[]) ? vector
        : type == typeof(Embedding<float>) ? new Embedding<float>(vector)
        : new ReadOnlyMemory<float>(vector);

    public static byte[] ToBlob(ReadOnlySpan<float> vector)
    {
        var bytes = new byte[vector.Length * sizeof(float)];
        if (BitConverter.IsLittleEndian)
        {
            MemoryMarshal.AsBytes(vector).CopyTo(bytes);
        }
        else
        {
            for (var i = 0; i < vector.Length; i++)
            {
                BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), vector[i]);
            }
        }

        return bytes;
    }

    public static float[] FromBlob(ReadOnlySpan<byte> blob)
    {
        var vector = new float[blob.Length / sizeof(float)];
        if (BitConverter.IsLittleEndian)
        {
            blob[..(vector.Length * sizeof(float))].CopyTo(MemoryMarshal.AsBytes(vector.AsSpan()));
        }
        else
        {
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] = BinaryPrimitives.ReadSingleLittleEndian(blob[(i * sizeof(float))..]);
            }
        }

        return vector;
    }
}
