using Microsoft.Extensions.VectorData;

namespace QaBot.Tests.Store;

/// <summary>A record using every data type the store supports.</summary>
public sealed class AllTypesRecord
{
    [VectorStoreKey]
    public string Id { get; set; } = "";

    [VectorStoreData(IsIndexed = true)]
    public string Name { get; set; } = "";

    [VectorStoreData]
    public string? OptionalText { get; set; }

    [VectorStoreData]
    public int Count { get; set; }

    [VectorStoreData]
    public int? MaybeCount { get; set; }

    [VectorStoreData]
    public long Big { get; set; }

    [VectorStoreData]
    public double Ratio { get; set; }

    [VectorStoreData]
    public float Weight { get; set; }

    [VectorStoreData]
    public bool Flag { get; set; }

    [VectorStoreData]
    public bool? MaybeFlag { get; set; }

    [VectorStoreData]
    public DateTimeOffset When { get; set; }

    [VectorStoreData]
    public DateTimeOffset? MaybeWhen { get; set; }

    [VectorStoreData]
    public Guid Token { get; set; }

    [VectorStoreData]
    public string[] Tags { get; set; } = [];

    [VectorStoreData]
    public List<string>? Labels { get; set; }

    [VectorStoreData(IsFullTextIndexed = true)]
    public string Body { get; set; } = "";

    [VectorStoreVector(4)]
    public float[]? Vector { get; set; }
}

/// <summary>A record with a long key, which the store refuses.</summary>
public sealed class LongKeyRecord
{
    [VectorStoreKey]
    public long Id { get; set; }

    [VectorStoreData]
    public string Name { get; set; } = "";
}
