using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AiContracts.Domain;
using AiContracts.Domain.Internal;
using AiContracts.Json.Internal;

namespace AiContracts.Json;

/// <summary>
/// Reads and writes <see cref="AiContract"/>s as JSON: camelCase members, smart enums by name, NodaTime values as ISO
/// strings, money as <c>{"amount": 1234.50, "currency": "EUR"}</c> with exact decimals, the <c>extensions</c> object
/// kept losslessly, empty arrays and absent values left out.
/// </summary>
/// <remarks>
/// Reading is strict: unknown members, duplicate members, unknown enum names, invalid values, a missing or
/// unsupported <c>schemaVersion</c>, documents nested deeper than <see cref="AiContractJsonOptions.MaxDepth"/> or
/// larger than <see cref="AiContractJsonOptions.MaxDocumentBytes"/> all fail with a <see cref="ContractJsonException"/>
/// that names the element and its line and column. No other exception type escapes a read, except
/// <see cref="ArgumentNullException"/> for a null argument and <see cref="OperationCanceledException"/> on cancellation.
/// Reading a stream reads it to its end first; the stream's own exceptions (<see cref="IOException"/>,
/// <see cref="ObjectDisposedException"/>, <see cref="NotSupportedException"/>) surface as they are.
/// A contract that cannot be written (nested deeper than the limit in its extensions, holding a lone surrogate in its
/// text, or larger than <see cref="AiContractJsonOptions.MaxDocumentBytes"/> once written) fails with a
/// <see cref="ContractJsonException"/> too, before anything reaches a stream; I/O errors of a stream surface as they are.
/// The limits apply to writing as to reading, so whatever a serializer writes, a serializer with the same options reads
/// back: a contract read just under the size limit from compact JSON is refused rather than written back indented
/// over the limit.
/// <para>Thread safety: an instance is immutable and safe to share across threads; create one and reuse it.</para>
/// </remarks>
public sealed class AiContractSerializer
{
    private readonly JsonSerializerOptions _options;
    private readonly JsonTypeInfo<AiContract> _contractInfo;

    /// <summary>Creates a serializer.</summary>
    /// <param name="options">The options; <see cref="AiContractJsonOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">An option is out of range; the message lists each.</exception>
    public AiContractSerializer(AiContractJsonOptions? options = null)
    {
        Options = options ?? AiContractJsonOptions.Default;
        Options.Validate();
        _options = ContractJsonOptionsFactory.Create(Options);
        _contractInfo = (JsonTypeInfo<AiContract>)_options.GetTypeInfo(typeof(AiContract));
    }

    /// <summary>A serializer with the default options.</summary>
    public static AiContractSerializer Default { get; } = new();

    /// <summary>The options this serializer uses.</summary>
    public AiContractJsonOptions Options { get; }

    /// <summary>The System.Text.Json options behind this serializer (read-only); they describe the model only.</summary>
    internal JsonSerializerOptions JsonSerializerOptions => _options;

    /// <summary>Writes a contract as a JSON string.</summary>
    /// <param name="contract">The contract.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contract"/> is null.</exception>
    /// <exception cref="ContractJsonException">The contract cannot be written: it nests deeper than <see cref="AiContractJsonOptions.MaxDepth"/>, holds text that is not valid Unicode (a lone surrogate), or would be larger than <see cref="AiContractJsonOptions.MaxDocumentBytes"/> (the message gives both sizes).</exception>
    public string Serialize(AiContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return Encoding.UTF8.GetString(Write(contract));
    }

    /// <summary>Writes a contract as UTF-8 JSON bytes.</summary>
    /// <param name="contract">The contract.</param>
    /// <returns>The UTF-8 bytes, without a byte-order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contract"/> is null.</exception>
    /// <exception cref="ContractJsonException">The contract cannot be written: it nests deeper than <see cref="AiContractJsonOptions.MaxDepth"/>, holds text that is not valid Unicode (a lone surrogate), or would be larger than <see cref="AiContractJsonOptions.MaxDocumentBytes"/> (the message gives both sizes).</exception>
    public byte[] SerializeToUtf8Bytes(AiContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return Write(contract);
    }

