using System.Text;
using AiContracts.Cli;

// The aicontracts tool: see docs/cli.md. Output is buffered and written as UTF-8.
using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
using var error = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };
var console = new CliConsole
{
    Out = output,
    Error = error,
    OpenStandardInput = Console.OpenStandardInput,
    IsOutputRedirected = Console.IsOutputRedirected,
    IsErrorRedirected = Console.IsErrorRedirected,
};
var exitCode = CommandLineApp.Run(args, console);
output.Flush();
return exitCode;
