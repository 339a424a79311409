using Ardalis.SmartEnum;

namespace AiContracts.Domain.Integration;

/// <summary>How an interface is specified.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class InterfaceKind : SmartEnum<InterfaceKind>
{
    /// <summary>An HTTP API described by an OpenAPI document.</summary>
    public static readonly InterfaceKind OpenApi = new(nameof(OpenApi), 1);

    /// <summary>An event-driven API described by an AsyncAPI document.</summary>
    public static readonly InterfaceKind AsyncApi = new(nameof(AsyncApi), 2);

    /// <summary>A gRPC API described by Protocol Buffers.</summary>
    public static readonly InterfaceKind Grpc = new(nameof(Grpc), 3);

    /// <summary>A GraphQL API described by its schema.</summary>
    public static readonly InterfaceKind GraphQl = new(nameof(GraphQl), 4);

    /// <summary>A client library (SDK) with documented API reference.</summary>
    public static readonly InterfaceKind Sdk = new(nameof(Sdk), 5);

    /// <summary>Files exchanged in batches, described by a file schema.</summary>
    public static readonly InterfaceKind BatchFileExchange = new(nameof(BatchFileExchange), 6);

    /// <summary>Callbacks from the provider, described by a payload schema.</summary>
    public static readonly InterfaceKind Webhook = new(nameof(Webhook), 7);

    /// <summary>Another kind of interface; describe it.</summary>
    public static readonly InterfaceKind Other = new(nameof(Other), 8);

    private InterfaceKind(string name, int value)
        : base(name, value)
    {
    }
}
