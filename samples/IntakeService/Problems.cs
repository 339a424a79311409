using AiContracts.Domain.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace IntakeService;

/// <summary>
/// RFC 9457 problem details for every rejection: <c>type</c>, <c>title</c>, <c>status</c>, <c>detail</c>, <c>instance</c>
/// and the extension member <c>diagnostics</c> (each finding's code, severity, pointer, line, column, message and the
/// document it belongs to). The types are documented in the README's "Intake service" section.
/// </summary>
internal static class Problems
{
    public const string TypeBase = "https://aicontracts.dev/problems/";

    public static IResult Create(HttpContext context, int status, string type, string title, string detail, IEnumerable<Diagnostic>? diagnostics = null)
    {
        var findings = (diagnostics ?? []).Select(d => new ProblemDiagnostic(
            d.Code, d.Severity.Name, d.Pointer, d.Line, d.Column, d.Message, d.Document.Name)).ToList();
        OutcomeLogging.Record(context, findings.Count(f => f.Severity == "Error"), findings.Count(f => f.Severity == "Warning"));
        return TypedResults.Problem(new ProblemDetails
        {
            Type = TypeBase + type,
            Title = title,
            Status = status,
            Detail = detail,
            Instance = context.Request.Path,
            Extensions = { ["diagnostics"] = findings },
        });
    }

    public static IResult UnsupportedMediaType(HttpContext context, string expected) => Create(
        context,
        StatusCodes.Status415UnsupportedMediaType,
        "unsupported-media-type",
        "Unsupported media type",
        $"The request's Content-Type is '{context.Request.ContentType ?? "(none)"}'; this endpoint accepts {expected}.");

    public static IResult UnknownPlaybook(HttpContext context, string name, IEnumerable<string> known) => Create(
        context,
        StatusCodes.Status400BadRequest,
        "unknown-playbook",
        "Unknown playbook",
        $"There is no playbook named '{name}'; expected one of {string.Join(", ", known)} (GET /playbooks lists them).");

    public static IResult TooLarge(HttpContext context, long limit, IEnumerable<Diagnostic>? diagnostics = null)
    {
        // The rest of the body is never read: the connection cannot carry another request, so say so (Kestrel closes it).
        context.Response.Headers.Connection = "close";
        return Create(
            context,
            StatusCodes.Status413PayloadTooLarge,
            "too-large",
            "Request body too large",
            $"The request body is larger than this service's limit of {limit} bytes.",
            diagnostics);
    }

    public static IResult Empty(HttpContext context) => Create(
        context,
        StatusCodes.Status400BadRequest,
        "malformed-document",
        "Malformed document",
        "The request body is empty; send the document as the body.");

    public static IResult BadRequest(HttpContext context, string detail) => Create(
        context,
        StatusCodes.Status400BadRequest,
        "bad-request",
        "Bad request",
        detail);

    /// <summary>The status a document's findings call for, and its problem; null when the documents are valid.</summary>
    public static IResult? FromFindings(HttpContext context, long limit, IReadOnlyList<Diagnostic> findings, bool valid)
    {
        if (findings.Any(d => d.Code == "AIC0003"))
        {
            return TooLarge(context, limit, findings.Where(d => d.Code == "AIC0003"));
        }

        if (findings.Any(d => d.Code is "AIC0001" or "AIC0002"))
        {
            return Create(
                context,
                StatusCodes.Status400BadRequest,
                "malformed-document",
                "Malformed document",
                "A document is not well-formed JSON (or nests too deeply); the diagnostics say where.",
                findings.Where(d => d.Code is "AIC0001" or "AIC0002"));
        }

        if (!valid)
        {
            var errors = findings.Count(d => d.Severity == DiagnosticSeverity.Error);
            return Create(
                context,
                StatusCodes.Status422UnprocessableEntity,
                "invalid-document",
                "The document has errors",
                $"{errors} error(s) and {findings.Count - errors} other finding(s); each diagnostic names its document, pointer, line and column.",
                findings);
        }

        return null;
    }
}

/// <summary>One finding in a problem's <c>diagnostics</c> member.</summary>
internal sealed record ProblemDiagnostic(string Code, string Severity, string Pointer, int? Line, int? Column, string Message, string Document);
