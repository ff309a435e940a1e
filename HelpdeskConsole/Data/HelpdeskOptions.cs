using Microsoft.Extensions.Options;

namespace HelpdeskConsole.Data;

/// <summary>Settings under <c>Helpdesk</c> (environment: <c>Helpdesk__*</c>).</summary>
public sealed class HelpdeskOptions
{
    public const string Section = "Helpdesk";

    /// <summary>
    /// Where every file the app keeps lives: the database, data-protection keys and (later) Hangfire storage.
    /// Empty means <c>App_Data</c> beside the app's content root, created on first start. A directory set
    /// explicitly must already exist, so that a typo never sends the data somewhere nobody backs up.
    /// </summary>
    public string? DataDirectory { get; set; }

    /// <summary>Fill an empty database with demo accounts and tickets. Only ever honoured in Development.</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>The seed of the demo data generator: the same seed (and clock) gives the same data.</summary>
    public int DemoSeed { get; set; } = 20261129;

    /// <summary>How many demo tickets to create on first start in Development.</summary>
    public int DemoTicketCount { get; set; } = 400;

    /// <summary>Absolute path of the data directory, after defaults are applied.</summary>
    public string ResolvedDataDirectory { get; internal set; } = "";

    public string DatabasePath => Path.Combine(ResolvedDataDirectory, "helpdesk.db");

    public string KeysDirectory => Path.Combine(ResolvedDataDirectory, "keys");

    /// <summary>Where attachment files are kept, each under a random name.</summary>
    public string AttachmentsDirectory => Path.Combine(ResolvedDataDirectory, "attachments");

    /// <summary>Hangfire's job storage: its own SQLite file beside the app's database.</summary>
    public string JobsDatabasePath => Path.Combine(ResolvedDataDirectory, "jobs.db");

    public string ConnectionString => $"Data Source={DatabasePath};Pooling=True";
}

/// <summary>Resolves the data directory and stops the app at start when it cannot be used.</summary>
internal sealed class HelpdeskOptionsSetup(IHostEnvironment environment)
    : IPostConfigureOptions<HelpdeskOptions>, IValidateOptions<HelpdeskOptions>
{
    public const string SettingName = "Helpdesk:DataDirectory";
    public const string EnvironmentName = "Helpdesk__DataDirectory";

    public void PostConfigure(string? name, HelpdeskOptions options)
    {
        options.ResolvedDataDirectory = string.IsNullOrWhiteSpace(options.DataDirectory)
            ? Path.Combine(environment.ContentRootPath, "App_Data")
            : Path.GetFullPath(options.DataDirectory, environment.ContentRootPath);
    }

    public ValidateOptionsResult Validate(string? name, HelpdeskOptions options)
    {
        var path = options.ResolvedDataDirectory;
        var explicitlySet = !string.IsNullOrWhiteSpace(options.DataDirectory);
        if (!Directory.Exists(path))
        {
            if (explicitlySet)
            {
                return ValidateOptionsResult.Fail(
                    $"The data directory '{path}' does not exist. Create it, or point the setting {SettingName} " +
                    $"(environment variable {EnvironmentName}) at an existing, writable directory.");
            }

            try
            {
                Directory.CreateDirectory(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return ValidateOptionsResult.Fail(
                    $"The data directory '{path}' could not be created ({e.Message}). Set {SettingName} " +
                    $"(environment variable {EnvironmentName}) to a writable directory.");
            }
        }

        var probe = Path.Combine(path, $".write-probe-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ValidateOptionsResult.Fail(
                $"The data directory '{path}' is not writable ({e.Message}). Give the app write access, or set " +
                $"{SettingName} (environment variable {EnvironmentName}) to a writable directory.");
        }

        if (options.DemoTicketCount is < 0 or > 100_000)
        {
            return ValidateOptionsResult.Fail(
                $"Helpdesk:DemoTicketCount is {options.DemoTicketCount}; use a number from 0 to 100000 " +
                "(for load tests, use the 'seed --tickets N' command instead).");
        }

        return ValidateOptionsResult.Success;
    }
}
