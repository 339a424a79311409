// The contract intake service: a procurement system's front door for contract JSON. Run it with
// `dotnet run --project samples/IntakeService` and open the printed address; see the README's "Intake service".
using IntakeService;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddIntakeService(builder.Configuration);

var app = builder.Build();
app.UseIntakeService();
app.Run();
