using AiContracts.Domain.Validation;
using AiContracts.Json;
using AiContracts.Testing;

namespace ConsumerTests;

/// <summary>What a user's test project asserts with AiContracts.Testing, restored from the packed packages.</summary>
public sealed class SampleContractTests
{
    // eng/consume.sh sets AICONTRACTS_SAMPLES to the repository's samples/contracts.
    private static string Sample(string name) =>
        Path.Combine(Environment.GetEnvironmentVariable("AICONTRACTS_SAMPLES") ?? throw new InvalidOperationException("AICONTRACTS_SAMPLES is not set"), name);

    [Theory]
    [InlineData("01-vendor-llm-api.json")]
    [InlineData("02-internal-model-service.json")]
    [InlineData("03-fine-tuned-model-supplier.json")]
    public void A_sample_that_passes_the_default_validator_is_complete_under_the_baseline(string file)
    {
        var contract = ContractAssert.HasNoErrors(ContractDocumentValidator.Default.Validate(File.ReadAllBytes(Sample(file))));

        ContractAssert.IsComplete(contract, Playbook.AiDeploymentBaseline);
    }

    [Fact]
    public void The_risky_draft_fails_the_assertion_with_every_error_listed()
    {
        var result = ContractDocumentValidator.Default.Validate(File.ReadAllBytes(Sample("04-risky-vendor-draft.json")));

        var failure = Assert.Throws<ContractAssertionException>(() => ContractAssert.HasNoErrors(result));

        Assert.Contains("AIC4005", failure.Message, StringComparison.Ordinal);
        Assert.Contains("/pricing/upfrontFees/0", failure.Message, StringComparison.Ordinal);
    }
}
