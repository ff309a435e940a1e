using HelpdeskConsole.Administration;
using HelpdeskConsole.Api;
using HelpdeskConsole.Attachments;
using HelpdeskConsole.CannedResponses;
using HelpdeskConsole.Components;
using HelpdeskConsole.Data;
using HelpdeskConsole.Escalation;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Intake;
using HelpdeskConsole.Localization;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Teams;
using HelpdeskConsole.Tickets;
using HelpdeskConsole.Tickets.Presence;

var builder = WebApplication.CreateBuilder(ConsoleCommands.HostArgs(args));

builder.AddData();
builder.AddConsoleIdentity();
builder.AddConsoleLocalization();
builder.AddConsoleUi();
builder.AddRealtime();
builder.AddTickets();
builder.AddEscalation();
builder.AddTicketPresence();
builder.AddTeamBoard();
builder.AddIntake();
builder.AddAttachments();
builder.AddCannedResponses();
builder.AddAdministration();
builder.AddApiDocs();

var app = builder.Build();

await app.InitializeDatabaseAsync();
if (ConsoleCommands.IsCommand(args))
{
    Environment.ExitCode = await ConsoleCommands.RunAsync(app, args);
    return;
}

app.UseConsolePipeline();
app.MapData();
app.MapConsoleLocalization();
app.MapConsoleIdentity();
app.MapApiDocs();
app.MapIntake();
app.MapAttachments();
app.MapCannedResponses();
app.MapRealtime();
app.MapEscalation();
app.MapConsoleUi();

app.Run();
