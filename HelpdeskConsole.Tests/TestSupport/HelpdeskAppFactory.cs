using HelpdeskConsole.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HelpdeskConsole.Tests.TestSupport;

/// <summary>
/// The real app on a throwaway data directory (its own SQLite file, keys and, later, Hangfire storage),
/// in Development by default so the demo accounts exist. Deleted on dispose.
/// </summary>
public class HelpdeskAppFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings = new();

    public HelpdeskAppFactory()
    {
        DataDirectory = Directory.CreateTempSubdirectory("helpdesk-test-").FullName;
        settings["Helpdesk:DataDirectory"] = DataDirectory;
        settings["Helpdesk:DemoTicketCount"] = "40";
        // No Hangfire: it keeps process-wide state that must not pass between app hosts running side by side.
        // Tests run the sweep themselves; HangfireJobTests turns it on, in a collection that runs alone.
        settings["Escalation:RunJobs"] = "false";
    }

    public string DataDirectory { get; }

    public string EnvironmentName { get; set; } = "Development";

    /// <summary>Every log line the app wrote, at every level.</summary>
    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>Overrides a setting before the app starts, e.g. <c>WithSetting("Helpdesk:DataDirectory", "/nope")</c>.</summary>
    public HelpdeskAppFactory WithSetting(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        // Host settings, so they are in place before Program reads them (and before validation at start).
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
    }

    /// <summary>A short-lived context on the app's own database, for arranging and asserting.</summary>
    public HelpdeskDbContext CreateDbContext() =>
        Services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>().CreateDbContext();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a finalizer-bound handle; the OS temp cleaner takes it later.
            }
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Dispose(true);
        GC.SuppressFinalize(this);
    }
}
