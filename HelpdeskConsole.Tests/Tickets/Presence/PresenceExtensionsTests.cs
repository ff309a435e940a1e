using HelpdeskConsole.Tickets.Presence;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace HelpdeskConsole.Tests.Tickets.Presence;

public sealed class PresenceExtensionsTests
{
    [Fact]
    public async Task AddTicketPresence_Built_OnePresenceForTheAppAndOneKeyPerCircuit()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddLogging();
        builder.AddTicketPresence();
        await using var services = builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        using var first = services.CreateScope();
        using var second = services.CreateScope();
        Assert.Same(first.ServiceProvider.GetRequiredService<ITicketPresence>(), second.ServiceProvider.GetRequiredService<ITicketPresence>());
        Assert.Same(first.ServiceProvider.GetRequiredService<PresenceCircuit>(), first.ServiceProvider.GetRequiredService<PresenceCircuit>());
        Assert.NotEqual(first.ServiceProvider.GetRequiredService<PresenceCircuit>().Key, second.ServiceProvider.GetRequiredService<PresenceCircuit>().Key);
        Assert.False(first.ServiceProvider.GetRequiredService<IStringLocalizer<PresenceStrings>>()["Presence_NamesAnd"].ResourceNotFound);
    }
}
