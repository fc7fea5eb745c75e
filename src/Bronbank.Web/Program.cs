using Bronbank.Web.Accounts;
using Bronbank.Web.Activities;
using Bronbank.Web.Agenda;
using Bronbank.Web.Areas;
using Bronbank.Web.Buurthuizen;
using Bronbank.Web.Demo;
using Bronbank.Web.Health;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Insights;
using Bronbank.Web.Matches;
using Bronbank.Web.Pools;
using Bronbank.Web.Privacy;
using Bronbank.Web.Reports;
using Bronbank.Web.Requests;
using Bronbank.Web.Search;
using Bronbank.Web.Signals;
using Bronbank.Web.Storage;
using Bronbank.Web.Tasks;
using Bronbank.Web.Telemetry;
using Bronbank.Web.Visits;
using Bronbank.Web.Volunteers;

if (HealthProbe.TryRun(args, out var probeExitCode)) return probeExitCode;

// The matcher's Dutch analysis (the OpenTaal dictionary and the concept map, about two seconds of CPU) loads
// from the first line, beside the database's start and schema check, instead of in front of the index open.
_ = Bronbank.Matching.Analysis.TextAnalysis.Preload();

var builder = WebApplication.CreateBuilder(ContentRoot.Options(args));

// Cross-cutting: the store, HTTP conventions, telemetry, health.
builder.AddBronbankStorage();
builder.AddBronbankApi();
builder.AddBronbankTelemetry();
builder.Services.AddBronbankHealth();

// Features: each registers its own services, documents and events.
builder.AddAccounts();
builder.AddAreas();
builder.AddBuurthuizen();
builder.AddVolunteers();
builder.AddRequests();
builder.AddMatches();
builder.AddPrivacy();
builder.AddSearch();
builder.AddActivities();
builder.AddAgenda();
builder.AddDemoData();
builder.AddVisits();
builder.AddSignals();
builder.AddTasks();

var app = builder.Build();
if (AdminCommand.IsRequested(args)) return await AdminCommand.RunAsync(app, args);

app.UseBronbankApi();
app.MapBronbankHealth();
app.MapBronbankApi();

app.MapAreas();
app.MapBuurthuizen();
app.MapActivities();
app.MapAgenda();
app.MapVolunteers();
app.MapRequests();
app.MapMatches();
app.MapAccounts();
app.MapPrivacy();
app.MapPools();
app.MapInsights();
app.MapSearch();
app.MapVisits();
app.MapSignals();
app.MapReports();

app.Run();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
