using AiContracts.Domain;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Validation;
using AiContracts.Json;

/// <summary>The snippets of src/AiContracts.Json/README.md.</summary>
internal static class JsonReadme
{
    /// <summary>Writes a contract and reads it back.</summary>
    /// <param name="contract">The contract.</param>
    /// <returns>The contract read back.</returns>
    internal static AiContract RoundTrip(AiContract contract)
    {
        // begin-snippet: json-serializer
        string json = AiContractSerializer.Default.Serialize(contract);
        AiContract back = AiContractSerializer.Default.Deserialize(json); // also UTF-8 bytes and streams, sync and async
        // end-snippet
        return back;
    }

    /// <summary>Validates contract.json.</summary>
    internal static void Validate()
    {
        // begin-snippet: json-validator
        DocumentResult<AiContract> result = ContractDocumentValidator.Default.Validate(File.ReadAllBytes("contract.json"));
        foreach (Diagnostic d in result.Report.Diagnostics)
        {
            Console.WriteLine(d); // 94:9: error AIC0013 'PERCENTAGE' is not a KpiUnit; expected one of ... (/serviceLevels/kpis/0/unit)
        }

        if (result.IsValid)
        {
            AiContract contract = result.Value; // read, and valid under the validator's rules
        }

        var strict = new ContractDocumentValidator(rules: Playbook.Strict.CreateValidator()); // a playbook's rules too
        // end-snippet
        Console.WriteLine(strict.Validate(File.ReadAllBytes("contract.json")).IsValid);
    }
}
