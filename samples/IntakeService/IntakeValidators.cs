using AiContracts.Domain.Validation;
using AiContracts.Extensions.DependencyInjection;
using AiContracts.Json;
using Microsoft.Extensions.Options;

namespace IntakeService;

/// <summary>One validator per built-in playbook, built once and shared by every request (they are thread-safe).</summary>
internal sealed class IntakeValidators
{
    private readonly Dictionary<string, (Playbook Playbook, ContractDocumentValidator Validator)> _byName;

    public IntakeValidators(ContractDocumentValidator registered, Playbook registeredPlaybook, IOptions<AiContractsOptions> contracts, IOptions<IntakeOptions> intake)
    {
        var options = contracts.Value.Validation;
        _byName = Playbook.BuiltIn.ToDictionary(
            p => p.Name,
            p => (p, p.Name == registeredPlaybook.Name ? registered : new ContractDocumentValidator(options, p.CreateValidator())),
            StringComparer.Ordinal);
        Default = _byName[intake.Value.DefaultPlaybook];
        Computable = _byName[Playbook.None.Name].Validator;
        MaxRequestBytes = intake.Value.MaxRequestBytes;
    }

    /// <summary>The default playbook and the DI-registered validator (with any registered custom rules).</summary>
    public (Playbook Playbook, ContractDocumentValidator Validator) Default { get; }

    /// <summary>Structure and integrity only (the <c>none</c> playbook): what a computation needs of a contract.</summary>
    public ContractDocumentValidator Computable { get; }

    public long MaxRequestBytes { get; }

    public IEnumerable<string> Names => _byName.Keys;

    /// <summary>The playbook a request names, or the default when it names none.</summary>
    public bool TryGet(string? name, out (Playbook Playbook, ContractDocumentValidator Validator) found)
    {
        if (string.IsNullOrEmpty(name))
        {
            found = Default;
            return true;
        }

        return _byName.TryGetValue(name, out found);
    }
}
