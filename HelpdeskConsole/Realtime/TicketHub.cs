using HelpdeskConsole.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace HelpdeskConsole.Realtime;

/// <summary>
/// The hub for clients outside the console (wallboards, integrations) at <c>/hubs/tickets</c>. It has no
/// methods a client can call to choose what it hears: on connect the server puts the connection in the groups
/// its account's team and role allow, and <see cref="TicketHubNotifier"/> sends each event to those groups.
/// </summary>
[Authorize]
public sealed class TicketHub(ViewerResolver viewers, TicketEventQuery events, TicketHubConnections connections) : Hub
{
    public const string Path = "/hubs/tickets";

    public override async Task OnConnectedAsync()
    {
        var viewer = Context.User is { } user ? await viewers.ResolveAsync(user, Context.ConnectionAborted) : null;
        if (viewer is null)
        {
            // A disabled or deleted account keeps nothing open.
            Context.Abort();
            return;
        }

        var groups = HubGroups.For(viewer).ToList();
        foreach (var group in groups)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
        }

        connections.Add(Context, viewer.UserId, groups);
        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Remove(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>
    /// The newest sequence number in the event log. SignalR runs this only after the connection has joined
    /// its groups, so every event after the returned number arrives live; a client that was away asks
    /// <c>/api/tickets/events?after=</c> its last seen number for the gap up to here.
    /// </summary>
    public Task<long> LatestSequence() => events.LatestAsync(Context.ConnectionAborted);
}

/// <summary>
/// Group names. A connection is in exactly one of "admins", "team:{id}:leads" or "team:{id}:members" (plus its
/// own member group), so the groups an event is sent to never overlap and nobody receives it twice.
/// </summary>
public static class HubGroups
{
    public const string Admins = "admins";

    public static string Leads(int teamId) => $"team:{teamId}:leads";

    public static string Members(int teamId) => $"team:{teamId}:members";

    public static string Member(int teamId, string userId) => $"team:{teamId}:member:{userId}";

    public static IEnumerable<string> For(Viewer viewer)
    {
        if (viewer.IsAdmin)
        {
            yield return Admins;
        }
        else if (viewer.TeamId is { } teamId)
        {
            if (viewer.IsTeamLead)
            {
                yield return Leads(teamId);
            }
            else
            {
                yield return Members(teamId);
                yield return Member(teamId, viewer.UserId);
            }
        }
    }

    /// <summary>The groups that may receive an event: the same rule as <c>TicketVisibility.CanSee</c>.</summary>
    public static IReadOnlyList<string> Receiving(int teamId, string? assigneeId, bool isConfidential) =>
        isConfidential
            ? assigneeId is null ? [Admins, Leads(teamId)] : [Admins, Leads(teamId), Member(teamId, assigneeId)]
            : [Admins, Leads(teamId), Members(teamId)];
}

/// <summary>
/// The open hub connections and the groups each was given, so they can be re-checked: a connection whose account
/// was disabled, or whose team or role changed, is closed within a minute (the client reconnects and gets the
/// groups it is entitled to now). Without this a WebSocket would keep its first scope for as long as it stays open.
/// </summary>
public sealed class TicketHubConnections
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (HubCallerContext Context, string UserId, IReadOnlyList<string> Groups)> open = new();

    public int Count => open.Count;

    internal void Add(HubCallerContext context, string userId, IReadOnlyList<string> groups) => open[context.ConnectionId] = (context, userId, groups);

    internal void Remove(string connectionId) => open.TryRemove(connectionId, out _);

    /// <summary>Closes every connection whose account no longer has exactly the groups it was given.</summary>
    public async Task<int> RevalidateAsync(ViewerResolver viewers, CancellationToken cancellationToken)
    {
        var closed = 0;
        foreach (var userConnections in open.Values.GroupBy(c => c.UserId))
        {
            var viewer = await viewers.ResolveAsync(userConnections.Key, cancellationToken);
            var allowed = viewer is null ? [] : HubGroups.For(viewer).ToList();
            foreach (var (context, _, groups) in userConnections.Where(c => viewer is null || !c.Groups.SequenceEqual(allowed)))
            {
                context.Abort();
                Remove(context.ConnectionId);
                closed++;
            }
        }

        return closed;
    }
}
