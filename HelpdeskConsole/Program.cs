using HelpdeskConsole.Administration;
using HelpdeskConsole.Components;
using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Localization;
using HelpdeskConsole.Tickets;

var builder = WebApplication.CreateBuilder(ConsoleCommands.HostArgs(args));

builder.AddData();
builder.AddConsoleIdentity();
builder.AddConsoleLocalization();
builder.AddConsoleUi();
builder.AddTickets();
builder.AddAdministration();

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
app.MapConsoleUi();

app.Run();
