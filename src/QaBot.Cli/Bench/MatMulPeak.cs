using System.Diagnostics;
using Microsoft.ML.OnnxRuntime;

namespace QaBot.Cli.Bench;

/// <summary>
/// What this CPU achieves on the encoder's own kind of work: ONNX Runtime multiplying a [tokens × 384] activation by a
/// constant [384 × 1536] weight (the encoder's feed-forward shape, the same MLAS kernels) on a given thread count, in
/// GFLOP/s. The one-node model is written here as ONNX protobuf bytes, so nothing is downloaded or shipped.
/// </summary>
internal static class MatMulPeak
{
    private const int Rows = 2048;
    private const int Inner = 384;
    private const int Columns = 1536;

    /// <summary>GFLOP/s of the best of several timed multiplications (after a warm-up) on <paramref name="threads"/> threads.</summary>
    public static double Measure(int threads, int repetitions)
    {
        using var options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            IntraOpNumThreads = threads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        };
        using var session = new InferenceSession(Model(), options);
        var input = new float[Rows * Inner];
        var random = new Random(7);
        for (var i = 0; i < input.Length; i++)
        {
            input[i] = (float)(random.NextDouble() - 0.5);
        }

        using var value = OrtValue.CreateTensorValueFromMemory(input, [Rows, Inner]);
        var inputs = new Dictionary<string, OrtValue>(StringComparer.Ordinal) { ["a"] = value };
        using var runOptions = new RunOptions();
        var best = double.MaxValue;
        for (var r = -2; r < repetitions; r++)
        {
            var start = Stopwatch.GetTimestamp();
            using var outputs = session.Run(runOptions, inputs, ["c"]);
            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            if (r >= 0)
            {
                best = Math.Min(best, seconds);
            }
        }

        return 2.0 * Rows * Inner * Columns / best / 1e9;
    }

    /// <summary>ModelProto: c = MatMul(a [Rows × Inner], b) with b a constant [Inner × Columns] initializer.</summary>
    private static byte[] Model()
    {
        var weights = new byte[Inner * Columns * sizeof(float)];
        var random = new Random(11);
        for (var i = 0; i < Inner * Columns; i++)
        {
            BitConverter.TryWriteBytes(weights.AsSpan(i * sizeof(float)), (float)(random.NextDouble() - 0.5) * 0.1f);
        }

        var node = Bytes(String(1, "a"), String(1, "b"), String(2, "c"), String(4, "MatMul"));
        var initializer = Bytes(Varint(1, Inner), Varint(1, Columns), Varint(2, 1), String(8, "b"), Field(9, weights));
        var graph = Bytes(Field(1, node), String(2, "matmul"), Field(5, initializer), Field(11, Tensor("a", Rows, Inner)), Field(12, Tensor("c", Rows, Columns)));
        var opset = Bytes(String(1, ""), Varint(2, 13));
        return Bytes(Varint(1, 8), Field(8, opset), Field(7, graph));
    }

    /// <summary>ValueInfoProto of a float tensor with a fixed shape.</summary>
    private static byte[] Tensor(string name, long rows, long columns)
    {
        var shape = Bytes(Field(1, Varint(1, rows)), Field(1, Varint(1, columns)));
        var tensorType = Bytes(Varint(1, 1), Field(2, shape));
        return Bytes(String(1, name), Field(2, Field(1, tensorType)));
    }

    private static byte[] String(int field, string text) => Field(field, System.Text.Encoding.UTF8.GetBytes(text));

    private static byte[] Field(int field, byte[] payload) => Bytes(Key(field, 2), RawVarint((ulong)payload.Length), payload);

    private static byte[] Varint(int field, long value) => Bytes(Key(field, 0), RawVarint((ulong)value));

    private static byte[] Key(int field, int wireType) => RawVarint((ulong)((field << 3) | wireType));

    private static byte[] RawVarint(ulong value)
    {
        var bytes = new List<byte>();
        do
        {
            var b = (byte)(value & 0x7F);
            value >>= 7;
            bytes.Add(value == 0 ? b : (byte)(b | 0x80));
        }
        while (value != 0);
        return [.. bytes];
    }

    private static byte[] Bytes(params byte[][] parts) => [.. parts.SelectMany(p => p)];
}
