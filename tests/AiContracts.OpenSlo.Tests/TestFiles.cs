namespace AiContracts.OpenSlo.Tests;

internal static class TestFiles
{
    internal static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Files", name));
}
