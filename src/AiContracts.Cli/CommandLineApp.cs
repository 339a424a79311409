using System.CommandLine;
using System.Reflection;

namespace AiContracts.Cli;

/// <summary>The <c>aicontracts</c> command line: parses the arguments, runs a command and turns every failure into an exit code.</summary>
internal static class CommandLineApp
{
    /// <summary>The tool's version, without build metadata.</summary>
    internal static string Version { get; } =
        (typeof(CommandLineApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>Runs the tool.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="console">Where output goes.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    internal static int Run(string[] args, CliConsole console)
    {
        var verbose = new Option<bool>("--verbose") { Description = "Show stack traces of unexpected failures.", Recursive = true };
        // A plain command named for the tool (a RootCommand takes the name of the executable, which differs between
        // 'dotnet AiContracts.Cli.dll' and the installed tool), with the root's help and version options.
        var root = new Command("aicontracts", "Validates AI-deployment contracts (JSON) against the published schema and the business rules.")
        {
            new System.CommandLine.Help.HelpOption(),
            new VersionOption(),
            verbose,
            ValidateCommand.Create(console),
            CheckCommand.Create(console),
            ComputeCommands.Evaluate(console),
            ComputeCommands.Price(console),
            DiffCommand.Create(console),
            ReportCommand.Create(console),
            MonitoringCommands.OpenSlo(console),
            MonitoringCommands.Measurements(console),
            SchemaCommand.Create(console),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                // One line per problem: System.CommandLine lists allowed values on lines of their own.
                console.Error.WriteLine($"aicontracts: {string.Join(' ', error.Message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))}");
            }

            console.Error.WriteLine($"Run 'aicontracts {string.Join(' ', CommandPath(parse))}--help' for usage.");
            return ExitCodes.UsageOrIoError;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (CliException e)
        {
            console.Error.WriteLine($"aicontracts: {e.Message}");
            return ExitCodes.UsageOrIoError;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            console.Error.WriteLine($"aicontracts: unexpected failure: {e.Message}");
            console.Error.WriteLine(parse.GetValue(verbose) ? e.ToString() : "Run again with --verbose for details, and please report it.");
            return ExitCodes.UsageOrIoError;
        }
    }

    private static IEnumerable<string> CommandPath(ParseResult parse) =>
        parse.CommandResult.Parent is null ? [] : [parse.CommandResult.Command.Name + " "];
}
