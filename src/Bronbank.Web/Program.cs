using Bronbank.Web.Accounts;
using Bronbank.Web.Demo;
using Bronbank.Web.Health;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Search;
using Bronbank.Web.Signals;
using Bronbank.Web.Storage;
using Bronbank.Web.Telemetry;
using Bronbank.Web.Visits;

if (HealthProbe.TryRun(args, out var probeExitCode)) return probeExitCode;

var builder = WebApplication.CreateBuilder(args);

builder.AddBronbankStorage();
builder.AddBronbankAccounts();
builder.AddBronbankApi();
builder.AddBronbankSearch();
builder.AddDemoData();
builder.AddBronbankTelemetry();
builder.Services.AddBronbankHealth();
builder.AddVisits();
builder.AddSignals();

var app = builder.Build();
if (AdminCommand.IsRequested(args)) return await AdminCommand.RunAsync(app, args);

app.UseBronbankApi();
app.MapBronbankHealth();
app.MapBronbankApi();
app.MapBronbankSearch();
app.MapVisits();
app.MapSignals();

app.Run();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
