using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AiContracts.Json.Internal;

/// <summary>
/// Maps the JSON Pointer of every member and element of a document to its 1-based line and column, built once per
/// document in one pass of a reader (and only when there is something to report).
/// </summary>
internal sealed class PositionIndex
{
    private readonly Dictionary<string, (int Line, int Column)> _positions = new(StringComparer.Ordinal);
    private Dictionary<string, List<(int Line, int Column)>>? _repeats;

    private PositionIndex()
    {
    }

    internal static PositionIndex Build(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        var index = new PositionIndex();
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < utf8Json.Length; i++)
        {
            if (utf8Json[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth, CommentHandling = JsonCommentHandling.Skip });
        var path = new List<string>();
        var arrayIndexes = new Stack<int>();
        var containers = new Stack<bool>(); // true for arrays
        string? pendingName = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingName = reader.GetString();
                        index.Record(path, pendingName!, reader.TokenStartIndex, lineStarts);
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        containers.Pop();
                        if (reader.TokenType == JsonTokenType.EndArray)
                        {
                            arrayIndexes.Pop();
                        }

                        if (path.Count > 0)
                        {
                            path.RemoveAt(path.Count - 1);
                        }

                        continue;
                }

                // A value: a member's value, an array element or the root.
                string? segment = null;
                if (pendingName is not null)
                {
                    segment = pendingName;
                    pendingName = null;
                }
                else if (containers.Count > 0 && containers.Peek())
                {
                    var i = arrayIndexes.Pop();
                    arrayIndexes.Push(i + 1);
                    segment = i.ToString(CultureInfo.InvariantCulture);
                    index.Record(path, segment, reader.TokenStartIndex, lineStarts);
                }
                else if (containers.Count == 0)
                {
                    index._positions[string.Empty] = Position(reader.TokenStartIndex, lineStarts);
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    if (containers.Count > 0)
                    {
                        path.Add(segment!);
                    }

                    containers.Push(reader.TokenType == JsonTokenType.StartArray);
                    if (reader.TokenType == JsonTokenType.StartArray)
                    {
                        arrayIndexes.Push(0);
                    }
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Positions up to the problem are known; the rest stay unmapped.
        }

        return index;
    }

    /// <summary>The position of the element at <paramref name="pointer"/>, or of its nearest mapped ancestor.</summary>
    /// <summary>The position of the <paramref name="repetition"/>-th repetition (0 for the second occurrence) of a member name.</summary>
    internal (int Line, int Column)? FindRepetition(string pointer, int repetition) =>
        _repeats is not null && _repeats.TryGetValue(pointer, out var repeats) && repetition < repeats.Count ? repeats[repetition] : Find(pointer);

    internal (int Line, int Column)? Find(string pointer)
    {
        for (var p = pointer; ;)
        {
            if (_positions.TryGetValue(p, out var position))
            {
                return position;
            }

            var slash = p.LastIndexOf('/');
            if (slash < 0)
            {
                // The root, or a pointer a custom rule wrote without a leading slash.
                return p.Length == 0 ? null : _positions.TryGetValue(string.Empty, out var root) ? root : null;
            }

            p = p[..slash];
        }
    }

    private void Record(List<string> path, string segment, long offset, List<int> lineStarts)
    {
        var pointer = new StringBuilder();
        foreach (var part in path)
        {
            pointer.Append('/').Append(Escape(part));
        }

        pointer.Append('/').Append(Escape(segment));
        var key = pointer.ToString();
        if (!_positions.TryAdd(key, Position(offset, lineStarts)))
        {
            // A repeated member name: remember where each repetition is, for the findings about them.
            _repeats ??= new(StringComparer.Ordinal);
            if (!_repeats.TryGetValue(key, out var repeats))
            {
                _repeats[key] = repeats = [];
            }

            repeats.Add(Position(offset, lineStarts));
        }
    }

    private static (int Line, int Column) Position(long offset, List<int> lineStarts)
    {
        var line = lineStarts.BinarySearch((int)offset);
        line = line >= 0 ? line : ~line - 1;
        return (line + 1, (int)offset - lineStarts[line] + 1);
    }

    private static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
