namespace AiContracts.Testing;

/// <summary>
/// An assertion of <see cref="ContractAssert"/> failed. The message lists every missing or deficient clause, or every
/// unexpected finding, each with its JSON Pointer and reason. Test frameworks report it as a failure (xUnit.net v3 as an
/// assertion failure).
/// </summary>
public sealed class ContractAssertionException : Exception, IAssertionException
{
    /// <summary>Creates the exception.</summary>
    public ContractAssertionException()
        : base("A contract assertion failed.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public ContractAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public ContractAssertionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
