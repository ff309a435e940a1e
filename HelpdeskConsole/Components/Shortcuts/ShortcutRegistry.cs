using Microsoft.AspNetCore.Components;

namespace HelpdeskConsole.Components.Shortcuts;

/// <summary>
/// The shortcuts active in one console (scoped to the Blazor circuit). The shell registers the global ones;
/// a page registers its own when it opens and disposes the registration when it closes. When two groups
/// claim the same keys, the later one (the page) wins while it is registered.
/// <see cref="ShortcutHost"/> listens to the keyboard and calls <see cref="InvokeAsync"/>.
/// </summary>
/// <example>
/// <code>
/// shortcuts = Shortcuts.Register(this, S["Group_Workspace"],
///     new(ShortcutKeys.Reply, S["Ticket_Reply"], FocusReplyAsync),
///     new(ShortcutKeys.Claim, S["Ticket_Claim"], ClaimAsync));
/// // and in Dispose: shortcuts?.Dispose();
/// </code>
/// </example>
public sealed class ShortcutRegistry
{
    private readonly Lock gate = new();
    private readonly List<Registration> registrations = [];

    /// <summary>Raised after a group is added or removed (on the thread that changed it).</summary>
    public event Action? Changed;

    /// <summary>
    /// Adds a group of shortcuts until the returned registration is disposed. With an <paramref name="owner"/>
    /// (pass <c>this</c> from a component) the action runs as that component's event: it re-renders afterwards.
    /// </summary>
    /// <exception cref="ArgumentException">Keys that cannot be typed as a shortcut, or the same keys twice in the group.</exception>
    public IDisposable Register(IHandleEvent? owner, string title, params IEnumerable<Shortcut> shortcuts)
    {
        var list = shortcuts.ToList();
        foreach (var shortcut in list.Where(s => !ShortcutKeys.IsValid(s.Keys)))
        {
            throw new ArgumentException(
                $"'{shortcut.Keys}' is not a shortcut: use one lower-case key, \"Enter\", \"Escape\", or two keys separated by a space.",
                nameof(shortcuts));
        }

        var duplicate = list.GroupBy(s => s.Keys, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"'{duplicate.Key}' is registered twice in the group '{title}'.", nameof(shortcuts));
        }

        var registration = new Registration(this, owner, new ShortcutGroup(title, list));
        lock (gate)
        {
            registrations.Add(registration);
        }

        Changed?.Invoke();
        return registration;
    }

    /// <summary>The groups in force, in registration order, each without the keys a later group took over.</summary>
    public IReadOnlyList<ShortcutGroup> ActiveGroups
    {
        get
        {
            var current = Snapshot();
            var groups = new List<ShortcutGroup>(current.Length);
            for (var i = 0; i < current.Length; i++)
            {
                var later = current.Skip(i + 1).SelectMany(r => r.Group.Shortcuts).Select(s => s.Keys).ToHashSet(StringComparer.Ordinal);
                var shown = current[i].Group.Shortcuts.Where(s => !later.Contains(s.Keys)).ToList();
                if (shown.Count > 0)
                {
                    groups.Add(current[i].Group with { Shortcuts = shown });
                }
            }

            return groups;
        }
    }

    /// <summary>Every key or sequence that does something right now, for the browser side to claim.</summary>
    public IReadOnlyList<string> ActiveKeys =>
        [.. Snapshot().SelectMany(r => r.Group.Shortcuts).Select(s => s.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>Runs the shortcut for <paramref name="keys"/>, if one is active. Returns whether one was.</summary>
    public async Task<bool> InvokeAsync(string keys)
    {
        var registration = Snapshot().LastOrDefault(r => r.Group.Shortcuts.Any(s => s.Keys == keys));
        if (registration is null)
        {
            return false;
        }

        var shortcut = registration.Group.Shortcuts.First(s => s.Keys == keys);
        if (registration.Owner is { } owner)
        {
            await EventCallback.Factory.Create(owner, shortcut.Action).InvokeAsync();
        }
        else
        {
            await shortcut.Action();
        }

        return true;
    }

    private Registration[] Snapshot()
    {
        lock (gate)
        {
            return [.. registrations];
        }
    }

    private void Remove(Registration registration)
    {
        bool removed;
        lock (gate)
        {
            removed = registrations.Remove(registration);
        }

        if (removed)
        {
            Changed?.Invoke();
        }
    }

    private sealed class Registration(ShortcutRegistry registry, IHandleEvent? owner, ShortcutGroup group) : IDisposable
    {
        public IHandleEvent? Owner { get; } = owner;

        public ShortcutGroup Group { get; } = group;

        public void Dispose() => registry.Remove(this);
    }
}
