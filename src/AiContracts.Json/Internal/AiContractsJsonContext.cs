using System.Text.Json.Serialization;
using AiContracts.Domain;
using AiContracts.Domain.Computations.ExitDates;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Diagnostics;

namespace AiContracts.Json.Internal;

/// <summary>The source-generated metadata of the model. Internal: the public surface is <see cref="AiContractSerializer"/>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(AiContract))]
[JsonSerializable(typeof(ValidationReport))]
[JsonSerializable(typeof(AiContracts.Domain.Validation.CompletenessReport))]
[JsonSerializable(typeof(UsageStatement))]
[JsonSerializable(typeof(Invoice))]
[JsonSerializable(typeof(SlaMeasurements))]
[JsonSerializable(typeof(SlaEvaluation))]
[JsonSerializable(typeof(ChronicBreachAssessment))]
[JsonSerializable(typeof(TerminationNotice))]
[JsonSerializable(typeof(ExitTimeline))]
internal sealed partial class AiContractsJsonContext : JsonSerializerContext;
