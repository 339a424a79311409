using Ardalis.SmartEnum;

namespace AiContracts.Domain.Pricing;

/// <summary>How long reserved capacity is committed for: by the hour without commitment, or for a term billed to its end. Introduced in format 1.2.</summary>
/// <remarks>
/// A term runs from the commitment's start to the same local time the term's months later, in the contract's time zone
/// (a month from 10 March 14:00 ends on 10 April 14:00), whatever the billing months. A closed vocabulary, written to JSON
/// by name. Thread safety: immutable.
/// </remarks>
public sealed class CommitmentTerm : SmartEnum<CommitmentTerm>
{
    /// <summary>No commitment: capacity billed by the hour while it is deployed.</summary>
    public static readonly CommitmentTerm Hourly = new(nameof(Hourly), 1, 0);

    /// <summary>A commitment of one month.</summary>
    public static readonly CommitmentTerm OneMonth = new(nameof(OneMonth), 2, 1);

    /// <summary>A commitment of six months.</summary>
    public static readonly CommitmentTerm SixMonths = new(nameof(SixMonths), 3, 6);

    /// <summary>A commitment of one year.</summary>
    public static readonly CommitmentTerm OneYear = new(nameof(OneYear), 4, 12);

    /// <summary>A commitment of three years.</summary>
    public static readonly CommitmentTerm ThreeYears = new(nameof(ThreeYears), 5, 36);

    private CommitmentTerm(string name, int value, int months)
        : base(name, value)
    {
        Months = months;
    }

    /// <summary>Gets the term's length in calendar months; zero for <see cref="Hourly"/>.</summary>
    public int Months { get; }
}
