using System.Text;
using System.Text.Json;
using AiContracts.Domain;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.Validation;
using AiContracts.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

namespace IntakeService;

/// <summary>The endpoints: POST /contracts/{validate,check,evaluate,price}, GET /schemas/{kind}, GET /playbooks.</summary>
internal static class IntakeEndpoints
{
    private const string Json = "application/json";
    private const string Multipart = "multipart/form-data";

    public static void MapIntakeEndpoints(this WebApplication app)
    {
        var contracts = app.MapGroup("/contracts").WithTags("Contracts").AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context).ConfigureAwait(false);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                // Kestrel's own limit (the same number) stopped a chunked body.
                return Problems.TooLarge(context.HttpContext, context.HttpContext.RequestServices.GetRequiredService<IntakeValidators>().MaxRequestBytes);
            }
            catch (BadHttpRequestException e)
            {
                return Problems.Create(context.HttpContext, e.StatusCode, "bad-request", "Bad request", "The request body could not be read.");
            }
            catch (InvalidDataException)
            {
                return Problems.BadRequest(context.HttpContext, "The multipart body is malformed.");
            }
        });

        Document(contracts.MapPost("/validate", Validate), Json, "ValidateContract", "Validates a contract: structure, integrity and a playbook's rules.", "The validation report (no errors).");
        Document(contracts.MapPost("/check", Check), Json, "CheckContract", "Reports each clause a playbook requires as present, missing or deficient.", "The completeness report.");
        Document(contracts.MapPost("/evaluate", Evaluate), Multipart, "EvaluateContract", "Evaluates the service levels for a period: parts 'contract' and 'measurements', optionally 'usage'.", "The SLA evaluation.");
        Document(contracts.MapPost("/price", Price), Multipart, "PriceContract", "Prices a billing period: parts 'contract' and 'usage', optionally 'measurements'.", "The invoice.");

        app.MapGet("/schemas/{kind}", GetSchema).WithTags("Schemas").WithName("GetSchema")
            .WithSummary("A published JSON Schema (draft 2020-12), with ETag and caching headers.")
            .Produces(StatusCodes.Status200OK, contentType: "application/schema+json")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/playbooks", GetPlaybooks).WithTags("Playbooks").WithName("ListPlaybooks")
            .WithSummary("The built-in playbooks, their rules and parameters, and which one is the default.")
            .Produces(StatusCodes.Status200OK, contentType: Json);
    }

    private static void Document(RouteHandlerBuilder endpoint, string accepts, string name, string summary, string ok) => endpoint
        .WithName(name)
        .WithSummary(summary)
        .Produces(StatusCodes.Status200OK, contentType: Json)
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .AddOpenApiOperationTransformer((operation, _, _) =>
        {
            // The body is streamed by the handler, not bound, so the request body is described here.
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = accepts == Json ? "The contract document (JSON)." : "The documents as parts of a multipart/form-data body, each validated on its own (so each finding keeps its line and column).",
                Content = new Dictionary<string, OpenApiMediaType> { [accepts] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object } } },
            };
            if (operation.Responses?.TryGetValue("200", out var success) == true)
            {
                success.Description = ok;
            }

            return Task.CompletedTask;
        });

    private static async Task<IResult> Validate(HttpContext context, [FromQuery] string? playbook, IntakeValidators validators, CancellationToken cancellationToken)
    {
        if (Precheck(context, validators, playbook, Json) is { } rejected)
        {
            return rejected;
        }

        validators.TryGet(playbook, out var selected);
        var result = await selected.Validator.ValidateAsync(context.Request.Body, cancellationToken).ConfigureAwait(false);
        var report = result.Report;
        if (Problems.FromFindings(context, validators.MaxRequestBytes, report.Diagnostics, report.IsValid) is { } problem)
        {
            return problem;
        }

        OutcomeLogging.Record(context, report.ErrorCount, report.WarningCount);
        return Results.Text(ValidationReportJson.Serialize(report), Json, Encoding.UTF8);
    }

    private static async Task<IResult> Check(HttpContext context, [FromQuery] string? playbook, IntakeValidators validators, CancellationToken cancellationToken)
    {
        if (Precheck(context, validators, playbook, Json) is { } rejected)
        {
            return rejected;
        }

        validators.TryGet(playbook, out var selected);
        var result = await selected.Validator.ValidateAsync(context.Request.Body, cancellationToken).ConfigureAwait(false);
        if (result.Value is not { } contract)
        {
            // Not a contract at all: the same answer validate gives. A contract the playbook dislikes is a report, not a rejection.
            return Problems.FromFindings(context, validators.MaxRequestBytes, result.Report.Diagnostics, valid: false)!;
        }

        OutcomeLogging.Record(context, result.Report.ErrorCount, result.Report.WarningCount);
        var completeness = CompletenessReport.Create(contract, selected.Playbook);

        // The report's findings come from the typed contract; the pipeline ran the same playbook, so its findings carry
        // the line and column of each (same code, same pointer), as `aicontracts check` prints them.
        var located = result.Report.Diagnostics.Where(d => d.Line is not null).GroupBy(d => (d.Code, d.Pointer)).ToDictionary(g => g.Key, g => g.First());
        completeness = completeness with
        {
            Clauses = ValueArray.From(completeness.Clauses.Select(clause => clause with
            {
                Findings = ValueArray.From(clause.Findings.Select(f => located.TryGetValue((f.Code, f.Pointer), out var withPosition) ? withPosition : f)),
            })),
        };
        return Results.Text(CompletenessReportJson.Serialize(completeness), Json, Encoding.UTF8);
    }

    private static async Task<IResult> Evaluate(HttpContext context, IntakeValidators validators, CancellationToken cancellationToken)
    {
        var (parts, rejected) = await ReadParts(context, validators, "measurements", "usage", cancellationToken).ConfigureAwait(false);
        if (rejected is not null)
        {
            return rejected;
        }

        var evaluation = SlaEvaluator.Evaluate(parts.Contract!, parts.Measurements!, parts.Usage);
        return Computed(context, validators, evaluation.Diagnostics, ComputationJson.Serialize(evaluation));
    }

    private static async Task<IResult> Price(HttpContext context, IntakeValidators validators, CancellationToken cancellationToken)
    {
        var (parts, rejected) = await ReadParts(context, validators, "usage", "measurements", cancellationToken).ConfigureAwait(false);
        if (rejected is not null)
        {
            return rejected;
        }

        var evaluation = parts.Measurements is null ? null : SlaEvaluator.Evaluate(parts.Contract!, parts.Measurements);
        if (evaluation is not null && !evaluation.IsComplete)
        {
            // Credits from measurements that cannot be evaluated would be wrong (zero): no invoice, the evaluation's findings instead.
            return Computed(context, validators, evaluation.Diagnostics, ComputationJson.Serialize(evaluation));
        }

        var invoice = InvoiceCalculator.Calculate(parts.Contract!, parts.Usage!, evaluation);
        var findings = evaluation is null ? invoice.Diagnostics.ToList() : [.. evaluation.Diagnostics, .. invoice.Diagnostics];
        return Computed(context, validators, findings, ComputationJson.Serialize(invoice));
    }

    private static IResult Computed(HttpContext context, IntakeValidators validators, IReadOnlyList<Diagnostic> findings, string json)
    {
        var valid = !findings.Any(d => d.Severity == DiagnosticSeverity.Error);
        if (Problems.FromFindings(context, validators.MaxRequestBytes, findings, valid) is { } problem)
        {
            return problem;
        }

        OutcomeLogging.Record(context, 0, findings.Count(d => d.Severity == DiagnosticSeverity.Warning));
        return Results.Text(json, Json, Encoding.UTF8);
    }

    /// <summary>What every POST checks before reading a byte: media type, playbook, declared length.</summary>
    private static IResult? Precheck(HttpContext context, IntakeValidators validators, string? playbook, string accepts)
    {
        var request = context.Request;
        if (!(accepts == Json ? IsJson(request.ContentType) : IsMultipart(request.ContentType, out _)))
        {
            return Problems.UnsupportedMediaType(context, accepts == Json ? "application/json (UTF-8)" : "multipart/form-data");
        }

        if (!validators.TryGet(playbook, out _))
        {
            return Problems.UnknownPlaybook(context, playbook!, validators.Names);
        }

        return request.ContentLength switch
        {
            { } length when length > validators.MaxRequestBytes => Problems.TooLarge(context, validators.MaxRequestBytes),
            0 => Problems.Empty(context),
            _ => null,
        };
    }

    private sealed class Parts
    {
        public AiContract? Contract { get; set; }

        public SlaMeasurements? Measurements { get; set; }

        public UsageStatement? Usage { get; set; }
    }

    /// <summary>
    /// Streams a multipart body part by part, each into its own reader, so that each finding has the line and column
    /// of its own document. The contract is read for structure and integrity only (computations need no policy).
    /// </summary>
    private static async Task<(Parts Parts, IResult? Rejected)> ReadParts(HttpContext context, IntakeValidators validators, string required, string optional, CancellationToken cancellationToken)
    {
        var parts = new Parts();
        if (Precheck(context, validators, null, Multipart) is { } rejected)
        {
            return (parts, rejected);
        }

        IsMultipart(context.Request.ContentType, out var boundary);
        var reader = new MultipartReader(boundary, context.Request.Body) { BodyLengthLimit = validators.MaxRequestBytes };
        var findings = new List<Diagnostic>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var valid = true;
        while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
        {
            var name = section.GetContentDispositionHeader()?.Name.Value?.Trim('"');
            if (name is null || !(name == "contract" || name == required || name == optional))
            {
                return (parts, Problems.BadRequest(context, $"Unexpected part '{name ?? "(unnamed)"}'; this endpoint reads the parts 'contract', '{required}' and optionally '{optional}'."));
            }

            if (!seen.Add(name))
            {
                return (parts, Problems.BadRequest(context, $"The part '{name}' appears more than once."));
            }

            switch (name)
            {
                case "contract":
                    var contract = await validators.Computable.ValidateAsync(section.Body, cancellationToken).ConfigureAwait(false);
                    findings.AddRange(contract.Report.Diagnostics);
                    valid &= contract.IsValid;
                    parts.Contract = contract.Value;
                    break;
                case "measurements":
                    var measurements = await ComputationJson.ReadAsync<SlaMeasurements>(section.Body, cancellationToken).ConfigureAwait(false);
                    findings.AddRange(measurements.Report.Diagnostics);
                    valid &= measurements.IsValid;
                    parts.Measurements = measurements.Value;
                    break;
                default:
                    var usage = await ComputationJson.ReadAsync<UsageStatement>(section.Body, cancellationToken).ConfigureAwait(false);
                    findings.AddRange(usage.Report.Diagnostics);
                    valid &= usage.IsValid;
                    parts.Usage = usage.Value;
                    break;
            }
        }

        if (!seen.Contains("contract") || !seen.Contains(required))
        {
            return (parts, Problems.BadRequest(context, $"The parts 'contract' and '{required}' are required (optionally '{optional}'); this body has {(seen.Count == 0 ? "none" : string.Join(", ", seen.Order(StringComparer.Ordinal)))}."));
        }

        return (parts, Problems.FromFindings(context, validators.MaxRequestBytes, findings, valid));
    }

    private static IResult GetSchema(HttpContext context, string kind, SchemaCatalogue schemas)
    {
        if (!schemas.TryGet(kind, out var schema))
        {
            return Problems.Create(context, StatusCodes.Status404NotFound, "unknown-schema", "Unknown schema", $"There is no schema '{kind}'; expected one of {string.Join(", ", schemas.Kinds)}.");
        }

        var headers = context.Response.GetTypedHeaders();
        context.Response.Headers.ETag = schema.ETag;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromHours(1) };
        var ifNoneMatch = context.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Tag.Value == schema.ETag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(schema.Utf8, "application/schema+json");
    }

    private static IResult GetPlaybooks(IntakeValidators validators)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("default", validators.Default.Playbook.Name);
            writer.WriteStartArray("playbooks");
            foreach (var playbook in Playbook.BuiltIn)
            {
                writer.WriteRawValue(PlaybookJson.Write(playbook));
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Results.Bytes(buffer.ToArray(), Json);
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && (type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase) || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase))
        && (!type.Charset.HasValue || type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    private static bool IsMultipart(string? contentType, out string boundary)
    {
        boundary = string.Empty;
        if (!MediaTypeHeaderValue.TryParse(contentType, out var type) || !type.MediaType.Equals(Multipart, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value ?? string.Empty;
        return boundary.Length is > 0 and <= 70;
    }
}
