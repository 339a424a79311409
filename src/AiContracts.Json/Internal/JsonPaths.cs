using AiContracts.Domain.Diagnostics;

namespace AiContracts.Json;

/// <summary>Converts the JSON paths System.Text.Json reports (<c>$.a.b[0]['c.d']</c>) to RFC 6901 JSON Pointers.</summary>
internal static class JsonPaths
{
    /// <summary>Splits a JSON path into its segments: member names and array indexes as text.</summary>
    internal static List<string> Segments(string path)
    {
        var segments = new List<string>();
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var start = ++i;
                while (i < path.Length && path[i] != '.' && path[i] != '[')
                {
                    i++;
                }

                segments.Add(path[start..i]);
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                // ['name'] with '' as an escaped quote is not produced by System.Text.Json; names end at the first "']".
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    segments.Add(path[(i + 2)..]);
                    break;
                }

                segments.Add(path[(i + 2)..end]);
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0)
                {
                    segments.Add(path[(i + 1)..]);
                    break;
                }

                segments.Add(path[(i + 1)..end]);
                i = end + 1;
            }
            else
            {
                i++;
            }
        }

        return segments;
    }

    /// <summary>The RFC 6901 pointer of a JSON path: <c>$.a.b[0]</c> becomes <c>/a/b/0</c>, and <c>$</c> becomes the empty pointer.</summary>
    internal static string ToPointer(string path)
    {
        var pointer = JsonPointer.Root;
        foreach (var segment in Segments(path))
        {
            pointer /= segment;
        }

        return pointer.ToString();
    }
}
