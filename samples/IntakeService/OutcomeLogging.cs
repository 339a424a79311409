using System.Diagnostics;

namespace IntakeService;

/// <summary>
/// Logs each request's outcome as one structured event: method, route, status, counts of errors and warnings, body
/// size and duration. Never the body: contracts are confidential.
/// </summary>
internal sealed partial class OutcomeLogging(RequestDelegate next, ILogger<OutcomeLogging> logger)
{
    private static readonly object Key = new();

    public static void Record(HttpContext context, int errors, int warnings) => context.Items[Key] = (errors, warnings);

    public async Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                Log(context, start);
            }
        }
    }

    private void Log(HttpContext context, long start)
    {
        var (errors, warnings) = context.Items.TryGetValue(Key, out var counts) && counts is ValueTuple<int, int> c ? c : (0, 0);
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value ?? "/";
        var elapsedMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        Answered(logger, context.Request.Method, route, context.Response.StatusCode, errors, warnings, context.Request.ContentLength, elapsedMs);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Method} {Route} answered {Status}: {Errors} errors, {Warnings} warnings; {RequestBytes} bytes in {ElapsedMs:0.0} ms")]
    private static partial void Answered(ILogger logger, string method, string route, int status, int errors, int warnings, long? requestBytes, double elapsedMs);
}
