using System.Globalization;
using Bunit;
using Bunit.TestDoubles;
using HelpdeskConsole.Components.Shortcuts;
using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Tickets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace HelpdeskConsole.Tests.TestSupport;

/// <summary>
/// bUnit setup shared by component tests: MudBlazor services, loose JS interop, localization in the
/// chosen culture, fake authentication, and the real services on a SQLite database of their own with
/// the real migrations. Disposed asynchronously (MudBlazor registers an IAsyncDisposable-only service).
/// </summary>
/// <remarks>
/// The database is a file in WAL mode with a connection per context, as the app runs it. Live components reload on the
/// event bus's threads while a test reads or writes: one shared connection would be used from two threads at once,
/// which SQLite refuses ("database is locked" while another statement is running). Every test starts from a copy of
/// one database migrated once per test run.
/// </remarks>
public abstract class ComponentTestBase : IAsyncLifetime
{
    private static readonly Lazy<Task<string>> MigratedTemplate = new(CreateTemplateAsync);
    private readonly string path = Path.Combine(Path.GetTempPath(), $"hc-component-{Guid.NewGuid():N}.db");
    private readonly string connectionString;
    private readonly CultureInfo previousCulture = CultureInfo.CurrentCulture;
    private readonly CultureInfo previousUiCulture = CultureInfo.CurrentUICulture;

    protected ComponentTestBase(string culture = "id-ID")
    {
        connectionString = ConnectionString(path);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        Context = new BunitContext();
        // Components here read a real database and react to real events: on a loaded 2-core CI machine that can
        // take longer than bUnit's 1 s default. The tests still wait for the condition itself, never a fixed time.
        BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddMudServices();
        Context.Services.AddLocalization();
        Context.Services.AddLogging();
        Context.Services.AddSingleton(TimeProvider.System);
        Context.Services.AddDbContextFactory<HelpdeskDbContext>(o => o.UseSqlite(connectionString).AddInterceptors(new SqlitePragmaInterceptor()));
        Context.Services.AddScoped<AccountProfileService>();
        Context.Services.AddScoped<ViewerResolver>();
        // The live feed every console screen shares (the layout, the nav badge, the title).
        Context.Services.AddSingleton<InProcessTicketEventBus>();
        Context.Services.AddSingleton<ITicketEventBus>(sp => sp.GetRequiredService<InProcessTicketEventBus>());
        Context.Services.AddScoped<TicketFeed>();
        Context.Services.AddSingleton<WriteGate>();
        // Every ticket writer keeps the SLA clock in step.
        Context.Services.AddSingleton<HelpdeskConsole.Escalation.SlaRulesProvider>();
        Context.Services.AddSingleton<HelpdeskConsole.Escalation.SlaClock>();
        // The bell's alerts, which the shell's "g a" opens.
        Context.Services.AddSingleton<HelpdeskConsole.Escalation.Alerts.AlertService>();
        Context.Services.AddScoped<HelpdeskConsole.Escalation.Alerts.AlertCenter>();
        // The shell's keyboard shortcuts, which pages register with.
        Context.Services.AddScoped<ShortcutRegistry>();
        Auth = Context.AddAuthorization();
    }

    protected BunitContext Context { get; }

    protected BunitAuthorizationContext Auth { get; }

    public virtual async Task InitializeAsync() => File.Copy(await MigratedTemplate.Value, path);

    protected HelpdeskDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<HelpdeskDbContext>().UseSqlite(connectionString).AddInterceptors(new SqlitePragmaInterceptor()).Options);

    public virtual async Task DisposeAsync()
    {
        await Context.DisposeAsync();
        DeleteDatabase(path);
        CultureInfo.CurrentCulture = previousCulture;
        CultureInfo.CurrentUICulture = previousUiCulture;
    }

    private static string ConnectionString(string file) => new SqliteConnectionStringBuilder { DataSource = file }.ToString();

    private static async Task<string> CreateTemplateAsync()
    {
        var template = Path.Combine(Path.GetTempPath(), $"hc-component-template-{Guid.NewGuid():N}.db");
        await using (var db = new HelpdeskDbContext(new DbContextOptionsBuilder<HelpdeskDbContext>().UseSqlite(ConnectionString(template)).Options))
        {
            await db.Database.MigrateAsync();
            // WAL is a property of the file, so every copy has it; the checkpoint leaves the whole schema in the file itself.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }

        SqliteConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteDatabase(template);
        return template;
    }

    private static void DeleteDatabase(string file)
    {
        // Pooled connections keep the file open; let them go before the file does.
        using (var connection = new SqliteConnection(ConnectionString(file)))
        {
            SqliteConnection.ClearPool(connection);
        }

        foreach (var part in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(part);
        }
    }
}
