using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using AiContracts.Json.Internal.Converters;

namespace AiContracts.Json.Internal;

/// <summary>
/// Turns System.Text.Json's exceptions into <see cref="ContractJsonException"/>s whose messages name the element,
/// what was expected and what was found. Runs only on the error path, so it may re-read the document.
/// </summary>
internal static partial class ErrorTranslator
{
    internal static ContractJsonException Translate(JsonException exception, JsonSerializerOptions options, ReadOnlySpan<byte> utf8Json, bool checkVersion = true)
    {
        // A document of another major version usually fails on some member before its schemaVersion is reached:
        // report the version, which explains every other error. (Not for syntax errors: those come first.)
        if (checkVersion && SchemaVersionProblem(utf8Json, options) is { } version && exception.Path != "$.schemaVersion")
        {
            return Create(version.Detail, "$.schemaVersion", version.Line, version.Column, exception);
        }

        var path = exception.Path;
        var line = exception.LineNumber + 1;
        var column = exception.BytePositionInLine + 1;
        var detail = Describe(exception, options, utf8Json, ref path);
        return Create(detail, path, line, column, exception);
    }

    /// <summary>The first byte that is not part of valid UTF-8, with its line and column.</summary>
    internal static Domain.Diagnostics.Diagnostic InvalidUtf8(ReadOnlySpan<byte> utf8Json)
    {
        var index = Math.Max(0, Domain.Internal.TextInput.FirstInvalidUtf8(utf8Json));
        var (line, column) = Domain.Internal.LineIndex.Of(utf8Json, index);
        var detail = Domain.Internal.TextInput.InvalidUtf8Detail(utf8Json, index);
        return Domain.Diagnostics.DiagnosticCatalogue.MalformedJson.Create(string.Empty, "syntax", ("detail", detail)) with { Line = line, Column = column };
    }

    /// <summary>
    /// The 1-based line and column of a character index in a text, the column in the library's one unit, UTF-8 bytes
    /// (the text before <paramref name="index"/> must be valid Unicode).
    /// </summary>
    internal static (long Line, long Column) LineAndColumn(string text, int index) => Domain.Internal.LineIndex.Of(text.AsSpan(), index);

