using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Domain.DataProcessing;

/// <summary>The data-processing clause group: terms per data category, sub-processors and cross-cutting obligations.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record DataProcessingTerms
{
    /// <summary>The terms for each category of data.</summary>
    public ValueArray<DataCategoryTerms> Categories { get; init; }

    /// <summary>Sub-processors the provider engages.</summary>
    public ValueArray<SubProcessor> SubProcessors { get; init; }

    /// <summary>How soon the provider must notify a personal-data breach, for example PT72H.</summary>
    public Period? BreachNotificationDeadline { get; init; }

    /// <summary>The laws the processing is subject to.</summary>
    public ValueArray<LegalFramework> LegalFrameworks { get; init; }

    /// <summary>Security measures that apply to all categories.</summary>
    public ValueArray<SecurityMeasure> SecurityMeasures { get; init; }

    /// <summary>Where data may be stored and processed: ISO 3166-1 alpha-2 codes or named regions such as EU.</summary>
    public ValueArray<string> Residency { get; init; }

    /// <summary>The subject matter of the processing, as GDPR Art. 28(3) asks the contract to set out, for example "answering policyholder enquiries".</summary>
    public string? SubjectMatter { get; init; }

    /// <summary>The nature of the processing (GDPR Art. 28(3)), for example "hosting, inference and storage of chat transcripts".</summary>
    public string? NatureOfProcessing { get; init; }

    /// <summary>The processor's obligations under GDPR Art. 28(2) to (4) that no other member expresses.</summary>
    public ProcessorObligations? ProcessorObligations { get; init; }
}
