using Ardalis.SmartEnum;

namespace AiContracts.Domain.DataProcessing;

/// <summary>A category of people whose personal data is processed.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class DataSubjectCategory : SmartEnum<DataSubjectCategory>
{
    /// <summary>The customer's own customers.</summary>
    public static readonly DataSubjectCategory Customers = new(nameof(Customers), 1);

    /// <summary>Prospective customers.</summary>
    public static readonly DataSubjectCategory Prospects = new(nameof(Prospects), 2);

    /// <summary>The customer's employees.</summary>
    public static readonly DataSubjectCategory Employees = new(nameof(Employees), 3);

    /// <summary>Contractors and temporary staff.</summary>
    public static readonly DataSubjectCategory Contractors = new(nameof(Contractors), 4);

    /// <summary>Users of the customer's products who interact with the system.</summary>
    public static readonly DataSubjectCategory EndUsers = new(nameof(EndUsers), 5);

    /// <summary>Patients (health data).</summary>
    public static readonly DataSubjectCategory Patients = new(nameof(Patients), 6);

    /// <summary>Children.</summary>
    public static readonly DataSubjectCategory Children = new(nameof(Children), 7);

    /// <summary>Students and pupils.</summary>
    public static readonly DataSubjectCategory Students = new(nameof(Students), 8);

    /// <summary>Citizens served by a public body.</summary>
    public static readonly DataSubjectCategory Citizens = new(nameof(Citizens), 9);

    /// <summary>Other data subjects; describe them.</summary>
    public static readonly DataSubjectCategory Other = new(nameof(Other), 10);

    private DataSubjectCategory(string name, int value)
        : base(name, value)
    {
    }
}
