using HelpdeskConsole.Components.Shortcuts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace HelpdeskConsole.Tests.Components.Shortcuts;

/// <summary>A stand-in for the ticket workspace: registers <c>r</c> and <c>n</c> the way a page does, and shows how often they ran.</summary>
public sealed class ReplyPage : ComponentBase, IDisposable
{
    private IDisposable? shortcuts;

    [Inject] private ShortcutRegistry Shortcuts { get; set; } = default!;

    public int Replies { get; private set; }

    protected override void OnInitialized() =>
        shortcuts = Shortcuts.Register(this, "Tiket",
            new(ShortcutKeys.Reply, "Balas warga", () => { Replies++; return Task.CompletedTask; }),
            new(ShortcutKeys.Note, "Catatan internal", () => Task.CompletedTask));

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "p");
        builder.AddAttribute(1, "id", "replies");
        builder.AddContent(2, Replies);
        builder.CloseElement();
    }

    public void Dispose() => shortcuts?.Dispose();
}
