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
/// chosen culture, fake authentication, and the real services on an in-memory SQLite database with
/// the real migrations. Disposed asynchronously (MudBlazor registers an IAsyncDisposable-only service).
/// </summary>
public abstract class ComponentTestBase : IAsyncLifetime
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly CultureInfo previousCulture = CultureInfo.CurrentCulture;
    private readonly CultureInfo previousUiCulture = CultureInfo.CurrentUICulture;

    protected ComponentTestBase(string culture = "id-ID")
    {
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
        Context.Services.AddDbContextFactory<HelpdeskDbContext>(o => o.UseSqlite(connection));
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

    public virtual async Task InitializeAsync()
    {
        await connection.OpenAsync();
        await using var db = new HelpdeskDbContext(new DbContextOptionsBuilder<HelpdeskDbContext>().UseSqlite(connection).Options);
        await db.Database.MigrateAsync();
    }

    /// <summary>The open in-memory database, for tests that build their own contexts (with interceptors, say).</summary>
    protected SqliteConnection Connection => connection;

    protected HelpdeskDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<HelpdeskDbContext>().UseSqlite(connection).Options);

    public virtual async Task DisposeAsync()
    {
        await Context.DisposeAsync();
        await connection.DisposeAsync();
        CultureInfo.CurrentCulture = previousCulture;
        CultureInfo.CurrentUICulture = previousUiCulture;
    }
}
