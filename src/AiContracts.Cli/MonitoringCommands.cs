using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AiContracts.Domain;
using AiContracts.Domain.Computations;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.Validation;
using AiContracts.Json;
using AiContracts.OpenSlo;
using NodaTime;
using NodaTime.Text;

namespace AiContracts.Cli;

/// <summary>
/// <c>aicontracts openslo import|export</c> and <c>aicontracts measurements from-prometheus|from-csv</c>: contracts meet
/// monitoring. The document goes to standard output (or <c>--out</c>), the findings to standard error, so that the
/// output can be piped.
/// </summary>
internal static class MonitoringCommands
{
    /// <summary>Structure and integrity: what these commands need of a contract.</summary>
    private static readonly ContractDocumentValidator Computable = new(rules: Playbook.None.CreateValidator());

    private static readonly long MaxInputBytes = OpenSloOptions.Default.MaxBytes;

    internal static Command OpenSlo(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "The OpenSLO v1 YAML file (one or more documents)." };
        var into = new Option<string?>("--into") { Description = "Add the KPIs and objectives to this contract (replacing those of the same id) and print the contract." };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write the result to this file instead of standard output." };
        var import = new Command("import", "Reads OpenSLO v1 SLOs into a contract's KPIs and objectives; what does not map is reported with its YAML line and column.") { file, into, output };
        import.SetAction(parse => Import(console, parse.GetValue(file)!, parse.GetValue(into), parse.GetValue(output)));

        var contract = new Argument<string>("contract") { Description = "The contract file." };
        var exportOutput = new Option<FileInfo?>("--out", "-o") { Description = "Write the YAML to this file instead of standard output." };
        var export = new Command("export", "Writes a contract's measurable KPIs and objectives as OpenSLO v1 YAML.") { contract, exportOutput };
        export.SetAction(parse => Export(console, parse.GetValue(contract)!, parse.GetValue(exportOutput)));

