using System.Globalization;
using AiContracts.Domain;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Validation;
using AiContracts.Json;

namespace AiContracts.Cli;

/// <summary>What the commands share: reading files, playbooks and computation inputs, and printing findings.</summary>
internal static class CommandSupport
{
    /// <summary>The largest playbook, measurements or usage file read (contracts have the validator's own limit).</summary>
    private const int MaxInputBytes = 16 * 1024 * 1024;

    /// <summary>Resolves <c>--playbook</c>: a built-in name, or a JSON playbook file validated on load.</summary>
    /// <exception cref="CliException">Neither a built-in name nor a readable file, or the file is not a valid playbook (its findings are listed).</exception>
    public static Playbook LoadPlaybook(string value)
    {
        if (Playbook.BuiltIn.FirstOrDefault(p => p.Name == value) is { } builtIn)
        {
            return builtIn;
        }

        if (!File.Exists(value))
        {
            throw new CliException($"'{value}' is neither a built-in playbook ({string.Join(", ", Playbook.BuiltIn.Select(p => p.Name))}) nor a file.");
        }

        var result = PlaybookJson.Read(ReadBytes(value, MaxInputBytes));
        if (result.TryGetValue(out var playbook))
        {
            return playbook;
        }

        var findings = result.Report.Diagnostics.Select(d => Format(value, d));
        throw new CliException($"'{value}' is not a valid playbook:{Environment.NewLine}{string.Join(Environment.NewLine, findings)}");
    }

    /// <summary>Reads and validates a contract file; the contract is null when the document is invalid.</summary>
    public static (ValidationReport Report, AiContract? Contract) ReadContract(string path, ContractDocumentValidator validator)
    {
        var result = validator.Validate(ReadBytes(path, validator.Options.Json.MaxDocumentBytes));
        return (result.Report, result.Value);
    }

    /// <summary>Reads a computation input (measurements, usage) against its published schema; a bad file becomes findings.</summary>
    public static (T? Value, IReadOnlyList<Diagnostic> Findings) ReadInput<T>(string path)
        where T : class
    {
        var result = ComputationJson.Read<T>(ReadBytes(path, MaxInputBytes));
        return (result.IsValid ? result.Value : null, result.Report.Diagnostics);
    }

    /// <summary>The longest pointer a text line shows in full; JSON and SARIF always carry the full pointer.</summary>
    public const int MaxPointerLength = 200;

    /// <summary>One finding on one line: <c>path:line:column: severity CODE message (pointer)</c>, the pointer shortened past <see cref="MaxPointerLength"/>.</summary>
    public static string Format(string path, Diagnostic diagnostic) =>
        diagnostic.Line is null ? $"{path}: {Line(diagnostic)}" : $"{path}:{Line(diagnostic)}";

    /// <summary>A finding as <see cref="Diagnostic.ToString"/> writes it, with a pointer of more than <see cref="MaxPointerLength"/> characters shortened in the middle (the length is given).</summary>
    public static string Line(Diagnostic diagnostic) =>
        diagnostic.Pointer.Length <= MaxPointerLength ? diagnostic.ToString() : (diagnostic with { Pointer = ShortPointer(diagnostic.Pointer) }).ToString();

    private static string ShortPointer(string pointer) =>
        string.Create(CultureInfo.InvariantCulture, $"{pointer.AsSpan(0, 120)}...{pointer.AsSpan(pointer.Length - 60)}, {pointer.Length} characters");

    /// <summary>Prints findings, one per line.</summary>
    public static void Write(TextWriter output, string path, IEnumerable<Diagnostic> findings)
    {
        foreach (var finding in findings)
        {
            output.WriteLine(Format(path, finding));
        }
    }

    /// <summary>Money as its exact amount and currency, <c>1234.50 EUR</c>; a dash when absent.</summary>
    public static string Money(Domain.Primitives.Money? money) =>
        money is { } m ? string.Create(CultureInfo.InvariantCulture, $"{m.Amount} {m.Currency.Code}") : "-";

    internal static byte[] ReadBytes(string path, long limit)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"'{path}' does not exist.");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            return ReadBounded(stream, limit)
                ?? throw new CliException(string.Create(CultureInfo.InvariantCulture, $"'{path}' is larger than the limit of {limit} bytes."));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read '{path}': {e.Message}", e);
        }
    }

    /// <summary>Reads a stream to its end, or returns null as soon as it is longer than <paramref name="limit"/> bytes (the libraries' bounded read).</summary>
    internal static byte[]? ReadBounded(Stream stream, long limit)
    {
        using var buffer = Domain.Internal.StreamReading.ReadAll(stream, limit);
        return buffer is null ? null : buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }
}