    /// <summary>Writes a contract to a stream as UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream to write to; it is not closed.</param>
    /// <param name="contract">The contract.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ContractJsonException">The contract cannot be written: it nests deeper than <see cref="AiContractJsonOptions.MaxDepth"/>, holds text that is not valid Unicode (a lone surrogate), or would be larger than <see cref="AiContractJsonOptions.MaxDocumentBytes"/> (the message gives both sizes).</exception>
    public void Serialize(Stream utf8Json, AiContract contract)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(contract);
        utf8Json.Write(Write(contract));
    }

    /// <summary>Writes a contract to a stream as UTF-8 JSON, asynchronously.</summary>
    /// <param name="utf8Json">The stream to write to; it is not closed.</param>
    /// <param name="contract">The contract.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the contract is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ContractJsonException">The contract cannot be written: it nests deeper than <see cref="AiContractJsonOptions.MaxDepth"/>, holds text that is not valid Unicode (a lone surrogate), or would be larger than <see cref="AiContractJsonOptions.MaxDocumentBytes"/> (the message gives both sizes).</exception>
    public Task SerializeAsync(Stream utf8Json, AiContract contract, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(contract);
        return WriteAsync(utf8Json, contract, cancellationToken);
    }

    /// <summary>Reads a contract from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The contract.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ContractJsonException">The text is not a valid contract document; the message says where and why.</exception>
    public AiContract Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > Options.MaxDocumentBytes)
        {
            throw TooLarge();
        }

        if (Internal.Converters.JsonTokens.LoneSurrogate(json) is var at and >= 0)
        {
            // Encoding would silently replace it with U+FFFD: refuse instead of changing the text.
            var (line, column) = ErrorTranslator.LineAndColumn(json, at);
            throw ErrorTranslator.Create(
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The text is not valid Unicode: it has a lone surrogate (U+{(int)json[at]:X4}), which JSON cannot carry."),
                null,
                line,
                column,
                null);
        }

        var byteCount = Encoding.UTF8.GetByteCount(json);
        if (byteCount > Options.MaxDocumentBytes)
        {
            throw TooLarge();
        }

        var bytes = ArrayPool<byte>.Shared.Rent(byteCount);
        try
        {
            var length = Encoding.UTF8.GetBytes(json, bytes);
            return Read(bytes.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Reads a contract from UTF-8 JSON bytes (a leading byte-order mark is allowed).</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <returns>The contract.</returns>
    /// <exception cref="ContractJsonException">The bytes are not a valid contract document; the message says where and why.</exception>
    public AiContract Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.Length > Options.MaxDocumentBytes)
        {
            throw TooLarge();
        }

        return Read(utf8Json);
    }

    /// <summary>Reads a contract from a stream of UTF-8 JSON (a leading byte-order mark is allowed).</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <returns>The contract.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ContractJsonException">The stream is not a valid contract document or is larger than allowed.</exception>
    public AiContract Deserialize(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = StreamReading.ReadAll(utf8Json, Options.MaxDocumentBytes) ?? throw TooLarge();
        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Reads a contract from a stream of UTF-8 JSON, asynchronously (a leading byte-order mark is allowed).</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The contract.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ContractJsonException">The stream is not a valid contract document or is larger than allowed.</exception>
    public async ValueTask<AiContract> DeserializeAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = await StreamReading.ReadAllAsync(utf8Json, Options.MaxDocumentBytes, cancellationToken).ConfigureAwait(false) ?? throw TooLarge();
        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    private async Task WriteAsync(Stream utf8Json, AiContract contract, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var bytes = Write(contract);
        await utf8Json.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes the whole document to memory first, so that a document over <see cref="AiContractJsonOptions.MaxDocumentBytes"/>
    /// is refused before anything reaches a stream.
    /// </summary>
    private byte[] Write(AiContract contract)
    {
        byte[] bytes;
        try
        {
            bytes = JsonSerializer.SerializeToUtf8Bytes(contract, _contractInfo);
        }
        catch (JsonException e)
        {
            throw ErrorTranslator.TranslateWrite(e, _options, contract);
        }

        if (bytes.Length > Options.MaxDocumentBytes)
        {
            throw ErrorTranslator.Create(
                string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"The contract would be written as {bytes.Length} bytes, larger than the configured limit of {Options.MaxDocumentBytes} bytes (AiContractJsonOptions.MaxDocumentBytes), so a serializer with the same options could not read it back; raise the limit{(Options.WriteIndented ? " or write it without indentation (AiContractJsonOptions.WriteIndented = false)" : string.Empty)}."),
                null,
                null,
                null,
                null);
        }

        return bytes;
    }

    private ContractJsonException TooLarge() =>
        ErrorTranslator.Create(
            $"The document is larger than the configured limit of {Options.MaxDocumentBytes} bytes (AiContractJsonOptions.MaxDocumentBytes).",
            null,
            null,
            null,
            null);

    private AiContract Read(ReadOnlySpan<byte> utf8Json)
    {
        utf8Json = TextInput.WithoutByteOrderMark(utf8Json);

        try
        {
            return JsonSerializer.Deserialize(utf8Json, _contractInfo)
                ?? throw ErrorTranslator.Create("The document is null; expected a contract object.", "$", 1, 1, null);
        }
        catch (JsonException e)
        {
            throw ErrorTranslator.Translate(e, _options, utf8Json);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or InvalidOperationException or FormatException or OverflowException)
        {
            // Defensive: no other exception type may escape a read. These carry no location from System.Text.Json.
            throw ErrorTranslator.Create($"The document could not be read: {e.Message}", null, null, null, e);
        }
    }
}
