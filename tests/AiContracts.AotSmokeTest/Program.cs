using AiContracts.Domain.ServiceLevels;
using AiContracts.Json;

// Usage: AiContracts.AotSmokeTest <samples/contracts folder>. Exit code 0 when every check passes.
if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: AiContracts.AotSmokeTest <folder of sample contracts>");
    return 2;
}

var failures = new List<string>();
var files = Directory.GetFiles(args[0], "*.json").Order(StringComparer.Ordinal).ToList();
foreach (var file in files)
{
    var contract = AiContractSerializer.Default.Deserialize(File.ReadAllBytes(file));
    var again = AiContractSerializer.Default.Deserialize(AiContractSerializer.Default.Serialize(contract));
    if (again != contract)
    {
        failures.Add($"{Path.GetFileName(file)}: not equal after a round trip");
    }
}

if (KpiUnit.List.Count == 0 || KpiUnit.FromName("Percent") != KpiUnit.Percent)
{
    failures.Add("smart enum values were trimmed away");
}

try
{
    AiContractSerializer.Default.Deserialize("""{"schemaVersion": "1.0", "id": "x", "title": "t", "status": "Nope"}""");
    failures.Add("an unknown status was accepted");
}
catch (ContractJsonException e) when (e.Message.Contains("expected one of Draft, Proposed", StringComparison.Ordinal))
{
}

foreach (var failure in failures)
{
    Console.Error.WriteLine(failure);
}

Console.WriteLine($"AOT smoke: {files.Count} samples read and written, {failures.Count} failure(s)");
return failures.Count == 0 && files.Count > 0 ? 0 : 1;
