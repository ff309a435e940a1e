namespace HelpdeskConsole.Components.Shortcuts;

/// <summary>
/// The highlighted row of a list that <c>j</c>/<c>k</c> move through. It follows the ticket, not the position,
/// so a live reload that inserts rows above keeps the same ticket highlighted.
/// </summary>
public sealed class RowCursor
{
    /// <summary>The highlighted ticket, or null before the first move (or after it left the list).</summary>
    public int? Current { get; private set; }

    public bool IsCurrent(int id) => Current == id;

    /// <summary>Moves by <paramref name="delta"/> rows within <paramref name="ids"/>, stopping at either end.
    /// The first move lands on the first row.</summary>
    public int? Move(IReadOnlyList<int> ids, int delta)
    {
        if (ids.Count == 0)
        {
            Current = null;
            return null;
        }

        var index = Current is { } id ? IndexOf(ids, id) : -1;
        Current = ids[index < 0 ? 0 : Math.Clamp(index + delta, 0, ids.Count - 1)];
        return Current;
    }

    private static int IndexOf(IReadOnlyList<int> ids, int id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == id)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Forgets the highlight if its ticket is no longer in <paramref name="ids"/>.</summary>
    public void Keep(IReadOnlyList<int> ids)
    {
        if (Current is { } id && !ids.Contains(id))
        {
            Current = null;
        }
    }
}
