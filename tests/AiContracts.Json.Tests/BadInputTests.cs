using System.Text;

namespace AiContracts.Json.Tests;

/// <summary>
/// Every bad input surfaces as a <see cref="ContractJsonException"/> that carries the JSON path, the line and column,
/// and a message a person can act on.
/// </summary>
public sealed class BadInputTests
{
    private const string Valid = """
        {
          "schemaVersion": "1.0",
          "id": "ACME-1",
          "title": "Test contract",
          "status": "Draft",
          "effectiveDate": "2026-01-31",
          "timeZone": "Europe/Berlin",
          "serviceLevels": {
            "kpis": [
              {
                "id": "availability",
                "name": "Availability",
                "category": "Technical",
                "metric": "Availability",
                "unit": "Percent",
                "target": 99.9
              }
            ]
          },
          "pricing": {
            "currency": "EUR",
            "meters": [
              {
                "id": "tokens",
                "name": "Tokens",
                "unit": "Tokens",
                "model": "PerUnit",
                "unitPrice": { "amount": 0.000002, "currency": "EUR" }
              }
            ],
            "paymentTerms": { "dueWithin": "P30D" }
          }
        }
        """;

    private static ContractJsonException ReadFails(string json) =>
        Assert.Throws<ContractJsonException>(() => AiContractSerializer.Default.Deserialize(json));

    [Fact]
    public void Deserialize_ValidBaseDocument_Succeeds()
    {
        var contract = AiContractSerializer.Default.Deserialize(Valid);

        Assert.Equal("ACME-1", contract.Id.Value);
    }

