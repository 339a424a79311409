using System.Globalization;
using System.Text;
using AiContracts.OpenSlo;
using BenchmarkDotNet.Attributes;

namespace AiContracts.Benchmarks.OpenSlo;

/// <summary>
/// <see cref="OpenSloConverter.Import(string, OpenSloOptions?)"/> of one flat mapping of N keys (<c>k0: 0</c> ...), the
/// shape that made the repeated-key check quadratic (issue 24): ten times the keys must cost at most twelve times the
/// time. The baseline is YamlDotNet's parser alone over the same text, to tell the import's own cost from the parser's and
/// the machine's (a larger text reaches the garbage collector's older generations). The node limit is raised so that every key is read (by default a file of more than 100,000 nodes stops there).
/// </summary>
[MemoryDiagnoser]
public class OpenSloImportBenchmarks
{
    private static readonly OpenSloOptions AllNodes = new() { MaxNodes = 10_000_000 };

    private string _yaml = null!;

    /// <summary>Keys in the mapping.</summary>
    [Params(2_000, 20_000, 60_000)]
    public int Keys { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder(Keys * 14);
        for (var k = 0; k < Keys; k++)
        {
            text.Append('k').Append(k.ToString(CultureInfo.InvariantCulture)).Append(": ").Append(k.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        _yaml = text.ToString();
    }

    /// <summary>The baseline: YamlDotNet's event parser alone over the same text, which every import runs.</summary>
    [Benchmark(Baseline = true, Description = "YamlDotNet parser events only")]
    public int Parse()
    {
        var parser = new YamlDotNet.Core.Parser(new StringReader(_yaml));
        var events = 0;
        while (parser.MoveNext())
        {
            events++;
        }

        return events;
    }

    [Benchmark(Description = "OpenSloConverter.Import, flat mapping")]
    public int Import() => OpenSloConverter.Import(_yaml, AllNodes).Report.Diagnostics.Count;
}
