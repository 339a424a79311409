using AiContracts.Domain.DataProcessing;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// The vendor trains its own models on customer data only where the contract says so explicitly: <c>vendorMayTrain</c>
/// and the permitted purposes agree (AIC2006: product improvement as a purpose without <c>vendorMayTrain</c>, or
/// <c>vendorMayTrain</c> without <c>ModelTraining</c> as a purpose), and training on personal data is flagged (AIC2007).
/// <c>ModelTraining</c> without <c>vendorMayTrain</c> is training the customer's own model, which is fine.
/// </summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class VendorTrainingRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.TrainingNotExplicit, DiagnosticCatalogue.VendorTrainsOnPersonalData);

    /// <inheritdoc />
    public override string Id => "vendor-training";

    /// <inheritdoc />
    public override string Title => "The vendor trains on customer data only where explicitly permitted";

    /// <inheritdoc />
    public override string Area => "data";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var categories = contract.DataProcessing?.Categories ?? [];
        for (var i = 0; i < categories.Count; i++)
        {
            var category = categories[i];
            var at = JsonPointer.Root / "dataProcessing" / "categories" / i;
            var purposes = category.PermittedPurposes;
            var trainingPurpose = purposes.Contains(ProcessingPurpose.ModelTraining);
            if (!category.VendorMayTrain && purposes.Contains(ProcessingPurpose.ProductImprovement))
            {
                yield return DiagnosticCatalogue.TrainingNotExplicit.Create(
                    at / "permittedPurposes", Id, ("value", category.Category.Name), ("problem", "ProductImprovement lets the vendor use the data for its own products, but vendorMayTrain is false"));
            }
            else if (category.VendorMayTrain && !trainingPurpose)
            {
                yield return DiagnosticCatalogue.TrainingNotExplicit.Create(
                    at / "vendorMayTrain", Id, ("value", category.Category.Name), ("problem", "vendorMayTrain is true but ModelTraining is not a permitted purpose"));
            }

            if (category.VendorMayTrain && category.ContainsPersonalData == true)
            {
                yield return DiagnosticCatalogue.VendorTrainsOnPersonalData.Create(at / "vendorMayTrain", Id, ("value", category.Category.Name));
            }
        }
    }
}
