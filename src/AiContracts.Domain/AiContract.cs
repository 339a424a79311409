using AiContracts.Domain.DataProcessing;
using AiContracts.Domain.Exit;
using AiContracts.Domain.Extensions;
using AiContracts.Domain.Governance;
using AiContracts.Domain.Integration;
using AiContracts.Domain.Internal;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;
using AiContracts.Domain.Systems;
using NodaTime;

namespace AiContracts.Domain;

/// <summary>An AI-deployment contract: the aggregate root of the model, holding the parties, term and every clause group.</summary>
/// <remarks>Build one with an object initialiser. A draft may leave clause groups out: completeness is reported by validation, never refused here. Two contracts with the same content are equal and have the same hash code. Thread safety: immutable; safe to share across threads.</remarks>
public sealed record AiContract
{
    /// <summary>The version of the document format; <see cref="SchemaVersion.Current"/> unless set (null also means the current version).</summary>
    public SchemaVersion SchemaVersion { get; init => field = value ?? SchemaVersion.Current; } = SchemaVersion.Current;

    /// <summary>The contract's identifier.</summary>
    public required ContractId Id { get; init; }

    /// <summary>A human-readable title, for example "Customer-support assistant: hosted LLM API".</summary>
    public required string Title { get; init; }

    /// <summary>Where the contract stands in its life cycle.</summary>
    public required ContractStatus Status { get; init; }

    /// <summary>The customer and the provider; null while a draft has not named them.</summary>
    public ContractParties? Parties { get; init; }

    /// <summary>The date the contract takes effect.</summary>
    public LocalDate? EffectiveDate { get; init; }

    /// <summary>The initial term and renewal.</summary>
    public ContractTerm? Term { get; init; }

    /// <summary>The law governing the contract, for example "England and Wales".</summary>
    public string? GoverningLaw { get; init; }

    /// <summary>The time zone in which measurement windows, billing periods and deadlines are reckoned (a tzdb zone such as Europe/Berlin). A zone from another provider is replaced by the tzdb zone with the same id, so that equality does not depend on the provider.</summary>
    public DateTimeZone? TimeZone { get; init => field = value is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(value.Id) ?? value; }

    /// <summary>The AI systems the contract covers.</summary>
    public ValueArray<AiSystem> AiSystems { get; init; }

    /// <summary>KPIs, service level objectives with credits, and drift monitoring.</summary>
    public ServiceLevelTerms? ServiceLevels { get; init; }

    /// <summary>Retention, access, deletion and protection terms per data category.</summary>
    public DataProcessingTerms? DataProcessing { get; init; }

    /// <summary>Documented interfaces, compatibility terms, acceptance tests and the sandbox proof.</summary>
    public IntegrationTerms? Integration { get; init; }

    /// <summary>Meters, tiers, caps, commitments, upfront fees and refund mechanisms.</summary>
    public PricingTerms? Pricing { get; init; }

    /// <summary>Termination rights, transition assistance, portability, model artifacts and knowledge transfer.</summary>
    public ExitTerms? Exit { get; init; }

    /// <summary>Reporting, audit rights, incident notification, model-change notice and escalation.</summary>
    public GovernanceTerms? Governance { get; init; }

    /// <summary>Organisation-specific data the model does not interpret, kept losslessly; empty unless set (null also means empty).</summary>
    public ExtensionObject Extensions { get; init => field = value ?? ExtensionObject.Empty; } = ExtensionObject.Empty;

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(AiContract), PrintMembers);
}
