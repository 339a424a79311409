using System.Diagnostics.CodeAnalysis;
using AiContracts.Domain.Validation;
using AiContracts.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AiContracts.Extensions.DependencyInjection;

/// <summary>Registers AiContracts in a service collection.</summary>
public static class AiContractsServiceCollectionExtensions
{
    /// <summary>
    /// Registers, as singletons, <see cref="AiContractSerializer.Default"/>, the selected <see cref="Playbook"/>, a
    /// <see cref="ContractValidator"/> running it (with the custom rules of the options and every <see cref="IContractRule"/>
    /// service) and a <see cref="ContractDocumentValidator"/> using that validator; options are validated at start.
    /// Calling it again only adds the configuration: nothing is registered twice.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options; null keeps the defaults (the <c>ai-deployment-baseline</c> playbook).</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddAiContracts(this IServiceCollection services, Action<AiContractsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<AiContractsOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AiContractsOptions>, AiContractsOptionsValidator>());
        services.TryAddSingleton(AiContractSerializer.Default);
        services.TryAddSingleton(sp => AiContractsOptionsValidator.Find(sp.GetRequiredService<IOptions<AiContractsOptions>>().Value)
            ?? throw new OptionsValidationException(nameof(AiContractsOptions), typeof(AiContractsOptions), ["The selected playbook does not exist."]));
        services.TryAddSingleton(sp =>
        {
            var playbook = sp.GetRequiredService<Playbook>();
            var rules = sp.GetRequiredService<IOptions<AiContractsOptions>>().Value.Rules.Concat(sp.GetServices<IContractRule>());
            return (playbook with { CustomRules = [.. playbook.CustomRules, .. rules] }).CreateValidator();
        });
        services.TryAddSingleton(sp => new ContractDocumentValidator(sp.GetRequiredService<IOptions<AiContractsOptions>>().Value.Validation, sp.GetRequiredService<ContractValidator>()));
        return services;
    }

    /// <summary>Registers a rule of your own, run by the registered validators after the playbook's rules; registering the same type twice does nothing.</summary>
    /// <typeparam name="TRule">The rule type; a thread-safe singleton.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddContractRule<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TRule>(this IServiceCollection services)
        where TRule : class, IContractRule
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IContractRule, TRule>());
        return services;
    }
}
