using Ardalis.SmartEnum;

namespace AiContracts.Domain.DataProcessing;

/// <summary>A purpose for which the provider may process data.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class ProcessingPurpose : SmartEnum<ProcessingPurpose>
{
    /// <summary>Providing the contracted service to the customer.</summary>
    public static readonly ProcessingPurpose ServiceDelivery = new(nameof(ServiceDelivery), 1);

    /// <summary>Training models (the provider's or the customer's, as the terms say).</summary>
    public static readonly ProcessingPurpose ModelTraining = new(nameof(ModelTraining), 2);

    /// <summary>Fine-tuning a model for the customer.</summary>
    public static readonly ProcessingPurpose FineTuning = new(nameof(FineTuning), 3);

    /// <summary>Evaluating model quality.</summary>
    public static readonly ProcessingPurpose Evaluation = new(nameof(Evaluation), 4);

    /// <summary>Monitoring service health and drift.</summary>
    public static readonly ProcessingPurpose Monitoring = new(nameof(Monitoring), 5);

    /// <summary>Handling support requests.</summary>
    public static readonly ProcessingPurpose Support = new(nameof(Support), 6);

    /// <summary>Security, fraud and abuse prevention.</summary>
    public static readonly ProcessingPurpose SecurityAndAbusePrevention = new(nameof(SecurityAndAbusePrevention), 7);

    /// <summary>Metering and invoicing.</summary>
    public static readonly ProcessingPurpose Billing = new(nameof(Billing), 8);

    /// <summary>Complying with legal obligations.</summary>
    public static readonly ProcessingPurpose LegalCompliance = new(nameof(LegalCompliance), 9);

    /// <summary>Improving the provider's products in general.</summary>
    public static readonly ProcessingPurpose ProductImprovement = new(nameof(ProductImprovement), 10);

    private ProcessingPurpose(string name, int value)
        : base(name, value)
    {
    }
}
