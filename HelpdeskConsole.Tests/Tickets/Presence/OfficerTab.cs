using Bunit;
using HelpdeskConsole.Tickets.Presence;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace HelpdeskConsole.Tests.Tickets.Presence;

/// <summary>
/// One officer's browser tab in a component test: its own bUnit context (its own circuit, so its own
/// <see cref="PresenceCircuit"/>) sharing the app-wide presence service and clock with the other tabs.
/// Disposing it is the tab closing.
/// </summary>
internal sealed class OfficerTab : IAsyncDisposable
{
    public OfficerTab(ITicketPresence presence, TimeProvider clock)
    {
        Context = new BunitContext();
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddMudServices();
        Context.Services.AddLocalization();
        Context.Services.AddLogging();
        // Shared instances: the container of one tab does not dispose them when the tab closes.
        Context.Services.AddSingleton(presence);
        Context.Services.AddSingleton(clock);
        Context.Services.AddScoped<PresenceCircuit>();
        Context.Render<MudPopoverProvider>();
    }

    public BunitContext Context { get; }

    /// <summary>The workspace's presence strip with the collision warning inside it, as the workspace page uses them.</summary>
    public IRenderedComponent<WorkspacePresence> Open(int ticketId, string userId, string displayName) =>
        Context.Render<WorkspacePresence>(p => p
            .Add(x => x.TicketId, ticketId)
            .Add(x => x.UserId, userId)
            .Add(x => x.DisplayName, displayName)
            .AddChildContent<ReplyCollisionWarning>());

    public ValueTask DisposeAsync() => Context.DisposeAsync();
}
