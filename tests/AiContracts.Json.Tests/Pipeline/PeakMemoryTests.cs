using System.Diagnostics;
using System.Globalization;
using System.Text;
using AiContracts.TestUtilities;

namespace AiContracts.Json.Tests.Pipeline;

/// <summary>
/// Memory bounded by the input: the worst shapes validated (with the strict playbook) in a fresh process
/// (tests/AiContracts.MemoryProbe), whose peak resident memory while reading the file and validating it, above what
/// it held before, is bounded by a multiple of the document. Never a time limit.
/// </summary>
/// <remarks>
/// The target of issue 11 is 10x for every shape, and each is held to it. A valid document is never parsed into a
/// <c>JsonDocument</c> (its index alone was 4 rows of 12 bytes per 12-byte object): one pass of a reader checks the
/// syntax, the schema and repeated names, the model is read from the bytes, and findings are located by a second pass.
/// The model holds an array of short number literals packed (8 bytes per number) and any other array of more than 256
/// elements as its compact text, its element objects made only when asked for. Measured: numbers 4.1x, small objects
/// 3.8x, the long string 3.0x.
/// </remarks>
public sealed class PeakMemoryTests
{
    private const int MiB = 1024 * 1024;

    private const string Head = """{"schemaVersion": "1.0", "id": "C-1", "title": "t", "status": "Draft", "extensions": {"data": [""";

    /// <summary>Each shape with its bound, a multiple of the input (see the remarks).</summary>
    public static TheoryData<string, int> Shapes => new()
    {
        { "an array of numbers in extensions", 10 },
        { "many small objects in extensions", 10 },
        { "a 50 MB string with the limit raised", 10 },
    };

    /// <summary>The document and the size limit to validate it with.</summary>
    internal static (byte[] Document, long Limit) Document(string shape)
    {
        var text = new StringBuilder(60 * MiB);
        switch (shape)
        {
            case "an array of numbers in extensions":
                text.Append(Head);
                for (var i = 0; text.Length < (16 * MiB) - 64; i++)
                {
                    text.Append(i == 0 ? string.Empty : ", ").Append(100_000 + (i % 900_000));
                }

                text.Append("]}}");
                return (Encoding.UTF8.GetBytes(text.ToString()), 16 * MiB);
            case "many small objects in extensions":
                text.Append(Head);
                for (var i = 0; text.Length < (16 * MiB) - 64; i++)
                {
                    text.Append(i == 0 ? string.Empty : ", ").Append("{\"n\": ").Append(i % 1000).Append('}');
                }

                text.Append("]}}");
                return (Encoding.UTF8.GetBytes(text.ToString()), 16 * MiB);
            default:
                text.Append("{\"schemaVersion\": \"1.0\", \"id\": \"C-1\", \"status\": \"Draft\", \"title\": \"").Append('x', 50 * 1000 * 1000).Append("\"}");
                return (Encoding.UTF8.GetBytes(text.ToString()), 64 * MiB);
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Validate_WorstShape_PeaksUnderItsBoundTimesTheInput(string shape, int bound)
    {
        var (document, limit) = Document(shape);
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, document);

            var (input, before, peak, findings) = Probe(file, limit);

            Assert.Equal(document.Length, input);
            Assert.True(findings < 1000, $"{findings} findings: the document should be read, not refused");
            var ratio = (double)(peak - before) / input;
            Assert.True(ratio < bound, string.Create(CultureInfo.InvariantCulture, $"{shape}: peak {(peak - before) / MiB} MiB above the {before / MiB} MiB before, for {input / MiB} MiB of input: {ratio:0.0}x, bound {bound}x"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static (long Input, long Before, long Peak, int Findings) Probe(string file, long limit)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var probe = Path.Combine(SampleFiles.RepositoryRoot, "tests", "AiContracts.MemoryProbe", "bin", configuration, "net10.0", "AiContracts.MemoryProbe.dll");
        Assert.True(File.Exists(probe), $"{probe} is not built (it is a project reference of this test project)");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "exec", probe, file, limit.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
        var parts = output.Trim().Split(' ');
        return (long.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture), int.Parse(parts[3], CultureInfo.InvariantCulture));
    }
}
