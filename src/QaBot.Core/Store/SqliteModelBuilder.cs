using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData.ProviderServices;

namespace QaBot.Core.Store;

/// <summary>Turns a record type's attributes (or a <c>VectorStoreCollectionDefinition</c>) into the model our SQLite mapping understands.</summary>
internal sealed class SqliteModelBuilder() : CollectionModelBuilder(BuildingOptions)
{
    public const string SupportedDataTypes =
        "string, int, long, double, float, bool, DateTimeOffset, Guid (and their nullable forms), string[], List<string>";

    public const string SupportedVectorTypes = "ReadOnlyMemory<float>, ReadOnlyMemory<float>?, float[], Embedding<float>";

    private static readonly CollectionModelBuildingOptions BuildingOptions = new()
    {
        RequiresAtLeastOneVector = false,
        SupportsMultipleVectors = false,
    };

    protected override bool SupportsKeyAutoGeneration(Type keyPropertyType) => false;

    protected override void ValidateKeyProperty(KeyPropertyModel keyProperty)
    {
        if (keyProperty.Type != typeof(string))
        {
            throw new NotSupportedException(
                $"The key property '{keyProperty.ModelName}' is {keyProperty.Type.Name}; the QaBot SQLite store supports string keys only.");
        }
    }

    protected override bool IsDataPropertyTypeValid(Type type, [NotNullWhen(false)] out string? supportedTypes)
    {
        supportedTypes = SupportedDataTypes;
        return SqliteValues.IsSupportedDataType(type);
    }

    protected override bool IsVectorPropertyTypeValid(Type type, [NotNullWhen(false)] out string? supportedTypes)
    {
        supportedTypes = SupportedVectorTypes;
        return type == typeof(ReadOnlyMemory<float>)
            || type == typeof(ReadOnlyMemory<float>?)
            || type == typeof(float[])
            || type == typeof(Embedding<float>);
    }
}