        return new Command("openslo", "Converts between a contract's KPIs and OpenSLO v1 YAML (docs/openslo.md).") { import, export };
    }

    internal static Command Measurements(CliConsole console)
    {
        return new Command("measurements", "Makes the measurements file 'evaluate' reads from monitoring data (docs/openslo.md).")
        {
            FromData(console, "from-prometheus", "A Prometheus HTTP API query result (JSON): a range query's matrix or an instant query's vector.", prometheus: true),
            FromData(console, "from-csv", "A CSV file of timestamp,value lines (Unix seconds or ISO 8601 instants).", prometheus: false),
        };
    }

    private static Command FromData(CliConsole console, string name, string what, bool prometheus)
    {
        var file = new Argument<string>("file") { Description = what };
        var kpi = new Option<string>("--kpi", "-k") { Description = "The KPI the data measures, by its id.", Required = true };
        var contract = new Option<string?>("--contract", "-c") { Description = "The contract: its time zone, and the KPI's availability definition and aggregation." };
        var series = new Option<string[]>("--series", "-s")
        {
            Description = prometheus
                ? "ROLE or ROLE=SELECTOR, repeatable: value (the KPI's values), up (1 up, 0 down), requests, failed; SELECTOR as {label=\"value\",...}. Default: value, for a result with one series."
                : "The role of the values: value, up, requests or failed (default value).",
            AllowMultipleArgumentsPerToken = false,
        };
        var period = new Option<string?>("--period", "-p") { Description = "The month measured, as YYYY-MM; by default the month of the first sample." };
        var interval = new Option<string?>("--interval") { Description = "The interval length without an availability definition, and the step of an up series, as minutes (5m) or hours (1h); default: the KPI's interval, else 5m." };
        var zone = new Option<string?>("--zone") { Description = "The time zone without a contract (IANA, for example Europe/Berlin); default UTC." };
        var starts = new Option<bool>("--samples-start-intervals") { Description = "A sample's time is the start of its interval (by default the end, as increase(x[5m]) reports it)." };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write the measurements to this file instead of standard output." };
        var command = new Command(name, "Makes a measurements file from " + (prometheus ? "a Prometheus query result." : "timestamp,value CSV.")) { file, kpi, contract, series, period, interval, zone, starts, output };
        command.SetAction(parse => Measure(console, prometheus, parse.GetValue(file)!, parse.GetValue(kpi)!, parse.GetValue(contract), parse.GetValue(series) ?? [],
            parse.GetValue(period), parse.GetValue(interval), parse.GetValue(zone), parse.GetValue(starts), parse.GetValue(output)));
        return command;
    }

    private static int Import(CliConsole console, string path, string? intoPath, FileInfo? output)
    {
        var import = OpenSloConverter.Import(CommandSupport.ReadBytes(path, MaxInputBytes));
        CommandSupport.Write(console.Error, path, import.Report.Diagnostics);
        if (!import.IsValid)
        {
            return ExitCodes.Findings;
        }

        AiContract contract;
        if (intoPath is not null)
        {
            var (report, existing) = CommandSupport.ReadContract(intoPath, Computable);
            if (existing is null || !report.IsValid)
            {
                CommandSupport.Write(console.Error, intoPath, report.Diagnostics);
                return ExitCodes.Findings;
            }

            if (existing.TimeZone is { } zone && import.TimeZone is { } fileZone && zone.Id != fileZone.Id)
            {
                console.Error.WriteLine($"{path}: warning: the SLOs' calendar windows are in {fileZone.Id}; the contract's time zone {zone.Id} is kept.");
            }

            contract = import.ApplyTo(existing);
        }
        else
        {
            contract = import.ApplyTo(new AiContract
            {
                Id = ContractId.From("imported-from-openslo"),
                Title = $"Service levels imported from {Path.GetFileName(path)}",
                Status = ContractStatus.Draft,
            });
        }

        Write(console, output, AiContractSerializer.Default.Serialize(contract) + Environment.NewLine);
        return ExitCodes.Success;
    }

    private static int Export(CliConsole console, string path, FileInfo? output)
    {
        var (report, contract) = CommandSupport.ReadContract(path, Computable);
        if (contract is null || !report.IsValid)
        {
            CommandSupport.Write(console.Error, path, report.Diagnostics);
            return ExitCodes.Findings;
        }

        var export = OpenSloConverter.Export(contract);
        CommandSupport.Write(console.Error, path, export.Report.Diagnostics);
        Write(console, output, export.Yaml);
        return ExitCodes.Success;
    }

    private static int Measure(CliConsole console, bool prometheus, string path, string kpiText, string? contractPath, string[] seriesTexts,
        string? periodText, string? intervalText, string? zoneText, bool samplesStart, FileInfo? output)
    {
        if (!LocalId.TryFrom(kpiText, out var kpi))
        {
            throw new CliException($"--kpi '{kpiText}' is not a KPI id ({LocalId.Pattern}).");
        }

        AiContract? contract = null;
        if (contractPath is not null)
        {
            var (report, read) = CommandSupport.ReadContract(contractPath, Computable);
            if (read is null || !report.IsValid)
            {
                CommandSupport.Write(console.Error, contractPath, report.Diagnostics);
                return ExitCodes.Findings;
            }

            contract = read;
        }

        var mappings = (seriesTexts.Length == 0 ? ["value"] : seriesTexts).Select(s => Mapping(kpi, s, prometheus)).ToArray();
        var zone = zoneText is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneText) ?? throw new CliException($"--zone '{zoneText}' is not a time zone of the IANA database.");
        var bytes = CommandSupport.ReadBytes(path, MaxInputBytes);
        var period = periodText is null ? FirstMonth(bytes, prometheus, contract?.TimeZone ?? zone ?? DateTimeZone.Utc, !samplesStart) : Month(periodText);
        var options = new MonitoringOptions
        {
            Period = period,
            Series = [.. mappings],
            SampleTimeIsIntervalEnd = !samplesStart,
            TimeZone = zone,
            IntervalLength = intervalText is null ? null : Interval(intervalText),
        };
        var result = prometheus
            ? MonitoringMeasurements.FromPrometheus(bytes, contract, options)
            : MonitoringMeasurements.FromCsv(bytes, contract, options);
        CommandSupport.Write(console.Error, path, result.Report.Diagnostics);
        if (result.Measurements is null)
        {
            return ExitCodes.Findings;
        }

        Write(console, output, ComputationJson.Serialize(result.Measurements) + Environment.NewLine);
        return ExitCodes.Success;
    }

    private static SeriesMapping Mapping(LocalId kpi, string text, bool prometheus)
    {
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        var roleName = eq < 0 ? text : text[..eq];
        var role = roleName switch
        {
            "value" => SeriesRole.KpiValue,
            "up" => SeriesRole.Up,
            "requests" => SeriesRole.Requests,
            "failed" => SeriesRole.FailedRequests,
            _ => throw new CliException($"--series '{text}': the role '{roleName}' is not one of value, up, requests, failed."),
        };
        if (!prometheus && eq >= 0)
        {
            throw new CliException($"--series '{text}': a CSV file has one series; give the role only.");
        }

        return new SeriesMapping { KpiId = kpi, Role = role, Selector = eq < 0 ? string.Empty : text[(eq + 1)..] };
    }

    private static ComputationPeriod Month(string text)
    {
        var parsed = YearMonthPattern.Iso.Parse(text);
        return parsed.Success
            ? ComputationPeriod.Month(parsed.Value.Year, parsed.Value.Month)
            : throw new CliException($"--period '{text}' is not a month as YYYY-MM.");
    }

    private static Duration Interval(string text)
    {
        var n = 0;
        var ok = text.Length > 1 && int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out n) && n > 0;
        return ok && text[^1] == 'm' ? Duration.FromMinutes(n)
            : ok && text[^1] == 'h' ? Duration.FromHours(n)
            : throw new CliException($"--interval '{text}' is not a number of minutes (5m) or hours (1h).");
    }

    /// <summary>The calendar month, in the zone, of the first sample's interval; the current month is never guessed.</summary>
    private static ComputationPeriod FirstMonth(byte[] bytes, bool prometheus, DateTimeZone zone, bool samplesEnd)
    {
        var first = prometheus ? FirstPrometheusTime(bytes) : FirstCsvTime(Utf8(bytes));
        if (first is not { } time)
        {
            throw new CliException("no sample to take the month from; give --period YYYY-MM.");
        }

        // A sample that closes an interval belongs to the interval before its time (the one ending at midnight belongs to the day before).
        var date = (samplesEnd ? time - Duration.Epsilon : time).InZone(zone).Date;
        return ComputationPeriod.Month(date.Year, date.Month);
    }

    private static Instant? FirstPrometheusTime(byte[] bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes);
            foreach (var series in document.RootElement.GetProperty("data").GetProperty("result").EnumerateArray())
            {
                var sample = series.TryGetProperty("values", out var values) && values.GetArrayLength() > 0 ? values[0] : series.TryGetProperty("value", out var value) ? value : default;
                if (sample.ValueKind == JsonValueKind.Array && sample[0].TryGetDecimal(out var seconds) && seconds is > 0 and < 253_402_300_799m)
                {
                    return Instant.FromUnixTimeTicks((long)(seconds * NodaConstants.TicksPerSecond));
                }
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
        {
            // Not a readable result: the reader reports why, with the position; the month comes from --period then.
        }

        return null;
    }

    private static Instant? FirstCsvTime(string text)
    {
        foreach (var line in text.Split('\n').Take(2))
        {
            var field = line.Split(',')[0].Trim();
            if (decimal.TryParse(field, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds < 253_402_300_799m)
            {
                return Instant.FromUnixTimeTicks((long)(seconds * NodaConstants.TicksPerSecond));
            }

            if (InstantPattern.ExtendedIso.Parse(field) is { Success: true } instant)
            {
                return instant.Value;
            }

            if (OffsetDateTimePattern.ExtendedIso.Parse(field) is { Success: true } offset)
            {
                return offset.Value.ToInstant();
            }
        }

        return null;
    }

    private static string Utf8(byte[] bytes)
    {
        return Encoding.UTF8.GetString(Domain.Internal.TextInput.WithoutByteOrderMark(bytes.AsSpan()));
    }

    private static void Write(CliConsole console, FileInfo? output, string text)
    {
        if (output is null)
        {
            console.Out.Write(text);
            return;
        }

        try
        {
            File.WriteAllText(output.FullName, text, new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write '{output.FullName}': {e.Message}", e);
        }
    }
}
