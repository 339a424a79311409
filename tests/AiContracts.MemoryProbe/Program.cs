using System.Globalization;
using AiContracts.Domain.Validation;
using AiContracts.Json;

// Usage: AiContracts.MemoryProbe <file> <max-document-bytes>
// Prints "<input bytes> <resident bytes before reading> <peak resident bytes> <findings> <valid> <live managed bytes
// after, with the file and the result still held>": the peak is the
// process's high-water mark (VmHWM) after it was reset, just before the file was read, once the code had run once.
var path = args[0];
var limit = long.Parse(args[1], CultureInfo.InvariantCulture);
var validator = new ContractDocumentValidator(
    new ContractValidationOptions { Json = new AiContractJsonOptions { MaxDocumentBytes = limit } },
    Playbook.Strict.CreateValidator());

// Warm up: JIT, the compiled schema and the rules, on a small document of the same shapes.
_ = validator.Validate("""{"schemaVersion": "1.0", "id": "C-1", "title": "t", "status": "Draft", "extensions": {"a": [1, {"b": "c"}]}}"""u8.ToArray());
GC.Collect();
GC.WaitForPendingFinalizers();
GC.Collect();

// Resetting the high-water mark (Linux 4.0 and later) makes the peak that of what follows only.
File.WriteAllText("/proc/self/clear_refs", "5");
var before = Status("VmRSS");
var bytes = File.ReadAllBytes(path);
var result = validator.Validate(bytes);
var peak = Status("VmHWM");
var live = GC.GetTotalMemory(forceFullCollection: true);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes.Length} {before} {peak} {result.Report.Diagnostics.Count} {result.IsValid} {live}"));
GC.KeepAlive(result);
return 0;

static long Status(string field)
{
    foreach (var line in File.ReadLines("/proc/self/status"))
    {
        if (line.StartsWith(field + ":", StringComparison.Ordinal))
        {
            var kilobytes = line[(field.Length + 1)..].Trim().Split(' ')[0];
            return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
        }
    }

    throw new InvalidOperationException($"/proc/self/status has no {field}.");
}
