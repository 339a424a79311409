using AiContracts.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace IntakeService;

/// <summary>Registers and maps the intake service; <c>Program.cs</c> is these two calls.</summary>
internal static class IntakeServiceSetup
{
    public static IServiceCollection AddIntakeService(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IntakeOptions>().Bind(configuration.GetSection(IntakeOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<IntakeOptions>, IntakeOptionsValidator>();

        // The library's own registration (validated at start too); the intake options choose its playbook and limit.
        services.AddAiContracts();
        services.AddOptions<AiContractsOptions>().Configure<IOptions<IntakeOptions>>((contracts, intake) =>
        {
            contracts.Playbook = intake.Value.DefaultPlaybook;
            contracts.Validation = contracts.Validation with { Json = contracts.Validation.Json with { MaxDocumentBytes = intake.Value.MaxRequestBytes } };
        });

        // The same limit at the server: a chunked body cannot grow past it either.
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<IntakeOptions>>((kestrel, intake) => kestrel.Limits.MaxRequestBodySize = intake.Value.MaxRequestBytes);

        services.AddSingleton<IntakeValidators>();
        services.AddSingleton<SchemaCatalogue>();
        services.AddProblemDetails();
        services.AddHealthChecks();
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "AiContracts intake service";
            document.Info.Description = "Validates, checks, evaluates and prices AI-deployment contracts; every rejection is RFC 9457 problem details with a diagnostics member.";
            return Task.CompletedTask;
        }));
        return services;
    }

    public static WebApplication UseIntakeService(this WebApplication app)
    {
        // No stack trace in any answer: unhandled exceptions become a bare 500 problem, other statuses problem details too.
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<OutcomeLogging>();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapOpenApi();
        // A minimal-API endpoint rather than MapHealthChecks, so that the OpenAPI document lists it too.
        app.MapGet("/healthz", async (HealthCheckService health, CancellationToken cancellationToken) =>
            {
                var report = await health.CheckHealthAsync(cancellationToken).ConfigureAwait(false);
                return Results.Text(report.Status.ToString(), "text/plain", statusCode: report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
            })
            .WithTags("Health").WithName("Health").WithSummary("Healthy, Degraded (200) or Unhealthy (503).")
            .Produces(StatusCodes.Status200OK, contentType: "text/plain")
            .Produces(StatusCodes.Status503ServiceUnavailable, contentType: "text/plain");
        app.MapIntakeEndpoints();
        return app;
    }
}
