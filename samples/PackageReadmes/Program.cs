// The snippets of src/AiContracts.Extensions.DependencyInjection/README.md, compiled here (PackageReadmeTests compares
// the two). To run them, run the project in a folder that holds a contract.json.
// begin-snippet: dependency-injection
using AiContracts.Domain;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Validation;
using AiContracts.Extensions.DependencyInjection;
using AiContracts.Json;
using Microsoft.Extensions.DependencyInjection;

var services = new ServiceCollection();
services.AddAiContracts(options =>
{
    options.Playbook = "procurement-2026";   // a built-in playbook or one registered here
    options.Playbooks.Add(Playbook.Strict with { Name = "procurement-2026" });
    options.Rules.Add(new CostCentreRule()); // or services.AddContractRule<CostCentreRule>()
});
using var provider = services.BuildServiceProvider(); // a host validates the options at start
var validator = provider.GetRequiredService<ContractDocumentValidator>();
DocumentResult<AiContract> result = validator.Validate(File.ReadAllBytes("contract.json"));
// end-snippet
Console.WriteLine(result.IsValid ? "valid" : $"{result.Report.Diagnostics.Count} finding(s)");
foreach (var diagnostic in result.Report.Diagnostics)
{
    Console.WriteLine(diagnostic);
}

var contract = result.Value ?? DomainReadme.Build();
DomainReadme.Check(contract);
JsonReadme.RoundTrip(contract);
JsonReadme.Validate();
ReportingReadme.Write(contract, usage: null);
if (File.Exists("slos.yaml") && File.Exists("query_range.json"))
{
    _ = OpenSloReadme.Run(contract);
}

// begin-snippet: custom-rule
/// <summary>A rule of your own: every contract names the cost centre that pays for it.</summary>
internal sealed class CostCentreRule : IContractRule
{
    private static readonly DiagnosticDescriptor NoCostCentre = new()
    {
        Code = "ACME001", Title = "No cost centre", DefaultSeverity = DiagnosticSeverity.Error,
        Area = "acme", MessageFormat = "The contract names no cost centre; add extensions.costCentre.",
    };

    /// <inheritdoc />
    public string Id => "acme-cost-centre";

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Evaluate(AiContract contract)
    {
        if (!contract.Extensions.Contains("costCentre"))
        {
            yield return NoCostCentre.Create("/extensions", Id);
        }
    }
}
// end-snippet
