namespace AiContracts.Testing;

/// <summary>
/// A marker that xUnit.net v3 recognises by name, in any namespace, to report a failure as an assertion failure rather
/// than an error. Internal, so that the package depends on no test framework.
/// </summary>
internal interface IAssertionException;