    /// <summary>Scans the root object for a <c>schemaVersion</c> this reader does not understand.</summary>
    private static (string Detail, long Line, long Column)? SchemaVersionProblem(ReadOnlySpan<byte> utf8Json, JsonSerializerOptions options)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = options.MaxDepth });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isVersion = reader.ValueTextEquals("schemaVersion"u8);
                reader.Read();
                if (isVersion && reader.TokenType == JsonTokenType.String)
                {
                    var text = reader.GetString()!;
                    var supported = Domain.Primitives.SchemaVersion.TryParse(text, out var version) && version.IsSupported;
                    if (supported || version is null)
                    {
                        return null;
                    }

                    var (line, column) = LineAndColumn(utf8Json, (int)reader.TokenStartIndex);
                    return ($"Schema version {version} is not supported: this reader understands version {Domain.Primitives.SchemaVersion.Current.Major}.x documents. Use a release of AiContracts.Json that reads version {version.Major}.", line, column);
                }

                reader.Skip();
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Malformed before the version: the original error stands.
        }

        return null;
    }

    internal static (long Line, long Column) LineAndColumn(ReadOnlySpan<byte> utf8, int index) => Domain.Internal.LineIndex.Of(utf8, index);

    /// <summary>Describes a failure to write a contract; System.Text.Json reports write paths with .NET member names.</summary>
    internal static ContractJsonException TranslateWrite(JsonException exception, JsonSerializerOptions options, object contract)
    {
        if (WriteProblemLocator.Find(contract, options) is { } located)
        {
            return Create($"The contract cannot be written: {located.Detail}", located.Path, null, null, exception);
        }

        var path = exception.Path is null ? null : CamelCasePath(exception.Path);
        var inner = exception.InnerException?.Message ?? string.Empty;
        var detail = inner.Contains("depth", StringComparison.OrdinalIgnoreCase) || exception.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
            ? $"The contract cannot be written: it nests deeper than the configured limit of {options.MaxDepth} levels (AiContractJsonOptions.MaxDepth)."
            : $"The contract cannot be written: {StripLocation(exception.Message)}";
        return Create(detail, path, null, null, exception);
    }

    private static string CamelCasePath(string path)
    {
        var result = new System.Text.StringBuilder("$");
        foreach (var segment in JsonPaths.Segments(path))
        {
            if (int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                result.Append('[').Append(segment).Append(']');
            }
            else
            {
                result.Append('.').Append(JsonNamingPolicy.CamelCase.ConvertName(segment));
            }
        }

        return result.ToString();
    }

    internal static ContractJsonException Create(string detail, string? path, long? line, long? column, Exception? inner)
    {
        var location = (path, line) switch
        {
            (not null, not null) => string.Create(CultureInfo.InvariantCulture, $"{path} (line {line}, column {column})"),
            (not null, null) => path,
            (null, not null) => string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}"),
            _ => null,
        };
        var message = location is null ? detail : $"{location}: {detail}";
        return new ContractJsonException(message, detail, path, line, column, inner);
    }

    private static string Describe(JsonException exception, JsonSerializerOptions options, ReadOnlySpan<byte> utf8Json, ref string? path)
    {
        // The library's own converters already wrote the detail; never parse it (it may quote input values).
        if (exception is ModelJsonException own)
        {
            if (own.SubPath is not null && path is not null)
            {
                path += own.SubPath;
            }

            var nullElement = NullElementPattern().Match(own.Message);
            if (nullElement.Success && path is not null)
            {
                // Reported once the array is read: point at the element itself.
                var open = path.LastIndexOf('[');
                var arrayPath = open > 0 && path.EndsWith(']') ? path[..open] : path;
                path = $"{arrayPath}[{nullElement.Groups["index"].Value}]";
                return "null is not allowed as an array element; remove it.";
            }

            return own.Message;
        }

        var message = StripLocation(exception.Message);
        if (exception.GetType().Name == "JsonReaderException" || exception.InnerException?.GetType().Name == "JsonReaderException")
        {
            // Reader messages quote at most a character of the input, never a whole value.
            if (message.Contains("maximum allowed depth", StringComparison.Ordinal) || message.Contains("maximum configured depth", StringComparison.Ordinal))
            {
                return $"The document is nested deeper than the configured limit of {options.MaxDepth} levels (AiContractJsonOptions.MaxDepth).";
            }

            if (message.Contains("does not contain any JSON tokens", StringComparison.Ordinal))
            {
                // An empty body, or only white space or a byte-order mark: say so rather than quote the reader.
                return "Malformed JSON: the document is empty (no JSON value, only white space or nothing at all).";
            }

            if (message.Contains("after a single JSON value", StringComparison.Ordinal))
            {
                // "'x' is invalid after a single JSON value. Expected end of data.": not truncated, too long.
                return "Malformed JSON: there is more text after the document's value; a document holds one JSON value (is it two documents, or is a bracket closed too early?).";
            }

            if (message.Contains("Expected depth to be zero", StringComparison.Ordinal) || message.Contains("end of data", StringComparison.Ordinal))
            {
                return "Malformed JSON: the document ends before every object and array is closed (is it truncated?).";
            }

            return $"Malformed JSON: {message.Replace(" Change the reader options.", string.Empty, StringComparison.Ordinal)}";
        }

        if (exception.InnerException is InvalidOperationException invalidText)
        {
            // For example a lone surrogate escape ("\ud800") that cannot become .NET text.
            return $"The value is not valid text: {StripLocation(invalidText.Message)}";
        }

        var unmapped = UnmappedPattern().Match(message);
        if (unmapped.Success)
        {
            var name = unmapped.Groups["name"].Value;
            var owner = ShortTypeName(unmapped.Groups["type"].Value);
            var parentPath = path is not null && path.EndsWith(name, StringComparison.Ordinal) ? ParentPath(path) : path;
            if (path is not null && path.Length > 200)
            {
                path = parentPath;
            }

            var known = parentPath is null ? null : ResolveType(options, parentPath) is { } parent ? MemberNames(options, parent) : null;
            var shown = Converters.JsonTokens.Shorten(name);
            return known is null
                ? $"Unknown member '{shown}' in {owner}."
                : $"Unknown member '{shown}' in {owner}; expected one of {string.Join(", ", known)}.";
        }

        var missing = MissingPattern().Match(message);
        if (missing.Success)
        {
            var names = missing.Groups["names"].Value;
            var many = names.Contains(',', StringComparison.Ordinal);
            return $"{ShortTypeName(missing.Groups["type"].Value)} is missing the required member{(many ? "s" : string.Empty)} {names}.";
        }

        var nullNotAllowed = NullPattern().Match(message);
        if (nullNotAllowed.Success)
        {
            var member = nullNotAllowed.Groups["name"].Value;
            member = member.Length > 0 ? char.ToLowerInvariant(member[0]) + member[1..] : member;
            return $"null is not allowed for '{member}' in {ShortTypeName(nullNotAllowed.Groups["type"].Value)}; give it a value.";
        }

        var duplicate = DuplicatePattern().Match(message);
        if (duplicate.Success)
        {
            if (path is not null && path.Length > 200)
            {
                path = ParentPath(path);
            }

            return $"Duplicate member '{Converters.JsonTokens.Shorten(duplicate.Groups["name"].Value)}'; each member may appear only once in an object.";
        }

        var conversion = ConversionPattern().Match(message);
        if (conversion.Success && path is not null)
        {
            var expected = ResolveType(options, path) is { } type ? DescribeExpected(options, type) : ShortTypeName(conversion.Groups["type"].Value);
            var found = DescribeFound(utf8Json, options, path);
            return found is null ? $"Expected {expected}." : $"Expected {expected} but found {found}.";
        }

        return message;
    }

    /// <summary>Removes System.Text.Json's own " Path: $ | LineNumber: 0 | BytePositionInLine: 0." suffix.</summary>
    private static string StripLocation(string message)
    {
        var at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (at < 0)
        {
            at = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        var text = at >= 0 ? message[..at] : message;
        return text.Trim();
    }

    private static string ShortTypeName(string fullName)
    {
        var dot = fullName.LastIndexOf('.');
        return dot >= 0 ? fullName[(dot + 1)..] : fullName;
    }

    private static string? ParentPath(string path)
    {
        var segments = JsonPaths.Segments(path);
        if (segments.Count == 0)
        {
            return null;
        }

        var parent = "$";
        for (var i = 0; i < segments.Count - 1; i++)
        {
            parent += int.TryParse(segments[i], NumberStyles.None, CultureInfo.InvariantCulture, out _) ? $"[{segments[i]}]" : $".{segments[i]}";
        }

        return parent;
    }

    /// <summary>The .NET type the model expects at a JSON path, walking the contract's metadata from the root.</summary>
    internal static Type? ResolveType(JsonSerializerOptions options, string path) => ResolveType(options, JsonPaths.Segments(path));

    /// <summary>The .NET type the model expects at a sequence of member names and array indexes.</summary>
    internal static Type? ResolveType(JsonSerializerOptions options, IEnumerable<string> segments, Type? root = null)
    {
        var type = root ?? typeof(Domain.AiContract);
        foreach (var segment in segments)
        {
            if (type == typeof(Domain.Primitives.Money))
            {
                // Money has its own converter, so no member metadata: its two members are known here.
                type = segment switch { "amount" => typeof(decimal), "currency" => typeof(Domain.Primitives.Currency), _ => null };
                if (type is null)
                {
                    return null;
                }

                continue;
            }

            var info = options.GetTypeInfo(type);
            if (info.Kind == JsonTypeInfoKind.Object)
            {
                var property = info.Properties.FirstOrDefault(p => p.Name == segment);
                if (property is null)
                {
                    return null;
                }

                type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            }
            else if (info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is not null)
            {
                type = Nullable.GetUnderlyingType(info.ElementType) ?? info.ElementType;
            }
            else
            {
                return null;
            }
        }

        return type;
    }

    internal static List<string>? MemberNames(JsonSerializerOptions options, Type type)
    {
        var info = options.GetTypeInfo(type);
        return info.Kind == JsonTypeInfoKind.Object ? [.. info.Properties.Select(p => p.Name)] : null;
    }

    internal static string DescribeExpected(JsonSerializerOptions options, Type type)
    {
        var info = options.GetTypeInfo(type);
        return info.Kind switch
        {
            JsonTypeInfoKind.Object => $"an object ({type.Name})",
            JsonTypeInfoKind.Enumerable => $"an array of {(info.ElementType is { } element ? element.Name : "values")}",
            _ => type.Name,
        };
    }

    private static string? DescribeFound(ReadOnlySpan<byte> utf8Json, JsonSerializerOptions options, string path)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8Json.ToArray(), new JsonDocumentOptions { MaxDepth = options.MaxDepth });
            var element = document.RootElement;
            foreach (var segment in JsonPaths.Segments(path))
            {
                if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(segment, out var child))
                {
                    element = child;
                }
                else if (element.ValueKind == JsonValueKind.Array
                    && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    && index < element.GetArrayLength())
                {
                    element = element[index];
                }
                else
                {
                    return null;
                }
            }

            return element.ValueKind switch
            {
                JsonValueKind.String => $"a string ('{Converters.JsonTokens.Shorten(element.GetString()!)}')",
                JsonValueKind.Number => $"a number ({Converters.JsonTokens.Shorten(element.GetRawText())})",
                _ => Converters.JsonTokens.Describe(element.ValueKind),
            };
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // The document cannot be re-read at that point (for example invalid UTF-8): describe nothing found.
            return null;
        }
    }

    [GeneratedRegex("^The JSON property '(?<name>.*)' could not be mapped to any \\.NET member contained in type '(?<type>[^']+)'", RegexOptions.Singleline)]
    private static partial Regex UnmappedPattern();

    [GeneratedRegex("^JSON deserialization for type '(?<type>[^']+)' was missing required properties including: (?<names>.*?)\\.?$", RegexOptions.Singleline)]
    private static partial Regex MissingPattern();

    [GeneratedRegex("'(?<name>[^']+)' on type '(?<type>[^']+)' doesn't allow (setting |getting )?null values", RegexOptions.Singleline)]
    private static partial Regex NullPattern();

    [GeneratedRegex("^Duplicate property '(?<name>.*)' encountered", RegexOptions.Singleline)]
    private static partial Regex DuplicatePattern();

    [GeneratedRegex("^The JSON value could not be converted to (?<type>[^.\\s][^\\s]*)\\.?$", RegexOptions.Singleline)]
    private static partial Regex ConversionPattern();

    [GeneratedRegex("^Element (?<index>[0-9]+) of the array is null")]
    private static partial Regex NullElementPattern();

}
