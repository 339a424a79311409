using AiContracts.Domain.Validation;
using Microsoft.Extensions.Options;

namespace IntakeService;

/// <summary>The service's settings (configuration section <c>Intake</c>), validated when the service starts.</summary>
internal sealed class IntakeOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Intake";

    /// <summary>The largest accepted value of <see cref="MaxRequestBytes"/>: 256 MiB.</summary>
    public const long MaxAllowedRequestBytes = 256L * 1024 * 1024;

    /// <summary>
    /// The largest request body, in bytes (default 4 MiB). One limit everywhere: checked against Content-Length before
    /// anything is read, used as each document's limit in the validator (a chunked body over it is AIC0003), and as
    /// Kestrel's <c>MaxRequestBodySize</c>. A multipart request's parts share it.
    /// </summary>
    public long MaxRequestBytes { get; set; } = 4L * 1024 * 1024;

    /// <summary>The playbook used when a request names none (default <c>ai-deployment-baseline</c>).</summary>
    public string DefaultPlaybook { get; set; } = Playbook.AiDeploymentBaseline.Name;
}

/// <summary>Checks <see cref="IntakeOptions"/> at start, so that a bad setting stops the service instead of a request.</summary>
internal sealed class IntakeOptionsValidator : IValidateOptions<IntakeOptions>
{
    public ValidateOptionsResult Validate(string? name, IntakeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.MaxRequestBytes is < 1 or > IntakeOptions.MaxAllowedRequestBytes)
        {
            failures.Add($"Intake:MaxRequestBytes is {options.MaxRequestBytes}; expected 1 to {IntakeOptions.MaxAllowedRequestBytes} bytes.");
        }

        if (!Playbook.BuiltIn.Any(p => p.Name == options.DefaultPlaybook))
        {
            failures.Add($"Intake:DefaultPlaybook is '{options.DefaultPlaybook}'; expected one of {string.Join(", ", Playbook.BuiltIn.Select(p => p.Name))}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
