using AiContracts.Domain;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Validation;
using AiContracts.Json;
using AiContracts.Testing;

/// <summary>The snippets of src/AiContracts.Testing/README.md (compiled, not run: they throw when a contract falls short).</summary>
internal static class TestingReadme
{
    /// <summary>Asserts on a contract, its JSON and a report.</summary>
    /// <param name="contract">The contract.</param>
    /// <param name="json">Its JSON.</param>
    /// <param name="report">A validation report.</param>
    internal static void Assertions(AiContract contract, string json, ValidationReport report)
    {
        // begin-snippet: testing-asserts
        ContractAssert.IsComplete(contract, Playbook.AiDeploymentBaseline);     // errors make a clause deficient
        ContractAssert.IsComplete(contract, Playbook.AiDeploymentBaseline,      // warnings too
            new CompletenessOptions { WarningsMakeClausesDeficient = true });
        ContractAssert.HasNoErrors(ContractDocumentValidator.Default.Validate(json));
        ContractAssert.HasDiagnostic(report, "AIC2001", "/dataProcessing/categories/0/retention");
        // end-snippet
    }
}
