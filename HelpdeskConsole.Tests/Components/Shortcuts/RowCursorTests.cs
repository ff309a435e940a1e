using HelpdeskConsole.Components.Shortcuts;

namespace HelpdeskConsole.Tests.Components.Shortcuts;

public sealed class RowCursorTests
{
    [Fact]
    public void Move_FirstMove_LandsOnTheFirstRowEvenGoingUp()
    {
        Assert.Equal(10, new RowCursor().Move([10, 20, 30], 1));
        Assert.Equal(10, new RowCursor().Move([10, 20, 30], -1));
    }

    [Fact]
    public void Move_PastEitherEnd_StopsThere()
    {
        var cursor = new RowCursor();
        int[] ids = [10, 20, 30];

        cursor.Move(ids, 1);
        cursor.Move(ids, 1);
        cursor.Move(ids, 1);
        Assert.Equal(30, cursor.Move(ids, 1));
        Assert.Equal(20, cursor.Move(ids, -1));
        Assert.Equal(10, cursor.Move(ids, -5));
    }

    [Fact]
    public void Move_RowsInsertedAbove_FollowsTheTicketNotThePosition()
    {
        var cursor = new RowCursor();
        cursor.Move([10, 20, 30], 1);
        cursor.Move([10, 20, 30], 1);

        Assert.Equal(30, cursor.Move([5, 10, 20, 30], 1));
    }

    [Fact]
    public void Keep_TicketLeftTheList_ForgetsTheHighlight()
    {
        var cursor = new RowCursor();
        cursor.Move([10, 20], 1);

        cursor.Keep([10, 20]);
        Assert.True(cursor.IsCurrent(10));
        cursor.Keep([20]);
        Assert.Null(cursor.Current);
        Assert.Null(new RowCursor().Move([], 1));
    }
}
