using Ardalis.SmartEnum;

namespace AiContracts.Domain.Validation;

/// <summary>Where a clause of a playbook stands in a contract.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class ClauseStatus : SmartEnum<ClauseStatus>
{
    /// <summary>The clause is there and its rule finds nothing wrong.</summary>
    public static readonly ClauseStatus Present = new(nameof(Present), 1);

    /// <summary>The clause is not there at all.</summary>
    public static readonly ClauseStatus Missing = new(nameof(Missing), 2);

    /// <summary>The clause is there but its rule finds something wrong with it.</summary>
    public static readonly ClauseStatus Deficient = new(nameof(Deficient), 3);

    private ClauseStatus(string name, int value)
        : base(name, value)
    {
    }
}
