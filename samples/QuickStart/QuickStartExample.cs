// The README's quick start, compiled here so that it never goes stale (a test compares the two).
// begin-snippet: quick-start
using AiContracts.Domain;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;
using AiContracts.Json;

var contract = new AiContract
{
    Id = ContractId.From("ACME-LLM-2026-001"),
    Title = "Support assistant: hosted LLM API",
    Status = ContractStatus.Draft,
    ServiceLevels = new ServiceLevelTerms
    {
        Kpis = [new KpiDefinition { Id = LocalId.From("availability"), Name = "Monthly availability",
            Category = KpiCategory.Technical, Metric = KpiMetric.Availability,
            Unit = KpiUnit.Percent, Direction = Direction.HigherIsBetter, Target = 99.9m }],
    },
};
string json = AiContractSerializer.Default.Serialize(contract);
AiContract back = AiContractSerializer.Default.Deserialize(json);
Console.WriteLine(back == contract); // True: equal by content
// end-snippet

SampleTour.Run(contract);
