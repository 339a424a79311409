using Ardalis.SmartEnum;

namespace AiContracts.Domain.Exit;

/// <summary>A format data is exported in.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class DataFormat : SmartEnum<DataFormat>
{
    /// <summary>JSON.</summary>
    public static readonly DataFormat Json = new(nameof(Json), 1, isOpen: true);

    /// <summary>JSON Lines.</summary>
    public static readonly DataFormat JsonLines = new(nameof(JsonLines), 2, isOpen: true);

    /// <summary>Comma-separated values.</summary>
    public static readonly DataFormat Csv = new(nameof(Csv), 3, isOpen: true);

    /// <summary>Apache Parquet.</summary>
    public static readonly DataFormat Parquet = new(nameof(Parquet), 4, isOpen: true);

    /// <summary>Apache Avro.</summary>
    public static readonly DataFormat Avro = new(nameof(Avro), 5, isOpen: true);

    /// <summary>XML.</summary>
    public static readonly DataFormat Xml = new(nameof(Xml), 6, isOpen: true);

    /// <summary>A SQL dump of a standard database.</summary>
    public static readonly DataFormat SqlDump = new(nameof(SqlDump), 7, isOpen: true);

    /// <summary>A format only the provider's tooling can read.</summary>
    public static readonly DataFormat Proprietary = new(nameof(Proprietary), 8, isOpen: false);

    private DataFormat(string name, int value, bool isOpen)
        : base(name, value)
    {
        IsOpen = isOpen;
    }

    /// <summary>Whether the format is openly specified and readable with tools not controlled by the provider.</summary>
    public bool IsOpen { get; }
}
