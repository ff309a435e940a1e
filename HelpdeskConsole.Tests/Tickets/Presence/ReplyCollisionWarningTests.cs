using System.Globalization;
using Bunit;
using HelpdeskConsole.Tickets.Presence;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace HelpdeskConsole.Tests.Tickets.Presence;

public sealed class ReplyCollisionWarningTests : IAsyncLifetime
{
    private const string Me = "budi";

    private readonly CultureInfo previousCulture = CultureInfo.CurrentCulture;
    private readonly CultureInfo previousUiCulture = CultureInfo.CurrentUICulture;
    private readonly BunitContext context = new();

    public ReplyCollisionWarningTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("id-ID");
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddLocalization();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await context.DisposeAsync();
        CultureInfo.CurrentCulture = previousCulture;
        CultureInfo.CurrentUICulture = previousUiCulture;
    }

    private static WorkspacePresenceState State(Activity composing, params PresentOfficer[] others) =>
        new(new TicketPresenceSnapshot(42, 1, [new PresentOfficer(Me, "Budi Santoso", composing), .. others]), Me, composing);

    private static PresentOfficer Rina(Activity activity) => new("rina", "Rina Marlina", activity);

    private string Render(WorkspacePresenceState state) =>
        context.Render<ReplyCollisionWarning>(p => p.Add(x => x.Presence, state)).Find("[role=status]").InnerHtml.Trim();

    [Fact]
    public void Warning_OtherTypesReplyWhileIComposeReply_Shown()
    {
        var cut = context.Render<ReplyCollisionWarning>(p => p.Add(x => x.Presence, State(Activity.TypingReply, Rina(Activity.TypingReply))));

        Assert.Equal(
            "Rina Marlina sedang membalas tiket ini. Periksa balasannya sebelum mengirim agar warga tidak menerima dua jawaban.",
            cut.Find("[data-reply-collision]").TextContent.Trim());
        Assert.Contains("mud-alert-text-warning", cut.Find(".mud-alert").ClassName, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Activity.None, Activity.TypingReply)]
    [InlineData(Activity.TypingNote, Activity.TypingReply)]
    [InlineData(Activity.TypingReply, Activity.TypingNote)]
    [InlineData(Activity.TypingReply, Activity.None)]
    public void Warning_NotTwoRepliesAtOnce_Nothing(Activity mine, Activity rinas) =>
        Assert.Equal("", Render(State(mine, Rina(rinas))));

    [Fact]
    public void Warning_AloneOnTheTicket_Nothing() =>
        Assert.Equal("", Render(State(Activity.TypingReply)));

    [Fact]
    public void Warning_FromCascadingState_Shown()
    {
        var cut = context.Render<ReplyCollisionWarning>(p => p.AddCascadingValue(State(Activity.TypingReply, Rina(Activity.TypingReply))));

        Assert.StartsWith("Rina Marlina sedang membalas", cut.Find("[data-reply-collision]").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Warning_NoPresenceGiven_Nothing() =>
        Assert.Equal("", context.Render<ReplyCollisionWarning>().Find("[role=status]").InnerHtml.Trim());
}
