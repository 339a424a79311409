using System.Globalization;
using System.Text;

namespace AiContracts.Json;

/// <summary>Options for reading and writing contract JSON with <see cref="AiContractSerializer"/>.</summary>
/// <remarks>Immutable once given to a serializer: the serializer copies the values it needs.</remarks>
public sealed record AiContractJsonOptions
{
    /// <summary>The default options: indented output, a depth limit of 64, a size limit of 16 MiB.</summary>
    public static AiContractJsonOptions Default { get; } = new();

    /// <summary>The deepest nesting of objects and arrays accepted on read and produced on write.</summary>
    /// <value>64 by default; between 8 and 1024.</value>
    public int MaxDepth { get; init; } = 64;

    /// <summary>The largest document accepted on read and produced on write, in bytes (UTF-8) as written, whitespace included.</summary>
    /// <value>16 MiB by default; at least 1 KiB and at most <see cref="Array.MaxLength"/> (about 2 GiB).</value>
    /// <remarks>
    /// A serializer refuses to write a document its own reader would refuse (a <see cref="ContractJsonException"/> that
    /// gives both sizes), so a round trip with the same options either succeeds or fails on write. Indentation counts:
    /// a contract read from compact JSON just under the limit may be too large to write indented; write it with
    /// <see cref="WriteIndented"/> false or raise the limit. The limit is measured on the bytes as given, not on a
    /// compacted form, so that a reader refuses an oversized document before parsing it.
    /// </remarks>
    public long MaxDocumentBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Whether output is indented for people to read.</summary>
    /// <value>True by default.</value>
    public bool WriteIndented { get; init; } = true;

    /// <summary>Checks the values and lists every one that is out of range.</summary>
    /// <exception cref="ArgumentException">One or more values are out of range; the message lists each.</exception>
    internal void Validate()
    {
        var problems = new List<string>();
        if (MaxDepth is < 8 or > 1024)
        {
            problems.Add($"MaxDepth is {MaxDepth}; it must be between 8 and 1024.");
        }

        if (MaxDocumentBytes < 1024 || MaxDocumentBytes > Array.MaxLength)
        {
            problems.Add($"MaxDocumentBytes is {MaxDocumentBytes}; it must be between 1024 and {Array.MaxLength}.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid AiContractJsonOptions:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "- " + p)));
        }
    }

    /// <summary>Writes the members as the compiler would, with the invariant culture, so that the text is the same on every machine.</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"MaxDepth = {MaxDepth}, MaxDocumentBytes = {MaxDocumentBytes}, WriteIndented = {WriteIndented}");
        return true;
    }
}
