using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Pricing;

/// <summary>Package pricing: a price per package of a fixed number of units.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record PackagePricing
{
    /// <summary>The number of units in a package, for example 1000.</summary>
    public required decimal Size { get; init; }

    /// <summary>The price of one package.</summary>
    public required Money Price { get; init; }

    /// <summary>Whether started or only completed packages are billed; started when not stated.</summary>
    public PackageRounding? Rounding { get; init; }

    /// <summary>The fewest packages billed per billing period, whatever the usage (a whole number). Introduced in format 1.1.</summary>
    public decimal? MinimumPackages { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(PackagePricing), PrintMembers);
}
