using AiContracts.Domain.Diagnostics;

namespace AiContracts.Json.Tests.Validation;

public sealed class DiagnosticJsonTests
{
    [Fact]
    public void A_finding_is_written_with_its_pointer_as_text_once_and_read_back_with_its_location()
    {
        var pointer = JsonPointer.Root / "extensions" / "x-a/b" / 0;
        var report = new ValidationReport([DiagnosticCatalogue.UnknownMember.Create(pointer, "schema", ("member", "m"), ("type", "T"), ("allowed", "a"))]);

        var json = ValidationReportJson.Serialize(report);
        var read = ValidationReportJson.Deserialize(json);

        Assert.Contains("\"pointer\": \"/extensions/x-a~1b/0\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("location", json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(pointer, read.Diagnostics[0].Location);
        Assert.Equal(report.Diagnostics[0], read.Diagnostics[0]);
    }

    [Fact]
    public void A_finding_with_a_location_member_is_not_a_validation_report() =>
        Assert.Throws<ContractJsonException>(() => ValidationReportJson.Deserialize(
            """{"diagnostics":[{"code":"AIC0001","severity":"Error","pointer":"","message":"m","location":"/a"}],"warningsAreErrors":false}"""));
}
