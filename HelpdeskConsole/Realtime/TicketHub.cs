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
public sealed class TicketHub(ViewerResolver viewers, TicketEventQuery events) : Hub
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

        foreach (var group in HubGroups.For(viewer))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
        }

        await base.OnConnectedAsync();
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