    [Theory]
    [InlineData("\"target\": 99.9", "\"target\": \"high\"", "$.serviceLevels.kpis[0].target", "number", "'high'")]
    [InlineData("\"title\": \"Test contract\"", "\"title\": 42", "$.title", "a string", "a number (42)")]
    [InlineData("\"kpis\": [", "\"kpis\": 7, \"x\": [", "$.serviceLevels.kpis", "an array", "a number (7)")]
    [InlineData("\"paymentTerms\": { \"dueWithin\": \"P30D\" }", "\"paymentTerms\": \"net 30\"", "$.pricing.paymentTerms", "an object (PaymentTerms)", "a string ('net 30')")]
    [InlineData("\"status\": \"Draft\"", "\"status\": true", "$.status", "a string naming a ContractStatus", "true")]
    public void Deserialize_WrongJsonType_NamesPathExpectedAndFound(string from, string to, string path, string expected, string found)
    {
        var e = ReadFails(Valid.Replace(from, to, StringComparison.Ordinal));

        Assert.Equal(path, e.Path);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Contains(found, e.Message, StringComparison.Ordinal);
        Assert.NotNull(e.LineNumber);
        Assert.NotNull(e.Column);
        Assert.StartsWith(path + " (line ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_UnknownEnumName_ListsAllowedNames()
    {
        var e = ReadFails(Valid.Replace("\"unit\": \"Percent\"", "\"unit\": \"PERCENTAGE\"", StringComparison.Ordinal));

        Assert.Equal("$.serviceLevels.kpis[0].unit", e.Path);
        Assert.Equal("/serviceLevels/kpis/0/unit", e.Pointer);
        Assert.Contains("'PERCENTAGE' is not a KpiUnit; expected one of Percent, Milliseconds, Seconds", e.Message, StringComparison.Ordinal);
        Assert.Equal(15, e.LineNumber);
    }

    [Fact]
    public void Deserialize_EnumNameInWrongCase_SuggestsTheRightName()
    {
        var e = ReadFails(Valid.Replace("\"status\": \"Draft\"", "\"status\": \"draft\"", StringComparison.Ordinal));

        Assert.Contains("did you mean 'Draft'?", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"effectiveDate\": \"2026-01-31\"", "\"effectiveDate\": \"2026-02-30\"", "$.effectiveDate", "'2026-02-30' is not an ISO 8601 date")]
    [InlineData("\"effectiveDate\": \"2026-01-31\"", "\"effectiveDate\": \"31/01/2026\"", "$.effectiveDate", "'31/01/2026' is not an ISO 8601 date")]
    [InlineData("\"dueWithin\": \"P30D\"", "\"dueWithin\": \"30 days\"", "$.pricing.paymentTerms.dueWithin", "'30 days' is not an ISO 8601 period")]
    [InlineData("\"dueWithin\": \"P30D\"", "\"dueWithin\": \"P\"", "$.pricing.paymentTerms.dueWithin", "'P' is not an ISO 8601 period")]
    [InlineData("\"timeZone\": \"Europe/Berlin\"", "\"timeZone\": \"Europe/Atlantis\"", "$.timeZone", "'Europe/Atlantis' is not an IANA time zone identifier")]
    public void Deserialize_InvalidDateOrPeriodOrZone_SaysWhatFormIsExpected(string from, string to, string path, string message)
    {
        var e = ReadFails(Valid.Replace(from, to, StringComparison.Ordinal));

        Assert.Equal(path, e.Path);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"currency\": \"EUR\" }", "\"currency\": \"EURO\" }", "'EURO' is not an ISO 4217 currency code")]
    [InlineData("\"currency\": \"EUR\" }", "\"currency\": \"eur\" }", "did you mean 'EUR'?")]
    [InlineData("\"currency\": \"EUR\" }", "\"currency\": \"XYZ\" }", "'XYZ' is not an active ISO 4217 currency code")]
    [InlineData("\"currency\": \"EUR\",\n    \"meters\"", "\"currency\": 978,\n    \"meters\"", "Expected an ISO 4217 currency code")]
    public void Deserialize_UnknownOrMalformedCurrency_IsRejectedWithTheCode(string from, string to, string message)
    {
        var e = ReadFails(Valid.Replace(from, to, StringComparison.Ordinal).Replace("\r\n", "\n", StringComparison.Ordinal));

        Assert.StartsWith("$.pricing.", e.Path, StringComparison.Ordinal);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_MoneyWithUnknownMember_NamesTheMember()
    {
        var e = ReadFails(Valid.Replace("\"currency\": \"EUR\" }", "\"currency\": \"EUR\", \"vat\": 19 }", StringComparison.Ordinal));

        Assert.Equal("$.pricing.meters[0].unitPrice['vat']", e.Path);
        Assert.Equal("/pricing/meters/0/unitPrice/vat", e.Pointer);
        Assert.Contains("Unknown member 'vat' in money", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_MoneyWithoutCurrency_SaysWhatIsMissing()
    {
        var e = ReadFails(Valid.Replace("{ \"amount\": 0.000002, \"currency\": \"EUR\" }", "{ \"amount\": 0.000002 }", StringComparison.Ordinal));

        Assert.Contains("Money is missing 'currency'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_UnknownMember_NamesTheMemberAndTheAllowedOnes()
    {
        var e = ReadFails(Valid.Replace("\"unit\": \"Percent\",", "\"unit\": \"Percent\", \"colour\": \"red\",", StringComparison.Ordinal));

        Assert.Equal("$.serviceLevels.kpis[0].colour", e.Path);
        Assert.Contains("Unknown member 'colour' in KpiDefinition; expected one of id, name, category, metric", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_UnknownRootMember_NamesTheMember()
    {
        var e = ReadFails(Valid.Replace("\"title\":", "\"titel\": \"x\", \"title\":", StringComparison.Ordinal));

        Assert.Equal("$.titel", e.Path);
        Assert.Contains("Unknown member 'titel' in AiContract", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_MissingRequiredMember_NamesTheMember()
    {
        var e = ReadFails(Valid.Replace("\"name\": \"Availability\",", string.Empty, StringComparison.Ordinal));

        Assert.Contains("KpiDefinition is missing the required member 'name'", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("$.serviceLevels.kpis[0]", e.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NullForRequiredString_IsRejected()
    {
        var e = ReadFails(Valid.Replace("\"title\": \"Test contract\"", "\"title\": null", StringComparison.Ordinal));

        Assert.Equal("$.title", e.Path);
        Assert.Contains("null", e.Message, StringComparison.Ordinal);
        Assert.Contains("title", e.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_MissingSchemaVersion_IsRejected()
    {
        var e = ReadFails(Valid.Replace("\"schemaVersion\": \"1.0\",", string.Empty, StringComparison.Ordinal));

        Assert.Contains("missing the required member 'schemaVersion'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2.0", "Schema version 2.0 is not supported")]
    [InlineData("1", "'1' is not a schema version")]
    [InlineData("v1.0", "'v1.0' is not a schema version")]
    public void Deserialize_WrongSchemaVersion_IsRejected(string version, string message)
    {
        var e = ReadFails(Valid.Replace("\"schemaVersion\": \"1.0\"", $"\"schemaVersion\": \"{version}\"", StringComparison.Ordinal));

        Assert.Equal("$.schemaVersion", e.Path);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_LaterMinorSchemaVersion_IsAccepted()
    {
        var contract = AiContractSerializer.Default.Deserialize(Valid.Replace("\"1.0\"", "\"1.7\"", StringComparison.Ordinal));

        Assert.Equal(7, contract.SchemaVersion.Minor);
    }

    [Fact]
    public void Deserialize_NestingDeeperThanTheLimit_IsRejectedWithTheLimit()
    {
        var deep = new StringBuilder("{\"deep\":");
        for (var i = 0; i < 100; i++)
        {
            deep.Append('[');
        }

        deep.Append(new string(']', 100)).Append('}');
        var json = Valid.Replace("\"status\": \"Draft\",", "\"status\": \"Draft\", \"extensions\": " + deep + ",", StringComparison.Ordinal);

        var e = ReadFails(json);

        Assert.Contains("nested deeper than the configured limit of 64", e.Message, StringComparison.Ordinal);
        Assert.NotNull(e.LineNumber);
    }

    [Fact]
    public void Deserialize_NestingWithinARaisedLimit_IsAccepted()
    {
        var deep = new StringBuilder();
        for (var i = 0; i < 100; i++)
        {
            deep.Append('[');
        }

        deep.Append(new string(']', 100));
        var json = Valid.Replace("\"status\": \"Draft\",", "\"status\": \"Draft\", \"extensions\": {\"deep\": " + deep + "},", StringComparison.Ordinal);
        var serializer = new AiContractSerializer(new AiContractJsonOptions { MaxDepth = 128 });

        var contract = serializer.Deserialize(json);

        Assert.True(contract.Extensions.Contains("deep"));
    }

    [Theory]
    [InlineData(100)]
    [InlineData(300)]
    [InlineData(500)]
    public void Deserialize_TruncatedDocument_IsMalformedJsonWithAPosition(int length)
    {
        var e = ReadFails(Valid[..length]);

        Assert.Contains("Malformed JSON", e.Message, StringComparison.Ordinal);
        Assert.NotNull(e.LineNumber);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("\"contract\"")]
    [InlineData("{\"schemaVersion\": \"1.0\",}")]
    [InlineData("{'schemaVersion': '1.0'}")]
    [InlineData("{\"schemaVersion\": \"1.0\"} trailing")]
    [InlineData("// comment\n{}")]
    public void Deserialize_NotAContractDocument_ThrowsContractJsonException(string json)
    {
        var e = ReadFails(json);

        Assert.False(string.IsNullOrWhiteSpace(e.Message));
    }

    [Fact]
    public void Deserialize_NullLiteral_SaysTheDocumentIsNull()
    {
        var e = ReadFails("null");

        Assert.Contains("The document is null", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_DuplicateMember_IsRejected()
    {
        var e = ReadFails(Valid.Replace("\"title\": \"Test contract\",", "\"title\": \"A\", \"title\": \"B\",", StringComparison.Ordinal));

        Assert.Contains("Duplicate member 'title'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_DuplicateMemberInExtensions_IsRejected()
    {
        var e = ReadFails(Valid.Replace("\"status\": \"Draft\",", "\"status\": \"Draft\", \"extensions\": {\"x\": [0, {\"a\": 1, \"a\": 2}]},", StringComparison.Ordinal));

        Assert.Contains("Duplicate member 'a' in the extensions", e.Message, StringComparison.Ordinal);
        Assert.Equal("$.extensions.x[1].a", e.Path);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("79228162514264337593543950336")]
    public void Deserialize_NumberBeyondDecimal_IsRejectedNotRounded(string number)
    {
        var e = ReadFails(Valid.Replace("\"target\": 99.9", $"\"target\": {number}", StringComparison.Ordinal));

        Assert.Equal("$.serviceLevels.kpis[0].target", e.Path);
        Assert.Contains("outside the range of an exact decimal", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"id\": \"ACME-1\"", "\"id\": \"has space\"", "$.id", "'has space' is not a valid contract identifier")]
    [InlineData("\"id\": \"availability\"", "\"id\": \"\"", "$.serviceLevels.kpis[0].id", "must not be empty")]
    [InlineData("\"id\": \"tokens\"", "\"id\": \"-tokens\"", "$.pricing.meters[0].id", "'-tokens' is not a valid local identifier")]
    public void Deserialize_InvalidIdentifier_IsRejected(string from, string to, string path, string message)
    {
        var e = ReadFails(Valid.Replace(from, to, StringComparison.Ordinal));

        Assert.Equal(path, e.Path);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NullArrayElement_IsRejected()
    {
        var e = ReadFails(Valid.Replace("\"kpis\": [", "\"kpis\": [null, ", StringComparison.Ordinal));

        Assert.StartsWith("$.serviceLevels.kpis", e.Path, StringComparison.Ordinal);
        Assert.Contains("null", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_PercentageOutOfRange_SaysTheRange()
    {
        var json = Valid.Replace("\"pricing\": {", "\"pricing\": { \"priceChangeLimit\": { \"maxIncrease\": 120 },", StringComparison.Ordinal);

        var e = ReadFails(json);

        Assert.Equal("$.pricing.priceChangeLimit.maxIncrease", e.Path);
        Assert.Contains("120 is not a percentage; expected a number between 0 and 100", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_DocumentLargerThanTheLimit_IsRejectedBeforeParsing()
    {
        var serializer = new AiContractSerializer(new AiContractJsonOptions { MaxDocumentBytes = 1024 });
        var big = Valid.Replace("\"title\": \"Test contract\"", $"\"title\": \"{new string('x', 2000)}\"", StringComparison.Ordinal);

        var fromString = Assert.Throws<ContractJsonException>(() => serializer.Deserialize(big));
        var fromStream = Assert.Throws<ContractJsonException>(() => serializer.Deserialize(new MemoryStream(Encoding.UTF8.GetBytes(big))));

        Assert.Contains("larger than the configured limit of 1024 bytes", fromString.Message, StringComparison.Ordinal);
        Assert.Contains("larger than the configured limit of 1024 bytes", fromStream.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeserializeAsync_InvalidDocument_ThrowsContractJsonException()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Valid.Replace("\"Draft\"", "\"Drafty\"", StringComparison.Ordinal)));

        var e = await Assert.ThrowsAsync<ContractJsonException>(() => AiContractSerializer.Default.DeserializeAsync(stream, TestContext.Current.CancellationToken).AsTask());

        Assert.Equal("$.status", e.Path);
    }

    [Fact]
    public void Deserialize_Utf8WithByteOrderMark_IsAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Valid)).ToArray();

        var contract = AiContractSerializer.Default.Deserialize(bytes);

        Assert.Equal("Test contract", contract.Title);
    }

    [Fact]
    public void Deserialize_InvalidUtf8_IsMalformed()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid);
        var at = Array.IndexOf(bytes, (byte)'T');
        bytes[at] = 0xFF;

        var e = Assert.Throws<ContractJsonException>(() => AiContractSerializer.Default.Deserialize(bytes));

        Assert.NotNull(e.LineNumber);
    }

    [Fact]
    public void Deserialize_DurationWithMonths_IsRejectedAsInexact()
    {
        var json = Valid.Replace(
            "\"kpis\": [",
            "\"objectives\": [{\"id\": \"o\", \"kpiId\": \"availability\", \"exclusions\": [{\"kind\": \"ScheduledMaintenance\", \"maximumPerPeriod\": \"P1M\"}]}], \"kpis\": [",
            StringComparison.Ordinal);

        var e = ReadFails(json);

        Assert.Equal("$.serviceLevels.objectives[0].exclusions[0].maximumPerPeriod", e.Path);
        Assert.Contains("not an exact duration", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_OutOfRangeOptions_ListsEveryProblem()
    {
        var e = Assert.Throws<ArgumentException>(() => new AiContractSerializer(new AiContractJsonOptions { MaxDepth = 2, MaxDocumentBytes = 10 }));

        Assert.Contains("MaxDepth is 2", e.Message, StringComparison.Ordinal);
        Assert.Contains("MaxDocumentBytes is 10", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"title\": \"\\ud800\"", "not valid text")]
    [InlineData("\"title\": \"a\nb\"", "Malformed JSON")]
    [InlineData("\"title\": \"\\x41\"", "Malformed JSON")]
    [InlineData("\"title\": NaN", "Malformed JSON")]
    public void Deserialize_InvalidStringOrLiteral_IsLocatedAtTheTitle(string title, string message)
    {
        var e = ReadFails(Valid.Replace("\"title\": \"Test contract\"", title, StringComparison.Ordinal));

        Assert.Equal("$.title", e.Path);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_TextWithALoneSurrogate_IsRefusedAtItsPath()
    {
        var contract = AiContractSerializer.Default.Deserialize(Valid) with { Title = "broken \ud800 text" };

        var e = Assert.Throws<ContractJsonException>(() => AiContractSerializer.Default.Serialize(contract));

        Assert.Equal("$.title", e.Path);
        Assert.Contains("lone surrogate (U+D800) at index 7", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_ExtensionsDeeperThanTheLimit_IsRefusedWithTheLimit()
    {
        var value = Domain.Extensions.ExtensionValue.FromNumber(1m);
        for (var i = 0; i < 80; i++)
        {
            value = Domain.Extensions.ExtensionValue.FromArray([value]);
        }

        var contract = AiContractSerializer.Default.Deserialize(Valid) with { Extensions = Domain.Extensions.ExtensionObject.Create(("deep", value)) };

        var e = Assert.Throws<ContractJsonException>(() => AiContractSerializer.Default.SerializeToUtf8Bytes(contract));

        Assert.Equal("$.extensions", e.Path);
        Assert.Contains("beyond the configured limit of 64 levels", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-PT15M", -15)]
    [InlineData("PT2562048H", 2_562_048L * 60)]
    [InlineData("P1D", 24 * 60)]
    [InlineData("PT1H30M", 90)]
    public void Deserialize_Durations_AreExactIncludingSignAndLargeValues(string text, long minutes)
    {
        var json = Valid.Replace(
            "\"kpis\": [",
            $"\"objectives\": [{{\"id\": \"o\", \"kpiId\": \"availability\", \"exclusions\": [{{\"kind\": \"Other\", \"maximumPerPeriod\": \"{text}\"}}]}}], \"kpis\": [",
            StringComparison.Ordinal);

        var contract = AiContractSerializer.Default.Deserialize(json);

        Assert.Equal(NodaTime.Duration.FromMinutes(minutes), contract.ServiceLevels!.Objectives[0].Exclusions[0].MaximumPerPeriod);
    }

    [Theory]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("PT1.5H")]
    [InlineData("P99999999999D")]
    [InlineData("pt1h")]
    public void Deserialize_MalformedDuration_IsRejected(string text)
    {
        var json = Valid.Replace(
            "\"kpis\": [",
            $"\"objectives\": [{{\"id\": \"o\", \"kpiId\": \"availability\", \"exclusions\": [{{\"kind\": \"Other\", \"maximumPerPeriod\": \"{text}\"}}]}}], \"kpis\": [",
            StringComparison.Ordinal);

        var e = ReadFails(json);

        Assert.Equal("$.serviceLevels.objectives[0].exclusions[0].maximumPerPeriod", e.Path);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"schemaVersion\": \"1.0\", \"id\": \"X-1\", \"title\": \"t\", \"status\": \"Draft\"")]
    [InlineData("{\"schemaVersion\": \"1.0\", \"aiSystems\": [")]
    public void Deserialize_DocumentCutBeforeItsEnd_SaysItIsTruncatedNotTooDeep(string json)
    {
        var e = ReadFails(json);

        Assert.Contains("ends before every object and array is closed", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("deeper", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_ValueThatLooksLikeAnErrorMessage_IsReportedAsTheValueItIs()
    {
        var e = ReadFails(Valid.Replace("\"status\": \"Draft\"", "\"status\": \"maximum allowed depth Path: $.x\"", StringComparison.Ordinal));

        Assert.Equal("$.status", e.Path);
        Assert.Contains("'maximum allowed depth Path: $.x' is not a ContractStatus", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e-40")]
    [InlineData("1.000000000000000000000000000001")]
    [InlineData("12345678901234567890.123456789012")]
    public void Deserialize_NumberThatADecimalWouldRound_IsRejected(string number)
    {
        var e = ReadFails(Valid.Replace("\"target\": 99.9", $"\"target\": {number}", StringComparison.Ordinal));

        Assert.Equal("$.serviceLevels.kpis[0].target", e.Path);
        Assert.Contains("cannot be held exactly in a decimal", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9.99e1", 99.9)]
    [InlineData("0.0000000000000000000000000001", 0.0000000000000000000000000001)]
    [InlineData("-0", 0)]
    [InlineData("1E+2", 100)]
    [InlineData("99.900000000000000000000000000000000", 99.9)]
    public void Deserialize_NumberADecimalHoldsExactly_IsAccepted(string number, double expected)
    {
        var contract = AiContractSerializer.Default.Deserialize(Valid.Replace("\"target\": 99.9", $"\"target\": {number}", StringComparison.Ordinal));

        Assert.Equal((decimal)expected, contract.ServiceLevels!.Kpis[0].Target);
    }

    [Fact]
    public void Deserialize_StringWithARawLoneSurrogate_IsRefusedNotReplaced()
    {
        var e = ReadFails(Valid.Replace("Test contract", "Test \ud800contract", StringComparison.Ordinal));

        Assert.Contains("lone surrogate (U+D800)", e.Message, StringComparison.Ordinal);
        Assert.Equal(4, e.LineNumber);
    }

    [Fact]
    public void Deserialize_LaterMajorVersionWithUnknownMembersFirst_ReportsTheVersion()
    {
        const string Json = """{"newThing": 1, "id": "X-1", "title": "t", "status": "Bogus", "schemaVersion": "2.0"}""";

        var e = ReadFails(Json);

        Assert.Equal("$.schemaVersion", e.Path);
        Assert.Contains("Schema version 2.0 is not supported", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("100.0", 100)]
    [InlineData("1.0e2", 100)]
    [InlineData("-0.0", 0)]
    public void Deserialize_WholeNumberWithFractionOrExponent_IsAnIntegerAsJsonSchemaSays(string number, int expected)
    {
        var contract = AiContractSerializer.Default.Deserialize(Valid.Replace("\"status\": \"Draft\",", $"\"status\": \"Draft\", \"term\": {{\"renewal\": {{\"kind\": \"Automatic\", \"maxRenewals\": {number}}}}},", StringComparison.Ordinal));

        Assert.Equal(expected, contract.Term!.Renewal!.MaxRenewals);
    }

    [Theory]
    [InlineData("100.5")]
    [InlineData("1e10")]
    public void Deserialize_FractionalOrHugeInteger_IsRejected(string number)
    {
        var e = ReadFails(Valid.Replace("\"status\": \"Draft\",", $"\"status\": \"Draft\", \"term\": {{\"renewal\": {{\"kind\": \"Automatic\", \"maxRenewals\": {number}}}}},", StringComparison.Ordinal));

        Assert.Equal("$.term.renewal.maxRenewals", e.Path);
        Assert.Contains("Expected a whole number", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_HugeUnknownMemberName_IsShortenedInTheMessage()
    {
        var name = new string('x', 100_000);

        var e = ReadFails(Valid.Replace("\"title\":", $"\"{name}\": 1, \"title\":", StringComparison.Ordinal));

        Assert.True(e.Message.Length < 2_000, $"message of {e.Message.Length} characters");
        Assert.Contains("Unknown member 'xxx", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DocumentLimitAboveTheArrayLimit_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => new AiContractSerializer(new AiContractJsonOptions { MaxDocumentBytes = long.MaxValue }));

        Assert.Contains("MaxDocumentBytes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_RequiredMemberSetToNull_IsRefusedAtItsPath()
    {
        var contract = AiContractSerializer.Default.Deserialize(Valid) with { Title = null! };

        var e = Assert.Throws<ContractJsonException>(() => AiContractSerializer.Default.Serialize(contract));

        Assert.Equal("$.title", e.Path);
        Assert.Contains("'title' is required", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_ProblemInsideAnArray_IsLocatedWithItsIndex()
    {
        var contract = AiContractSerializer.Default.Deserialize(Valid);
        var kpi = contract.ServiceLevels!.Kpis[0];
        contract = contract with
        {
            ServiceLevels = contract.ServiceLevels with { Kpis = [kpi, kpi with { Name = "bad \udc00" }] },
        };

        var e = Assert.Throws<ContractJsonException>(() => AiContractSerializer.Default.Serialize(contract));

        Assert.Equal("$.serviceLevels.kpis[1].name", e.Path);
        Assert.Equal("/serviceLevels/kpis/1/name", e.Pointer);
    }

    [Fact]
    public void Serialize_NullArrayElement_IsRefusedAtItsIndex()
    {
        var contract = AiContractSerializer.Default.Deserialize(Valid);
        contract = contract with { ServiceLevels = contract.ServiceLevels! with { Kpis = [contract.ServiceLevels.Kpis[0], null!] } };

        var e = Assert.Throws<ContractJsonException>(() => AiContractSerializer.Default.Serialize(contract));

        Assert.Equal("$.serviceLevels.kpis[1]", e.Path);
    }

    [Fact]
    public void Serialize_UnsupportedSchemaVersion_IsRefused()
    {
        var contract = AiContractSerializer.Default.Deserialize(Valid) with { SchemaVersion = Domain.Primitives.SchemaVersion.Of(2, 0) };

        var e = Assert.Throws<ContractJsonException>(() => AiContractSerializer.Default.Serialize(contract));

        Assert.Equal("$.schemaVersion", e.Path);
        Assert.Contains("Schema version 2.0 cannot be written", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PT5s")]
    [InlineData("PT3t5n")]
    [InlineData("P-3D")]
    [InlineData("P1YT")]
    [InlineData("PT1.5S")]
    [InlineData("p30d")]
    [InlineData("P99999999999D")]
    public void Deserialize_PeriodThatIsNotWholeIso8601_IsRejected(string period)
    {
        var e = ReadFails(Valid.Replace("\"dueWithin\": \"P30D\"", $"\"dueWithin\": \"{period}\"", StringComparison.Ordinal));

        Assert.Equal("$.pricing.paymentTerms.dueWithin", e.Path);
        Assert.Contains("ISO 8601 period", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("P30D")]
    [InlineData("PT72H")]
    [InlineData("P1Y6M")]
    [InlineData("P2W3D")]
    [InlineData("P1DT12H30M15S")]
    [InlineData("P0D")]
    public void Deserialize_Iso8601Period_IsKeptAsWritten(string period)
    {
        var json = Valid.Replace("\"dueWithin\": \"P30D\"", $"\"dueWithin\": \"{period}\"", StringComparison.Ordinal);

        var written = AiContractSerializer.Default.Serialize(AiContractSerializer.Default.Deserialize(json));

        Assert.Contains($"\"dueWithin\": \"{period}\"", written, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-3, 0)]
    [InlineData(0, 1500)]
    public void Serialize_PeriodIso8601CannotExpress_IsRefusedAtItsPath(int days, int milliseconds)
    {
        var contract = AiContractSerializer.Default.Deserialize(Valid);
        var period = NodaTime.Period.FromDays(days) + NodaTime.Period.FromMilliseconds(milliseconds);
        contract = contract with { Pricing = contract.Pricing! with { PaymentTerms = new Domain.Pricing.PaymentTerms { DueWithin = period } } };

        var e = Assert.Throws<ContractJsonException>(() => AiContractSerializer.Default.Serialize(contract));

        Assert.Equal("$.pricing.paymentTerms.dueWithin", e.Path);
        Assert.Contains("ISO 8601", e.Message, StringComparison.Ordinal);
    }
}
