using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace IntakeService.Tests;

public sealed class EndpointTests(IntakeFactory factory) : IClassFixture<IntakeFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static MultipartFormDataContent Parts(params (string Name, string Body)[] parts)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, body) in parts)
        {
            content.Add(Json(body), name, name + ".json");
        }

        return content;
    }

    [Fact]
    public async Task Validate_answers_200_with_the_report_for_a_contract_without_errors()
    {
        using var client = factory.Client();
        using var response = await client.PostAsync("/contracts/validate", Json(Bodies.Valid), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
        Assert.True((bool)report["isValid"]!);
        Assert.Equal(0, (int)report["errorCount"]!);
    }

    [Fact]
    public async Task Validate_answers_422_problem_details_listing_every_finding_with_its_line()
    {
        using var client = factory.Client();
        using var response = await client.PostAsync("/contracts/validate", Json(Bodies.Risky), Ct);
        var problem = await ProblemAssert.IsProblem(response, 422, "invalid-document");
        var diagnostics = problem["diagnostics"]!.AsArray();
        Assert.True(diagnostics.Count > 10);
        Assert.Contains(diagnostics, d => (string?)d!["severity"] == "Error");
        Assert.All(diagnostics, d => Assert.True((int?)d!["line"] > 0));
        Assert.All(diagnostics, d => Assert.Equal("Contract", (string?)d!["document"]));
    }

    [Fact]
    public async Task Validate_uses_the_named_playbook()
    {
        using var client = factory.Client();
        using var none = await client.PostAsync("/contracts/validate?playbook=none", Json(Bodies.Risky), Ct);
        using var strict = await client.PostAsync("/contracts/validate?playbook=strict", Json(Bodies.Risky), Ct);
        var noneCount = (await ProblemAssert.Normalized(none, Ct)).Length;
        var strictProblem = await ProblemAssert.IsProblem(strict, 422, "invalid-document");
        Assert.NotEqual(HttpStatusCode.InternalServerError, none.StatusCode);
        Assert.True(strictProblem["diagnostics"]!.AsArray().Count > 0);
        Assert.True(noneCount > 0);
    }

    [Fact]
    public async Task Check_answers_200_with_the_completeness_report_even_for_an_incomplete_contract()
    {
        using var client = factory.Client();
        using var response = await client.PostAsync("/contracts/check?playbook=strict", Json(Bodies.Risky), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
        Assert.Equal("strict", (string?)report["playbook"]);
        var clauses = report["clauses"]!.AsArray();
        Assert.NotEmpty(clauses);
        var findings = clauses.SelectMany(c => c!["findings"]?.AsArray() ?? []).ToList();
        Assert.NotEmpty(findings);
        // Each finding has the line of its element, as in the validation report.
        Assert.Contains(findings, f => (int?)f!["line"] > 1);
    }

    [Fact]
    public async Task Check_answers_400_for_malformed_json()
    {
        using var client = factory.Client();
        using var response = await client.PostAsync("/contracts/check", Json(Bodies.Malformed), Ct);
        await ProblemAssert.IsProblem(response, 400, "malformed-document");
    }

    [Fact]
    public async Task Evaluate_answers_200_with_the_evaluation()
    {
        using var client = factory.Client();
        using var response = await client.PostAsync("/contracts/evaluate", Parts(("contract", Bodies.Valid), ("measurements", Bodies.Measurements)), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var evaluation = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
        Assert.NotEmpty(evaluation["objectives"]!.AsArray());
    }

    [Fact]
    public async Task Price_answers_200_with_the_invoice()
    {
        using var client = factory.Client();
        using var response = await client.PostAsync("/contracts/price", Parts(("contract", Bodies.Valid), ("usage", Bodies.Usage)), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var invoice = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
        Assert.NotEmpty(invoice["lines"]!.AsArray());
    }

    [Fact]
    public async Task Each_part_keeps_its_own_document_and_line()
    {
        var brokenUsage = "{\n  \"contractId\": \"x\",\n  \"period\": 12\n}";
        using var client = factory.Client();
        using var response = await client.PostAsync("/contracts/price", Parts(("contract", Bodies.Valid), ("usage", brokenUsage)), Ct);
        var problem = await ProblemAssert.IsProblem(response, 422, "invalid-document");
        var usage = problem["diagnostics"]!.AsArray().Where(d => (string?)d!["document"] == "Usage").ToList();
        Assert.NotEmpty(usage);
        Assert.All(usage, d => Assert.InRange((int)d!["line"]!, 1, 4));
    }

    [Theory]
    [InlineData("/contracts/evaluate")]
    [InlineData("/contracts/price")]
    public async Task Multipart_endpoints_answer_400_when_a_part_is_missing_and_415_for_json(string path)
    {
        using var client = factory.Client();
        using var missing = await client.PostAsync(path, Parts(("contract", Bodies.Valid)), Ct);
        await ProblemAssert.IsProblem(missing, 400, "bad-request");
        using var json = await client.PostAsync(path, Json(Bodies.Valid), Ct);
        await ProblemAssert.IsProblem(json, 415, "unsupported-media-type");
    }

    [Fact]
    public async Task Multipart_answers_422_for_an_invalid_contract_part()
    {
        using var client = factory.Client();
        using var response = await client.PostAsync("/contracts/evaluate", Parts(("contract", "{\"title\": 3}"), ("measurements", Bodies.Measurements)), Ct);
        var problem = await ProblemAssert.IsProblem(response, 422, "invalid-document");
        Assert.Contains(problem["diagnostics"]!.AsArray(), d => (string?)d!["document"] == "Contract");
    }

    [Fact]
    public async Task Schemas_carry_an_etag_and_answer_304_when_it_matches()
    {
        using var client = factory.Client();
        using var first = await client.GetAsync("/schemas/contract", Ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/schema+json", first.Content.Headers.ContentType?.MediaType);
        Assert.True(first.Headers.CacheControl?.Public);
        Assert.NotNull(first.Headers.CacheControl?.MaxAge);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Contains("\"$schema\"", await first.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/schemas/contract");
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(Ct));

        using var stale = new HttpRequestMessage(HttpMethod.Get, "/schemas/contract");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"old\""));
        using var third = await client.SendAsync(stale, Ct);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Theory]
    [InlineData("playbook")]
    [InlineData("measurements")]
    [InlineData("usage")]
    [InlineData("evaluation")]
    [InlineData("invoice")]
    public async Task Every_published_schema_is_served(string kind)
    {
        using var client = factory.Client();
        using var response = await client.GetAsync("/schemas/" + kind, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!["$id"]);
    }

    [Fact]
    public async Task An_unknown_schema_is_404_problem_details()
    {
        using var client = factory.Client();
        using var response = await client.GetAsync("/schemas/nope", Ct);
        await ProblemAssert.IsProblem(response, 404, "unknown-schema");
    }

    [Fact]
    public async Task Playbooks_lists_the_built_in_playbooks_and_the_default()
    {
        using var client = factory.Client();
        using var response = await client.GetAsync("/playbooks", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var list = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
        Assert.Equal("ai-deployment-baseline", (string?)list["default"]);
        var names = list["playbooks"]!.AsArray().Select(p => (string?)p!["name"]).ToList();
        Assert.Equal(["ai-deployment-baseline", "gdpr-article-28", "strict", "none"], names);
    }

    [Fact]
    public async Task Healthz_is_healthy()
    {
        using var client = factory.Client();
        using var response = await client.GetAsync("/healthz", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task The_page_is_served_at_the_root()
    {
        using var client = factory.Client();
        using var page = await client.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("intake.js", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        using var script = await client.GetAsync("/intake.js", Ct);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_lists_every_endpoint_and_names_the_problem_responses()
    {
        using var client = factory.Client();
        using var response = await client.GetAsync("/openapi/v1.json", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!["paths"]!.AsObject();
        foreach (var post in new[] { "/contracts/validate", "/contracts/check", "/contracts/evaluate", "/contracts/price" })
        {
            var operation = paths[post]?["post"];
            Assert.NotNull(operation);
            Assert.NotNull(operation["requestBody"]);
            foreach (var status in new[] { "400", "413", "415", "422" })
            {
                Assert.NotNull(operation["responses"]?[status]?["content"]?["application/problem+json"]);
            }
        }

        Assert.NotNull(paths["/contracts/validate"]!["post"]!["parameters"]!.AsArray().FirstOrDefault(p => (string?)p!["name"] == "playbook"));
        Assert.NotNull(paths["/schemas/{kind}"]?["get"]);
        Assert.NotNull(paths["/playbooks"]?["get"]);
        Assert.NotNull(paths["/healthz"]?["get"]);
    }

    [Fact]
    public async Task Each_request_is_logged_once_with_its_counts_and_never_its_content()
    {
        const string Marker = "CONFIDENTIAL-TERMS-7f3a";
        var body = Bodies.Risky.Replace("\"title\": \"", "\"title\": \"" + Marker + " ", StringComparison.Ordinal);
        Assert.Contains(Marker, body, StringComparison.Ordinal);
        using var client = factory.Client();
        using var response = await client.PostAsync("/contracts/validate?playbook=strict", Json(body), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);

        var entries = factory.Logs.Entries.ToList();
        Assert.DoesNotContain(entries, e => e.Message.Contains(Marker, StringComparison.Ordinal) || e.State.Any(kv => kv.Value?.ToString()?.Contains(Marker, StringComparison.Ordinal) == true));
        var outcome = Assert.Single(entries, e => e.Category == "IntakeService.OutcomeLogging" && e.Value("Status") == "422" && e.Value("RequestBytes") == Encoding.UTF8.GetByteCount(body).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("/contracts/validate", outcome.Value("Route"));
        Assert.True(int.Parse(outcome.Value("Errors")!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.NotNull(outcome.Value("Warnings"));
        Assert.NotNull(outcome.Value("ElapsedMs"));
    }
}
