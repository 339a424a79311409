using AiContracts.Domain;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Validation;
using AiContracts.Json;
using AiContracts.TestUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AiContracts.Extensions.DependencyInjection.Tests;

/// <summary>AddAiContracts with a real service provider: what it registers, options validated at start, custom rules and playbooks.</summary>
public sealed class AiContractsServiceCollectionExtensionsTests
{
    private static readonly string Risky = File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, "04-risky-vendor-draft.json"));

    private static readonly string Vendor = File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, "01-vendor-llm-api.json"));

    [Fact]
    public void AddAiContracts_Defaults_RegistersSingletonsRunningTheBaseline()
    {
        using var provider = new ServiceCollection().AddAiContracts().BuildServiceProvider(validateScopes: true);
        Start(provider);

        var validator = provider.GetRequiredService<ContractDocumentValidator>();

        Assert.Same(validator, provider.GetRequiredService<ContractDocumentValidator>());
        Assert.Same(provider.GetRequiredService<ContractValidator>(), validator.Rules);
        Assert.Same(AiContractSerializer.Default, provider.GetRequiredService<AiContractSerializer>());
        Assert.Equal("ai-deployment-baseline", provider.GetRequiredService<Playbook>().Name);
        Assert.Contains(validator.Validate(Risky).Report.Diagnostics, d => d.Code == "AIC4005");
        Assert.True(validator.Validate(Vendor).IsValid);
    }

    [Fact]
    public void AddAiContracts_CalledTwice_RegistersEachServiceOnceAndKeepsBothConfigurations()
    {
        var services = new ServiceCollection()
            .AddAiContracts(o => o.Playbook = "strict")
            .AddAiContracts(o => o.Validation = o.Validation with { MaxDiagnostics = 10 });

        using var provider = services.BuildServiceProvider();
        Start(provider);

        Assert.Single(services, s => s.ServiceType == typeof(ContractValidator));
        Assert.Single(services, s => s.ServiceType == typeof(IValidateOptions<AiContractsOptions>));
        Assert.Equal("strict", provider.GetRequiredService<Playbook>().Name);
        Assert.Equal(10, provider.GetRequiredService<ContractDocumentValidator>().Options.MaxDiagnostics);
    }

    [Fact]
    public void AddAiContracts_RegisteredPlaybookSelectedByName_IsRun()
    {
        var tight = Playbook.AiDeploymentBaseline with { Name = "tight", Parameters = PlaybookParameters.Default with { LongestRetention = Period.FromYears(1) } };
        using var provider = new ServiceCollection().AddAiContracts(o =>
        {
            o.Playbooks.Add(tight);
            o.Playbook = "tight";
        }).BuildServiceProvider();
        Start(provider);

        var result = provider.GetRequiredService<ContractDocumentValidator>().Validate(Vendor);

        Assert.False(result.IsValid);
        Assert.Equal("AIC2002", Assert.Single(result.Report.Diagnostics, d => d.Severity == DiagnosticSeverity.Error).Code);
    }

    [Fact]
    public void AddAiContracts_CustomRulesFromOptionsAndServices_RunAfterThePlaybook()
    {
        using var provider = new ServiceCollection()
            .AddContractRule<TitleRule>()
            .AddContractRule<TitleRule>()
            .AddAiContracts(o => o.Rules.Add(new GoverningLawRule()))
            .BuildServiceProvider();
        Start(provider);

        var contract = AiContractSerializer.Default.Deserialize(Vendor) with { Title = "TBD", GoverningLaw = null };
        var report = provider.GetRequiredService<ContractValidator>().Validate(contract);

        Assert.Equal(["X100", "X001"], report.Diagnostics.Where(d => d.Code.StartsWith('X')).Select(d => d.Code));
    }

    [Fact]
    public void Start_UnknownPlaybookAndRule_FailsListingEveryProblem()
    {
        var typo = new Playbook { Name = "typo", Version = "1", RuleIds = ["retension"] };
        using var provider = new ServiceCollection().AddAiContracts(o =>
        {
            o.Playbooks.Add(typo);
            o.Playbook = "lenient";
        }).BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => Start(provider));

        Assert.Contains("Playbook 'typo' names 'retension', which is not a built-in rule", e.Message, StringComparison.Ordinal);
        Assert.Contains("AiContractsOptions.Playbook is 'lenient', which is neither a built-in playbook nor a registered one; expected one of ai-deployment-baseline, gdpr-article-28, strict, none, typo.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_DuplicatePlaybookNames_Fails()
    {
        var house = new Playbook { Name = "house", Version = "1", RuleIds = ["retention"] };
        using var provider = new ServiceCollection().AddAiContracts(o =>
        {
            o.Playbooks.Add(house);
            o.Playbooks.Add(house with { Version = "2" });
        }).BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => Start(provider));

        Assert.Contains("has 2 playbooks named 'house'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAiContracts_NullServices_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => AiContractsServiceCollectionExtensions.AddAiContracts(null!));
        Assert.Throws<ArgumentNullException>(() => AiContractsServiceCollectionExtensions.AddContractRule<TitleRule>(null!));
    }

    [Fact]
    public void Validator_ResolvedOnce_IsSharedAcrossThreads()
    {
        using var provider = new ServiceCollection().AddAiContracts().BuildServiceProvider();
        Start(provider);

        var validators = new ContractDocumentValidator[16];
        Parallel.For(0, validators.Length, i => validators[i] = provider.GetRequiredService<ContractDocumentValidator>());

        Assert.All(validators, v => Assert.Same(validators[0], v));
    }

    private static void Start(ServiceProvider provider) => provider.GetRequiredService<IStartupValidator>().Validate();

    private sealed class TitleRule : IContractRule
    {
        private static readonly DiagnosticDescriptor Placeholder = new()
        {
            Code = "X001", Title = "Placeholder title", DefaultSeverity = DiagnosticSeverity.Error, Area = "house", MessageFormat = "The title '{value}' is a placeholder.",
        };

        public string Id => "title";

        public IEnumerable<Diagnostic> Evaluate(AiContract contract)
        {
            if (contract.Title == "TBD")
            {
                yield return Placeholder.Create("/title", Id, ("value", contract.Title));
            }
        }
    }

    private sealed class GoverningLawRule : IContractRule
    {
        private static readonly DiagnosticDescriptor NoLaw = new()
        {
            Code = "X100", Title = "No governing law", DefaultSeverity = DiagnosticSeverity.Error, Area = "house", MessageFormat = "The contract names no governing law.",
        };

        public string Id => "governing-law";

        public IEnumerable<Diagnostic> Evaluate(AiContract contract)
        {
            if (contract.GoverningLaw is null)
            {
                yield return NoLaw.Create(string.Empty, Id);
            }
        }
    }
}
