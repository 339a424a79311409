using AiContracts.Domain.Validation;
using AiContracts.Json;

namespace AiContracts.Extensions.DependencyInjection;

/// <summary>What <see cref="AiContractsServiceCollectionExtensions.AddAiContracts"/> registers: the playbook the validators run, playbooks and rules of your own, and the JSON pipeline's options.</summary>
/// <remarks>Mutable, as options classes are; validated when the host starts.</remarks>
public sealed class AiContractsOptions
{
    /// <summary>The name of the playbook the registered validators run: a built-in one (<see cref="Playbook.BuiltIn"/>) or one of <see cref="Playbooks"/>.</summary>
    /// <value>Default: <c>ai-deployment-baseline</c>.</value>
    public string Playbook { get; set; } = Domain.Validation.Playbook.AiDeploymentBaseline.Name;

    /// <summary>Playbooks of your own, selectable by name; one with a built-in playbook's name replaces it.</summary>
    public IList<Playbook> Playbooks { get; } = [];

    /// <summary>Rules of your own, run after the selected playbook's (as are rules registered as <see cref="IContractRule"/> services).</summary>
    public IList<IContractRule> Rules { get; } = [];

    /// <summary>The options of the JSON validation pipeline.</summary>
    /// <value>Default: <see cref="ContractValidationOptions.Default"/>.</value>
    public ContractValidationOptions Validation { get; set; } = ContractValidationOptions.Default;
}
