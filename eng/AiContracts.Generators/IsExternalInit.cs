namespace System.Runtime.CompilerServices;

/// <summary>Lets records compile on netstandard2.0, which Roslyn components target.</summary>
internal static class IsExternalInit;
